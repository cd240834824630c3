// A chunk of dist/chunks/ that dist/kap-loader.js imports for <kap-booking-request>. The provider comes
// first, so a widget inside <kap-practice> finds its settings whatever order chunks arrive in.
import '../components/practice/define.js';
import '../components/booking-request/define.js';
import { addPackLoader } from '../core/localize.js';

addPackLoader('es', 'kap-booking-request', () => import('./kap-booking-request.es.js'));
