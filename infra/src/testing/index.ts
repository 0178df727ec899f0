// `@crm/infra/testing`: every subgraph in this process, over real HTTP, for tests of what sits on
// top of them (the gateway). The package that launches the system is the one that knows its
// subgraphs; the gateway's tests get them from here and the gateway imports no subgraph package.
// The database comes from `@crm/infra/testing/global-setup` (a migrated, seeded template) and
// `useTestDatabase()` (this file's own clone).
import 'reflect-metadata';
import { runSubgraph, type RunningSubgraph, type TokenVerifier } from '@crm/kit';
import { testSigningKey, testVerifier } from '@crm/kit/testing';
import { orgHierarchySubgraph } from '@crm/org-hierarchy';
import { customersSubgraph } from '@crm/customers';
import { analysisSubgraph } from '@crm/analysis';
import { managersSubgraph } from '@crm/managers';
import type { SubgraphName } from '@crm/shared-types';

export { useTestDatabase, type TestDatabase } from '@crm/postgres/testing';
export { DEMO_LOGINS, DEMO_PASSWORD } from '../seed';

export interface TestSubgraphs {
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  /** `ORG_HIERARCHY_URL`, `CUSTOMERS_URL`, `ANALYSIS_URL`, `MANAGERS_URL`: what a gateway reads to reach them */
  env: Record<string, string>;
  /** the token issuer's login route (org-hierarchy, signing with the test key) */
  loginUrl: string;
  /** verifies the tokens that login issues */
  verifyToken: TokenVerifier;
  close(): Promise<void>;
}

/**
 * Starts every subgraph on `databaseUrl` (ports chosen by the OS). Background jobs stay off:
 * a test that needs one runs it itself.
 */
export async function startTestSubgraphs(databaseUrl: string): Promise<TestSubgraphs> {
  const verifyToken = await testVerifier();
  const started: RunningSubgraph[] = [];
  try {
    const start = async (def: Parameters<typeof runSubgraph>[0]) => {
      const running = await runSubgraph(def, { databaseUrl, port: 0, verifyToken, background: false });
      started.push(running);
      return running;
    };
    const subgraphs: Record<SubgraphName, RunningSubgraph> = {
      'org-hierarchy': await start(orgHierarchySubgraph(await testSigningKey())),
      customers: await start(customersSubgraph),
      analysis: await start(analysisSubgraph),
      managers: await start(managersSubgraph),
    };
    const env = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [`${name.toUpperCase().replace(/-/g, '_')}_URL`, s.url]));
    return {
      subgraphs,
      env,
      loginUrl: `${new URL(subgraphs['org-hierarchy'].url).origin}/auth/login`,
      verifyToken,
      close: async () => {
        for (const s of started.reverse()) await s.close();
      },
    };
  } catch (error) {
    for (const s of started.reverse()) await s.close().catch(() => undefined);
    throw error;
  }
}
