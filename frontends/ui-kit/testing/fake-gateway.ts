import { vi } from 'vitest';
import { Client, fetchExchange, getOperationName } from 'urql';
import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';

// For component tests of the portal apps: not a mock of the backend's logic, just canned answers per
// operation behind urql's REAL fetch exchange, so the queries, variables and error handling the apps
// send are what the tests see.
export interface GraphQLCall {
  operationName: string;
  variables: Record<string, any>;
  query: string;
}
type GraphQLErrors = { message: string; extensions?: Record<string, unknown> }[];
type Answer = { data?: unknown; errors?: GraphQLErrors };
export type Handler = ((variables: Record<string, any>, call: GraphQLCall) => Answer | Promise<Answer>) & { operationName?: string };
/** An answer typed by its document: `data` must be the document's generated result type. */
export type TypedAnswer<D> = { data?: ResultOf<D> | null; errors?: GraphQLErrors };

/**
 * The canned answer of one document, typed by the generated types: the fixture must be a
 * `ResultOf<typeof Doc>` (so an enum value the schema lacks, or a field the document does not select,
 * does not compile) and the variables are the document's. `fakeGateway` checks the key it is filed
 * under is the document's operation name.
 */
export function reply<D extends TypedDocumentNode<any, any>>(
  document: D,
  answer: (variables: VariablesOf<D>, call: GraphQLCall) => TypedAnswer<D> | Promise<TypedAnswer<D>>,
): Handler {
  return Object.assign((variables: Record<string, any>, call: GraphQLCall) => answer(variables as VariablesOf<D>, call), {
    operationName: getOperationName(document),
  });
}

/** A fake gateway behind urql's real fetch exchange: answers per operation name and records every call. */
export function fakeGateway(handlers: Record<string, Handler>) {
  for (const [name, handler] of Object.entries(handlers)) {
    if (handler.operationName && handler.operationName !== name) throw new Error(`fake for ${name} answers ${handler.operationName}`);
  }
  const calls: GraphQLCall[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as GraphQLCall;
    calls.push(body);
    const handler = handlers[body.operationName];
    const payload = handler
      ? await handler(body.variables ?? {}, body)
      : { data: null, errors: [{ message: `no fake for ${body.operationName}` }] };
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
  });
  const client = new Client({
    url: 'http://gateway.test/graphql',
    exchanges: [fetchExchange],
    fetch: fetch as typeof globalThis.fetch,
    preferGetMethod: false,
  });
  return {
    client,
    calls,
    /** variables of the calls of one operation */
    of: (op: string) => calls.filter((c) => c.operationName === op).map((c) => c.variables),
    last: (op: string) => calls.filter((c) => c.operationName === op).at(-1)?.variables,
  };
}
