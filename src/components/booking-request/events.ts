/**
 * The booking request's events, one name and one detail type each, declared in
 * HTMLElementEventMap so that `emit` and `addEventListener` know them.
 */
import type { BookingRequest } from '../../core/booking.js';
import type { DeliveryFailureKind } from '../../shared/delivery-controller.js';

/** How the request reached the practice: posted, handed to the visitor's email app, or taken over by the page. */
export type BookingDeliveryVia = 'endpoint' | 'mailto' | 'event';

/** What went wrong, as `kap-booking-error` reports it. */
/**
 * `not-loaded`: the form's rules (a chunk fetched when the visitor first reaches into the form)
 * did not arrive; the next send asks for them again.
 */
export type BookingErrorKind = DeliveryFailureKind | 'offline' | 'not-configured' | 'not-loaded';

export interface KapBookingSubmitDetail {
  /** The validated request, ready to deliver. Call preventDefault() to deliver it yourself. */
  request: BookingRequest;
}

export interface KapBookingSuccessDetail {
  /** The reference number the visitor was shown. */
  id: string;
  via: BookingDeliveryVia;
}

export interface KapBookingErrorDetail {
  kind: BookingErrorKind;
  /** The words the visitor was shown. */
  message: string;
  /** Whether the same request may go through later (the visitor is offered "Try again"). */
  retryable: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'kap-booking-submit': CustomEvent<KapBookingSubmitDetail>;
    'kap-booking-success': CustomEvent<KapBookingSuccessDetail>;
    'kap-booking-error': CustomEvent<KapBookingErrorDetail>;
  }
}
