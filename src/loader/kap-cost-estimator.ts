// A chunk of dist/chunks/ that dist/kap-loader.js imports for <kap-cost-estimator>. The provider comes
// first, so a widget inside <kap-practice> finds its settings whatever order chunks arrive in;
// the widget is defined in the next task (shared/define.ts).
import '../components/practice/define.js';
import { KapCostEstimator } from '../components/cost-estimator/kap-cost-estimator.js';
import { defineInOwnTask } from '../shared/define.js';
import { addPackLoader } from '../core/localize.js';

addPackLoader('es', 'kap-cost-estimator', () => import('./kap-cost-estimator.es.js'));
defineInOwnTask('kap-cost-estimator', KapCostEstimator);
