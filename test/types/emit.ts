/**
 * Compile-time tests of `emit`: `npm run typecheck` fails if a line marked @ts-expect-error
 * compiles (the mistake it shows would go unnoticed) or if a correct call does not. Nothing
 * here runs: the test runner only loads `*.test.ts` files.
 */
import type { KapBookingRequest } from '../../src/components/booking-request/kap-booking-request.js';
import { emit, type DetailOf } from '../../src/shared/events.js';

export function correctCalls(el: KapBookingRequest): void {
  emit(el, 'kap-booking-success', { id: 'KAP-1', via: 'endpoint' });
  emit(el, 'kap-config-error', { issues: [] });
  emit(el, 'kap-phase-toggle', { phase: 'preparation', open: true });
  const cancelled: boolean = !emit(el, 'kap-booking-error', { kind: 'offline', message: 'Offline', retryable: true }, { cancelable: true });
  const via: DetailOf<'kap-booking-success'>['via'] = 'mailto';
  void cancelled;
  void via;
}

export function wrongNames(el: KapBookingRequest): void {
  // @ts-expect-error: a misspelt event name
  emit(el, 'kap-booking-sucess', { id: 'KAP-1', via: 'endpoint' });
  // @ts-expect-error: a DOM event is not ours to fire
  emit(el, 'click', {});
  // @ts-expect-error: the name must be known when the call is written
  emit(el, 'kap-' + 'booking-success', { id: 'KAP-1', via: 'endpoint' });
}

export function wrongDetails(el: KapBookingRequest): void {
  // @ts-expect-error: a field of the detail is missing
  emit(el, 'kap-booking-success', { id: 'KAP-1' });
  // @ts-expect-error: a field has the wrong type
  emit(el, 'kap-booking-error', { kind: 'offline', message: 'Offline', retryable: 'yes' });
  // @ts-expect-error: a value outside the detail's union
  emit(el, 'kap-booking-success', { id: 'KAP-1', via: 'carrier-pigeon' });
  // @ts-expect-error: another event's detail
  emit(el, 'kap-config-error', { id: 'KAP-1', via: 'endpoint' });
}
