import type { MessageShape } from '../../src/core/localize.js';

/** The keys of a catalogue's messages that take values (functions), which tests call with samples. */
export type FunctionKeys<M> = { [K in keyof M]: M[K] extends string ? never : K }[keyof M];

/**
 * Every text a catalogue can show: plain messages as they are, and for each message that
 * takes values the texts `called` produced from sample values (singular and plural alike).
 */
export function catalogueTexts<M extends MessageShape>(
  messages: M,
  called: { [K in keyof M]?: string[] },
): Record<keyof M, string[]> {
  return Object.fromEntries(
    (Object.keys(messages) as (keyof M)[]).map((key) => {
      const message = messages[key];
      return [key, typeof message === 'string' ? [message] : (called[key] ?? [])];
    }),
  ) as Record<keyof M, string[]>;
}
