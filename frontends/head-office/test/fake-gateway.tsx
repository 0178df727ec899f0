import { vi } from 'vitest';
import { render } from '@testing-library/react';
import { Client, Provider, fetchExchange } from 'urql';
import { PortalProvider } from '@crm/ui-kit';
import type { Role, StaffClaims } from '@crm/shared-types';
import HeadOfficeApp from '../src/head-office.app';

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
    of: (op: string) => calls.filter((c) => c.operationName === op).map((c) => c.variables),
    last: (op: string) => calls.filter((c) => c.operationName === op).at(-1)?.variables,
  };
}

export const analyst = (roles: Role[] = ['STRATEGY_ANALYST']): StaffClaims => ({
  sub: '2', username: 'zhao.min', name: '赵敏', orgUnitId: '1', orgPath: '/1/', level: 'HEAD_OFFICE', department: 'STRATEGY', roles,
});

/** Renders the remote as the shell does, at `path` (under basePath /head-office). */
export function renderHeadOffice(gateway: ReturnType<typeof fakeGateway>, path: string, pollMs = 30) {
  window.history.replaceState(null, '', path);
  return render(
    <PortalProvider>
      <Provider value={gateway.client}><HeadOfficeApp user={analyst()} basePath="/head-office" pollMs={pollMs} /></Provider>
    </PortalProvider>,
  );
}
