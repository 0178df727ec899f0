import { describe, it } from 'vitest';
import { expectSubgraphSchemaFresh } from '@crm/kit/testing';
import { orgHierarchySubgraph } from '../src';

describe('published schema', () => {
  it('subgraphs/org-hierarchy/schema.graphql matches src/ (run `pnpm schema` and commit if not)', async () => {
    await expectSubgraphSchemaFresh(orgHierarchySubgraph(), new URL('../schema.graphql', import.meta.url));
  });
});
