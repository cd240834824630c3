// A chunk of dist/chunks/ that dist/kap-loader.js imports for <kap-process-timeline>. The provider comes
// first, so a widget inside <kap-practice> finds its settings whatever order chunks arrive in.
import '../components/practice/define.js';
import '../components/process-timeline/define.js';
import { addPackLoader } from '../core/localize.js';

addPackLoader('es', 'kap-process-timeline', () => import('./kap-process-timeline.es.js'));
