/**
 * The entry of dist/kap-widgets.js and dist/kap-widgets.iife.js, the one file a host that takes
 * a single file gets: every element and both languages. The provider is defined at once, each
 * widget in a task of its own (shared/define.ts), so that evaluating the whole file and drawing
 * four widgets are five tasks on a phone, not one. `import 'kap-widgets/define'` (src/define.ts)
 * defines every element at once, as a module a developer imports expects.
 */
import './components/practice/define.js';
import { KapBookingRequest } from './components/booking-request/kap-booking-request.js';
import { KapCostEstimator } from './components/cost-estimator/kap-cost-estimator.js';
import { KapIntakeScreen } from './components/intake-screen/kap-intake-screen.js';
import { KapProcessTimeline } from './components/process-timeline/kap-process-timeline.js';
import './es.js';
import { defineInOwnTask } from './shared/define.js';

defineInOwnTask('kap-process-timeline', KapProcessTimeline);
defineInOwnTask('kap-cost-estimator', KapCostEstimator);
defineInOwnTask('kap-booking-request', KapBookingRequest);
defineInOwnTask('kap-intake-screen', KapIntakeScreen);
