import { describe, it } from 'vitest';
import { expectSubgraphSchemaFresh } from '@crm/kit/testing';
import { managersSubgraph } from '../src';

describe('published schema', () => {
  it('subgraphs/managers/schema.graphql matches src/ (run `pnpm schema` and commit if not)', async () => {
    await expectSubgraphSchemaFresh(managersSubgraph, new URL('../schema.graphql', import.meta.url));
  });
});
