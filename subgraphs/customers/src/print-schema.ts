// `pnpm --filter @crm/customers schema` (or `pnpm schema` for every subgraph and the supergraph):
// writes ../schema.graphql, the contract the gateway composes from; `--check` only compares.
import { publishSubgraphSchema } from '@crm/kit';
import { customersSubgraph } from './index';

await publishSubgraphSchema(customersSubgraph, new URL('../schema.graphql', import.meta.url));
