// `pnpm --filter @crm/analysis schema` (or `pnpm schema` for every subgraph and the supergraph):
// writes ../schema.graphql, the contract the gateway composes from; `--check` only compares.
import { publishSubgraphSchema } from '@crm/kit';
import { analysisSubgraph } from './index';

await publishSubgraphSchema(analysisSubgraph, new URL('../schema.graphql', import.meta.url));
