/**
 * Links the widgets write for people to follow: no schema, no Lit, so any widget can use them
 * without pulling in the booking core.
 */

/** The `tel:` link of a phone number as a setting holds it: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * A `mailto:` link with subject and body filled in (RFC 6068): every part percent-encoded,
 * line breaks as CRLF, so any name or message arrives as typed. No body, no `body=`.
 */
export function mailtoHref(to: string, subject: string, body?: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const query = body === undefined ? `subject=${encode(subject)}` : `subject=${encode(subject)}&body=${encode(body)}`;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${query}`;
}
