// A chunk of dist/chunks/ that dist/kap-loader.js imports for <kap-cost-estimator>. The provider comes
// first, so a widget inside <kap-practice> finds its settings whatever order chunks arrive in.
import '../components/practice/define.js';
import '../components/cost-estimator/define.js';
import { addPackLoader } from '../core/localize.js';

addPackLoader('es', 'kap-cost-estimator', () => import('./kap-cost-estimator.es.js'));
