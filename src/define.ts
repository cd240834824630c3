/**
 * Registers every element, at once: `import 'kap-widgets/define'`. Loading it twice is harmless
 * (see shared/define.ts). dist/kap-widgets.js has an entry of its own, src/bundle.ts.
 */
import './components/practice/define.js';
import './components/process-timeline/define.js';
import './components/cost-estimator/define.js';
import './components/booking-request/define.js';
import './components/intake-screen/define.js';
// Both languages inline, as in the single-file bundle.
import './es.js';
