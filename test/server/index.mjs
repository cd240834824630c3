// Real HTTP endpoints on 127.0.0.1 for the browser tests, served by the test runner itself.
import { flakyBooking } from '../hardening/server/flaky-booking.mjs';
import { bookingEndpoint } from './booking-endpoint.mjs';
import { cspHeader } from './csp.mjs';
import { lostRules, noSpanish, slowRules, slowSpanish } from './lossy-hosts.mjs';

export const testMiddleware = [cspHeader, bookingEndpoint, flakyBooking, noSpanish, slowSpanish, lostRules, slowRules];
