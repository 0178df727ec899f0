import { describe, it } from 'vitest';
import { expectSubgraphSchemaFresh } from '@crm/kit/testing';
import { analysisSubgraph } from '../src';

describe('published schema', () => {
  it('subgraphs/analysis/schema.graphql matches src/ (run `pnpm schema` and commit if not)', async () => {
    await expectSubgraphSchemaFresh(analysisSubgraph, new URL('../schema.graphql', import.meta.url));
  });
});
