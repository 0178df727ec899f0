import { readFileSync } from 'node:fs';
import { DEFAULT_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '@crm/shared-types';

/**
 * The subgraphs the gateway composes, each by the file it publishes (`subgraphs/<name>/schema.graphql`,
 * committed, written by that subgraph's `schema` script). The gateway depends on these files, not on
 * the subgraphs' code: no subgraph package is imported here or anywhere in the running gateway.
 */
export const SUBGRAPHS: readonly { name: SubgraphName; schemaFile: URL; path: string }[] = SUBGRAPH_NAMES.map((name) => ({
  name,
  schemaFile: new URL(`../../subgraphs/${name}/schema.graphql`, import.meta.url),
  /** from the repository root, for messages */
  path: `subgraphs/${name}/schema.graphql`,
}));

/** `ORG_HIERARCHY_URL`, `CUSTOMERS_URL`, … or the local default. */
export function subgraphUrl(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${name.toUpperCase().replace(/-/g, '_')}_URL`] ?? `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;
}

export interface SubgraphSdl {
  name: SubgraphName;
  /** where the SDL came from, named in composition errors */
  path: string;
  sdl: string;
}

/** Every subgraph's published SDL, read from its file. */
export function subgraphSdls(): SubgraphSdl[] {
  return SUBGRAPHS.map(({ name, schemaFile, path }) => {
    let sdl: string;
    try {
      sdl = readFileSync(schemaFile, 'utf8');
    } catch (e) {
      throw new Error(
        `${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? e}): run \`pnpm schema\` to publish every subgraph's schema and compose`,
        { cause: e },
      );
    }
    return { name, path, sdl };
  });
}
