import { defineElement } from '../../shared/define.js';
import { KapBookingRequest } from './kap-booking-request.js';

defineElement('kap-booking-request', KapBookingRequest);
