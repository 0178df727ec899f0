import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_FILE } from '../src/compose';
import { loadSupergraph } from '../src/supergraph';

describe('supergraph', () => {
  it('composes, and the committed supergraph.graphql is up to date (run `pnpm compose` if not)', async () => {
    const fresh = await composeSupergraph();
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(fresh);
  });

  it('joins Customer and OrgUnit across subgraphs: owned where they live, extended by analysis', async () => {
    const sdl = await composeSupergraph();
    expect(sdl).toMatch(/type Customer @join__type\(graph: ANALYSIS, key: "id"\) @join__type\(graph: CUSTOMERS, key: "id"\)/);
    expect(sdl).toMatch(/type OrgUnit @join__type\(graph: ANALYSIS, key: "id"\) @join__type\(graph: CUSTOMERS, key: "id", resolvable: false\) @join__type\(graph: ORG_HIERARCHY, key: "id"\)/);
  });

  it('takes subgraph URLs from the environment', () => {
    const sdl = loadSupergraph(undefined, { CUSTOMERS_URL: 'http://customers.bank.svc:8080/graphql' });
    expect(sdl).toContain('@join__graph(name: "customers", url: "http://customers.bank.svc:8080/graphql")');
    expect(sdl).toContain('@join__graph(name: "org-hierarchy", url: "http://127.0.0.1:4001/graphql")');
  });
});
