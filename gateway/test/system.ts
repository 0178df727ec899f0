import { afterAll, beforeAll } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { runSubgraph, type RunningSubgraph } from '@crm/kit';
import { gql, testSigningKey, testVerifier } from '@crm/kit/testing';
import { orgHierarchySubgraph } from '@crm/org-hierarchy';
import { customersSubgraph } from '@crm/customers';
import { analysisSubgraph } from '@crm/analysis';
import { DEMO_PASSWORD } from '@crm/infra';
import type { LoginResponse } from '@crm/shared-types';
import { startGateway } from '../src/gateway';
import { loadSupergraph } from '../src/supergraph';

/**
 * The subgraphs and the gateway in this process, over real HTTP, on this file's own database.
 * Tokens come from the real login through the gateway.
 */
export function useSystem(opts: { planner?: 'rust' | 'js'; outboundDedupe?: boolean } = {}) {
  const db = useTestDatabase();
  const running: { close(): Promise<void> }[] = [];
  const sys = {
    gateway: '', origin: '', databaseUrl: '', subgraphs: {} as Record<'org-hierarchy' | 'customers' | 'analysis', RunningSubgraph>,
    async login(username: string, password = DEMO_PASSWORD): Promise<LoginResponse> {
      const res = await fetch(`${sys.origin}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      return (await res.json()) as LoginResponse;
    },
    query<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string) {
      return gql<T>(sys.gateway, query, variables, token);
    },
  };
  beforeAll(async () => {
    const verifyToken = await testVerifier();
    const orgHierarchy = await runSubgraph(orgHierarchySubgraph(await testSigningKey()), { databaseUrl: db.url, port: 0, verifyToken });
    const customers = await runSubgraph(customersSubgraph, { databaseUrl: db.url, port: 0, verifyToken, background: false });
    const analysis = await runSubgraph(analysisSubgraph, { databaseUrl: db.url, port: 0, verifyToken, background: false });
    running.push(orgHierarchy, customers, analysis);
    const gateway = await startGateway({
      supergraph: loadSupergraph(undefined, { ORG_HIERARCHY_URL: orgHierarchy.url, CUSTOMERS_URL: customers.url, ANALYSIS_URL: analysis.url }),
      verifyToken,
      loginUrl: `${new URL(orgHierarchy.url).origin}/auth/login`,
      planner: opts.planner,
      outboundDedupe: opts.outboundDedupe,
      port: 0,
    });
    running.unshift(gateway);
    Object.assign(sys, { gateway: gateway.url, origin: gateway.origin, databaseUrl: db.url, subgraphs: { 'org-hierarchy': orgHierarchy, customers, analysis } });
  });
  afterAll(async () => {
    for (const r of running) await r.close();
  });
  return sys;
}
