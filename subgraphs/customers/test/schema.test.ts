import { describe, it } from 'vitest';
import { expectSubgraphSchemaFresh } from '@crm/kit/testing';
import { customersSubgraph } from '../src';

describe('published schema', () => {
  it('subgraphs/customers/schema.graphql matches src/ (run `pnpm schema` and commit if not)', async () => {
    await expectSubgraphSchemaFresh(customersSubgraph, new URL('../schema.graphql', import.meta.url));
  });
});
