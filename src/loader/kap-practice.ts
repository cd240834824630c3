// The chunk dist/kap-loader.js imports for a <kap-practice> with no widget (yet) inside it.
import '../components/practice/define.js';
