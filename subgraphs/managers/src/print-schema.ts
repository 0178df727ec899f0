// `pnpm --filter @crm/managers schema` (or `pnpm schema` for every subgraph and the supergraph):
// writes ../schema.graphql, the contract the gateway composes from; `--check` only compares.
import { publishSubgraphSchema } from '@crm/kit';
import { managersSubgraph } from './index';

await publishSubgraphSchema(managersSubgraph, new URL('../schema.graphql', import.meta.url));
