import { readFileSync, writeFileSync } from 'node:fs';
import { GraphQLError, Kind, parse, Source, type DocumentNode, type NameNode } from 'graphql';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { DEFAULT_PORTS } from '@crm/shared-types';
import { subgraphSdls, type SubgraphSdl } from './subgraphs';

export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

/**
 * Composes the supergraph from the subgraphs' published files (`subgraphs/<name>/schema.graphql`):
 * no subgraph code, no network, no running services. The committed file carries the local default
 * URLs; the gateway swaps them from the environment. A failure names each subgraph file and the
 * type/field it is about, with its line.
 */
export function composeSupergraph(subgraphs: SubgraphSdl[] = subgraphSdls()): string {
  const parsed = subgraphs.map((s) => ({ ...s, doc: parseSubgraph(s) }));
  const result = composeServices(
    parsed.map(({ name, doc }) => ({ name, url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`, typeDefs: doc })),
  );
  if (compositionHasErrors(result)) {
    const errors = result.errors.map((e) => `  - ${describeError(e, parsed)}`);
    throw new Error(
      `Supergraph composition failed (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${errors.join('\n')}\n` +
        "Fix the subgraph's code, then `pnpm schema` rewrites every subgraphs/<name>/schema.graphql and the supergraph.",
    );
  }
  return result.supergraphSdl;
}

function parseSubgraph({ path, sdl }: SubgraphSdl): DocumentNode {
  try {
    return parse(new Source(sdl, path));
  } catch (e) {
    if (e instanceof GraphQLError && e.locations?.[0])
      throw new Error(`${path}:${e.locations[0].line}:${e.locations[0].column}: ${e.message}`, { cause: e });
    throw new Error(`${path}: ${(e as Error).message}`, { cause: e });
  }
}

type Parsed = SubgraphSdl & { doc: DocumentNode };

/** The composer's message, then where it points: each subgraph it names, at the type or field it quotes. */
function describeError(error: GraphQLError, subgraphs: Parsed[]): string {
  const code = error.extensions?.code ? `[${String(error.extensions.code)}] ` : '';
  const named = error.extensions?.subgraphName;
  const involved = subgraphs.filter((s) => s.name === named || error.message.includes(`"${s.name}"`));
  const coordinates = [...error.message.matchAll(/"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)"/g)].map((m) => m[1]);
  const where: string[] = [];
  for (const s of involved) {
    const found = coordinates.map((c) => locate(s.doc, c)).filter((l): l is string => !!l);
    where.push(...(found.length ? [...new Set(found)].map((l) => `${s.path}:${l}`) : [s.path]));
  }
  return `${code}${error.message}${where.map((w) => `\n      at ${w}`).join('')}`;
}

/** `line:column (Type.field)` of a type (or one of its fields / enum values) in a subgraph's SDL. */
function locate(doc: DocumentNode, coordinate: string): string | undefined {
  const [typeName, fieldName] = coordinate.split('.');
  const at = (node: NameNode, what: string) => {
    const loc = node.loc;
    return loc ? `${loc.startToken.line}:${loc.startToken.column} (${what})` : undefined;
  };
  for (const def of doc.definitions) {
    if (!('name' in def) || def.name?.value !== typeName || def.kind === Kind.DIRECTIVE_DEFINITION) continue;
    if (!fieldName) return at(def.name, `type ${typeName}`);
    const members = [...('fields' in def ? (def.fields ?? []) : []), ...('values' in def ? (def.values ?? []) : [])] as {
      name: NameNode;
    }[];
    const member = members.find((m) => m.name.value === fieldName);
    if (member) return at(member.name, coordinate);
  }
  return undefined;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const check = process.argv.includes('--check');
  let fresh: string;
  try {
    fresh = composeSupergraph();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  if (check) {
    const committed = readFileSync(SUPERGRAPH_FILE, 'utf8');
    if (committed !== fresh) {
      console.error(
        "gateway/supergraph.graphql is stale: run `pnpm schema` (every subgraph's schema.graphql, then the supergraph) and commit the result",
      );
      process.exit(1);
    }
    console.log('supergraph.graphql is up to date');
  } else {
    writeFileSync(SUPERGRAPH_FILE, fresh);
    console.log(`supergraph.graphql written (${fresh.length} chars)`);
  }
}
