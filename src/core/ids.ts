/**
 * Short codes a person reads out over the phone: a booking request's reference and a Good
 * Faith Estimate's number. No Lit, no DOM.
 */

/** Where random bytes come from; tests pass fixed ones. */
export type RandomBytes = (length: number) => Uint8Array;

// Crockford's alphabet: no I, L, O or U, so a code read aloud over the phone survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `length` characters of Crockford's base32, 5 random bits each. */
export function readableCode(length: number, randomBytes: RandomBytes = cryptoBytes): string {
  return [...randomBytes(length)].map((byte) => ALPHABET[byte & 31]).join('');
}

function cryptoBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
