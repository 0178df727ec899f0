import { readFileSync } from 'node:fs';
import type { SubgraphName } from '@crm/shared-types';
import { subgraphUrl } from './subgraphs';

/** The committed supergraph, with each subgraph's URL taken from the environment. */
export function loadSupergraph(
  file: URL = new URL('../supergraph.graphql', import.meta.url),
  env: NodeJS.ProcessEnv = process.env,
): string {
  return readFileSync(file, 'utf8').replace(
    /@join__graph\(name: "([a-z-]+)", url: "[^"]*"\)/g,
    (_m, name: string) => `@join__graph(name: "${name}", url: "${subgraphUrl(name as SubgraphName, env)}")`,
  );
}
