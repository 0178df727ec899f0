import { vi } from 'vitest';
import { render } from '@testing-library/react';
import { Client, Provider, fetchExchange } from 'urql';
import { PortalProvider } from '@crm/ui-kit';
import type { Role, StaffClaims } from '@crm/shared-types';
import BranchApp from '../src/branch.app';

// The same fake as frontends/outlet/test/fake-gateway.tsx: urql's real fetch exchange, answers per operation name.
export interface GraphQLCall { operationName: string; variables: Record<string, any>; query: string }
type Answer = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
export type Handler = (variables: Record<string, any>, call: GraphQLCall) => Answer | Promise<Answer>;

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

export const leader = (roles: Role[] = ['BRANCH_LEADER']): StaffClaims => ({
  sub: '3', username: 'li.ming', name: '李明', orgUnitId: '3', orgPath: '/1/3/', level: 'BRANCH', department: 'RETAIL', roles,
});

export function renderBranch(gateway: ReturnType<typeof fakeGateway>, path = '/branch', user = leader()) {
  window.history.replaceState(null, '', path);
  return render(
    <PortalProvider>
      <Provider value={gateway.client}><BranchApp user={user} basePath="/branch" /></Provider>
    </PortalProvider>,
  );
}
