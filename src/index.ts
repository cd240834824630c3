/**
 * Classes, event types and the domain core, with no side effect on the page: importing this
 * registers no element. Register with `kap-widgets/define`, or call `defineElement` with your
 * own tag. The widgets' Spanish comes along (it only fills the texts registry).
 */
import './es.js';
export { KapPractice } from './components/practice/kap-practice.js';
export * from './components/process-timeline/kap-process-timeline.js';
export * from './components/cost-estimator/kap-cost-estimator.js';
export * from './components/booking-request/kap-booking-request.js';
export * from './components/intake-screen/kap-intake-screen.js';
export { KapElement } from './shared/kap-element.js';
export { defineElement } from './shared/define.js';
export type { KapConfigErrorDetail, KapGfeIssuedDetail } from './shared/events.js';
export * from './core/index.js';
