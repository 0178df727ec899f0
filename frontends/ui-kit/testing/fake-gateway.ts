import { vi } from 'vitest';
import { Client, fetchExchange } from 'urql';

// For component tests of the portal apps: not a mock of the backend's logic, just canned answers per
// operation behind urql's REAL fetch exchange, so the queries, variables and error handling the apps
// send are what the tests see.
export interface GraphQLCall { operationName: string; variables: Record<string, any>; query: string }
type Answer = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
export type Handler = (variables: Record<string, any>, call: GraphQLCall) => Answer | Promise<Answer>;

/** A fake gateway behind urql's real fetch exchange: answers per operation name and records every call. */
export function fakeGateway(handlers: Record<string, Handler>) {
  const calls: GraphQLCall[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as GraphQLCall;
    calls.push(body);
    const handler = handlers[body.operationName];
    const payload = handler ? await handler(body.variables ?? {}, body) : { data: null, errors: [{ message: `no fake for ${body.operationName}` }] };
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
  });
  const client = new Client({ url: 'http://gateway.test/graphql', exchanges: [fetchExchange], fetch: fetch as typeof globalThis.fetch, preferGetMethod: false });
  return {
    client,
    calls,
    /** variables of the calls of one operation */
    of: (op: string) => calls.filter((c) => c.operationName === op).map((c) => c.variables),
    last: (op: string) => calls.filter((c) => c.operationName === op).at(-1)?.variables,
  };
}
