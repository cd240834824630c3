/**
 * Every widget's Spanish. The single-script bundle (src/define.ts) and the npm modules carry
 * it inline; the loader instead fetches one widget's pack (src/loader/<tag>.es.ts) only where
 * that widget speaks Spanish.
 */
import './components/process-timeline/messages.es.js';
import './components/cost-estimator/messages.es.js';
import './components/booking-request/messages.es.js';
import './components/intake-screen/messages.es.js';
