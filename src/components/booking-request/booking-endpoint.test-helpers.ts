/**
 * The tests' view of the real booking endpoint that test/server/booking-endpoint.mjs serves
 * on the test runner's own server: a fresh session per call, so parallel tests never share a log.
 */

export interface ReceivedRequest {
  scenario: string;
  method: string;
  headers: { accept: string; 'content-type': string; 'idempotency-key': string; cookie: string };
  body: Record<string, unknown>;
  key: string;
}

export interface EndpointLog {
  /** Everything that reached the server, retries included. */
  requests: ReceivedRequest[];
  /** What the practice would receive: one body per Idempotency-Key. */
  delivered: Record<string, unknown>[];
  /** How often each Idempotency-Key was seen. */
  keys: Record<string, number>;
}

export interface TestEndpoint {
  /** Where the form posts: an absolute URL on 127.0.0.1. */
  url: string;
  log(): Promise<EndpointLog>;
  /** Brings a "down" endpoint back. */
  up(): Promise<void>;
}

export type Scenario = 'ok' | 'invalid' | 'reject' | 'fail-once' | 'fail' | 'busy' | 'slow' | 'down' | 'fail-then-drop';

export function testEndpoint(scenario: Scenario, query: Record<string, string> = {}): TestEndpoint {
  const base = new URL(`/test-api/booking/${crypto.randomUUID()}/`, location.href);
  const url = new URL(scenario, base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return {
    url: url.href,
    async log() {
      const response = await fetch(new URL('log', base), { cache: 'no-store' });
      return (await response.json()) as EndpointLog;
    },
    async up() {
      await fetch(new URL('up', base), { method: 'POST' });
    },
  };
}
