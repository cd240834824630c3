/** The domain core: pure TypeScript and zod/mini. No Lit, no DOM. */
export * from './localize.js';
export * from './money.js';
export * from './practice.js';
export * from './settings-docs.js';
export * from './settings-schema.js';
export * from './pricing.js';
export * from './schedule.js';
export * from './today.js';
export * from './booking.js';
export * from './booking-mail.js';
export * from './screening/index.js';
export * from './submit.js';
export * from './ics.js';
export * from './links.js';
export * from './gfe-availability.js';
export * from './gfe.js';
export * from './ids.js';
