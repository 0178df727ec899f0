import { DEFAULT_PORTS, type SubgraphName } from '@crm/shared-types';
import { subgraphSdl, type SubgraphDefinition } from '@crm/kit';
import { orgHierarchySubgraph } from '@crm/org-hierarchy';
import { customersSubgraph } from '@crm/customers';
import { analysisSubgraph } from '@crm/analysis';

/** The subgraphs the gateway composes, with the URL each has unless the environment says otherwise. */
export const SUBGRAPHS: { name: SubgraphName; definition: SubgraphDefinition }[] = [
  { name: 'org-hierarchy', definition: orgHierarchySubgraph() },
  { name: 'customers', definition: customersSubgraph },
  { name: 'analysis', definition: analysisSubgraph },
];

/** `ORG_HIERARCHY_URL`, `CUSTOMERS_URL`, … or the local default. */
export function subgraphUrl(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${name.toUpperCase().replace(/-/g, '_')}_URL`] ?? `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;
}

export async function subgraphSdls() {
  return Promise.all(SUBGRAPHS.map(async (s) => ({ name: s.name, sdl: await subgraphSdl(s.definition) })));
}
