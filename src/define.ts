/**
 * Registers every element. This is the entry of dist/kap-widgets.js and of
 * `import 'kap-widgets/define'`; loading it twice is harmless (see shared/define.ts).
 */
import './components/practice/define.js';
import './components/process-timeline/define.js';
import './components/cost-estimator/define.js';
import './components/booking-request/define.js';
import './components/intake-screen/define.js';
// Both languages inline: this file is the one a host that takes a single file gets.
import './es.js';
