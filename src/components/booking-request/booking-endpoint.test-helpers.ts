/**
 * The tests' view of the real booking endpoint that test/server/booking-endpoint.mjs serves
 * on the test runner's own server, and that test/server/cross-origin.mjs serves again on two
 * other origins (form services with a strict preflight and with none): a fresh session per
 * call, so parallel tests never share a log.
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

/** The cross-origin form services: one allowing only Content-Type and Accept, one with no preflight. */
export type FormService = 'strict' | 'no-preflight';

/** A preflight (OPTIONS) a cross-origin server was sent. */
export interface Preflight {
  path: string;
  method: string;
  headers: string;
}

let serviceOrigins: Promise<Record<FormService, string>> | undefined;

/** Where each cross-origin form service listens (their ports are chosen when the runner starts). */
export function formServiceOrigin(service: FormService): Promise<string> {
  serviceOrigins ??= fetch('/test-api/cross-origin', { cache: 'no-store' }).then(
    (response) => response.json() as Promise<Record<FormService, string>>,
  );
  return serviceOrigins.then((origins) => origins[service]);
}

/** Every preflight a cross-origin form service was sent for the endpoint `url`. */
export async function preflightsFor(url: string): Promise<Preflight[]> {
  const { origin, pathname } = new URL(url);
  const all = (await (await fetch(`${origin}/preflights`, { cache: 'no-store' })).json()) as Preflight[];
  return all.filter((preflight) => preflight.path === pathname);
}

/** The endpoint for `scenario` on a cross-origin form service. */
export async function formServiceEndpoint(
  service: FormService,
  scenario: Scenario,
  query: Record<string, string> = {},
): Promise<TestEndpoint> {
  return testEndpoint(scenario, query, await formServiceOrigin(service));
}

export function testEndpoint(scenario: Scenario, query: Record<string, string> = {}, origin = location.origin): TestEndpoint {
  const base = new URL(`/test-api/booking/${crypto.randomUUID()}/`, origin);
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
