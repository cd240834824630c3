// The chunk of dist/chunks/ with <kap-intake-screen>'s Spanish: dist/kap-loader.js fetches it beside the
// widget's chunk where the widget's language is Spanish, and the widget fetches it when its
// language becomes Spanish later.
import '../components/intake-screen/messages.es.js';
