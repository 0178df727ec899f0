import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { DEFAULT_PORTS } from '@crm/shared-types';
import { subgraphSdls } from './subgraphs';

export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

/**
 * Composes the supergraph from the subgraphs' SDL, in process: no network, no running services.
 * The committed file carries the local default URLs; the gateway swaps them from the environment.
 */
export async function composeSupergraph(): Promise<string> {
  const subgraphs = (await subgraphSdls()).map(({ name, sdl }) => ({
    name, url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`, typeDefs: parse(sdl),
  }));
  const result = composeServices(subgraphs);
  if (compositionHasErrors(result)) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const check = process.argv.includes('--check');
  const fresh = await composeSupergraph();
  if (check) {
    const committed = readFileSync(SUPERGRAPH_FILE, 'utf8');
    if (committed !== fresh) {
      console.error('gateway/supergraph.graphql is stale: run `pnpm compose` and commit the result');
      process.exit(1);
    }
    console.log('supergraph.graphql is up to date');
  } else {
    writeFileSync(SUPERGRAPH_FILE, fresh);
    console.log(`supergraph.graphql written (${fresh.length} chars)`);
  }
}
