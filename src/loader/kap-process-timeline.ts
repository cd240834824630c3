// A chunk of dist/chunks/ that dist/kap-loader.js imports for <kap-process-timeline>. The provider comes
// first, so a widget inside <kap-practice> finds its settings whatever order chunks arrive in;
// the widget is defined in the next task (shared/define.ts).
import '../components/practice/define.js';
import { KapProcessTimeline } from '../components/process-timeline/kap-process-timeline.js';
import { defineInOwnTask } from '../shared/define.js';
import { addPackLoader } from '../core/localize.js';

addPackLoader('es', 'kap-process-timeline', () => import('./kap-process-timeline.es.js'));
defineInOwnTask('kap-process-timeline', KapProcessTimeline);
