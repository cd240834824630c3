// A chunk of dist/chunks/ that dist/kap-loader.js imports for <kap-booking-request>. The provider comes
// first, so a widget inside <kap-practice> finds its settings whatever order chunks arrive in;
// the widget is defined in the next task (shared/define.ts).
import '../components/practice/define.js';
import { fetchChecksAgainWith, KapBookingRequest } from '../components/booking-request/kap-booking-request.js';
import { defineInOwnTask } from '../shared/define.js';
import { addPackLoader } from '../core/localize.js';

addPackLoader('es', 'kap-booking-request', () => import('./kap-booking-request.es.js'));
// The form's rules are chunks/booking-checks.js, beside this chunk; asked for again after a
// failure, under an address no failure is kept for.
fetchChecksAgainWith(
  (attempt) =>
    import(/* @vite-ignore */ import.meta.url.replace(/[^/]*$/, `booking-checks.js?attempt=${attempt}`)) as Promise<
      typeof import('../core/booking-checks.js')
    >,
);
defineInOwnTask('kap-booking-request', KapBookingRequest);
