// `pnpm --filter @crm/org-hierarchy schema` (or `pnpm schema` for every subgraph and the supergraph):
// writes ../schema.graphql, the contract the gateway composes from; `--check` only compares.
import { publishSubgraphSchema } from '@crm/kit';
import { orgHierarchySubgraph } from './index';

await publishSubgraphSchema(orgHierarchySubgraph(), new URL('../schema.graphql', import.meta.url));
