// A chunk of dist/chunks/ that dist/kap-loader.js imports for <kap-intake-screen>. The provider comes
// first, so a widget inside <kap-practice> finds its settings whatever order chunks arrive in.
import '../components/practice/define.js';
import '../components/intake-screen/define.js';
import { addPackLoader } from '../core/localize.js';

addPackLoader('es', 'kap-intake-screen', () => import('./kap-intake-screen.es.js'));
