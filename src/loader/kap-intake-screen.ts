// A chunk of dist/chunks/ that dist/kap-loader.js imports for <kap-intake-screen>. The provider comes
// first, so a widget inside <kap-practice> finds its settings whatever order chunks arrive in;
// the widget is defined in the next task (shared/define.ts).
import '../components/practice/define.js';
import { KapIntakeScreen } from '../components/intake-screen/kap-intake-screen.js';
import { defineInOwnTask } from '../shared/define.js';
import { addPackLoader } from '../core/localize.js';

addPackLoader('es', 'kap-intake-screen', () => import('./kap-intake-screen.es.js'));
defineInOwnTask('kap-intake-screen', KapIntakeScreen);
