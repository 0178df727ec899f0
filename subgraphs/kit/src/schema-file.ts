import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { subgraphSdl, type SubgraphDefinition } from './subgraph';

/**
 * Each subgraph publishes its SDL as a committed file, `subgraphs/<name>/schema.graphql`: the
 * contract the gateway composes from (it imports no subgraph code). One mechanism for all of them:
 * the `schema` script of a subgraph writes it (`src/print-schema.ts` → `publishSubgraphSchema`),
 * its `test/schema.test.ts` fails when it is stale (`expectSubgraphSchemaFresh` in `@crm/kit/testing`).
 */

/** The one command that refreshes every subgraph's file and then the supergraph. */
export const REFRESH_SCHEMAS_COMMAND = 'pnpm schema';

/** The file's path from the repository root, for messages. */
export const subgraphSchemaPath = (def: Pick<SubgraphDefinition, 'name'>) => `subgraphs/${def.name}/schema.graphql`;

/** What the file should hold: a short header (comments are ignored by composition) and the SDL. */
export async function subgraphSchemaText(def: SubgraphDefinition): Promise<string> {
  const header = [
    `# The ${def.name} subgraph's schema, generated from its src/ — do not edit.`,
    `# Refresh: \`${REFRESH_SCHEMAS_COMMAND}\` (every subgraph, then the supergraph), or \`pnpm --filter @crm/${def.name} schema\`.`,
    '# The gateway composes from this file; test/schema.test.ts fails when it is stale.',
  ].join('\n');
  return `${header}\n\n${(await subgraphSdl(def)).trimEnd()}\n`;
}

/** null when the committed file matches the code, else a message saying what to run. */
export async function staleSubgraphSchema(def: SubgraphDefinition, file: URL): Promise<string | null> {
  const fresh = await subgraphSchemaText(def);
  const path = subgraphSchemaPath(def);
  if (!existsSync(file)) return `${path} is missing: run \`${REFRESH_SCHEMAS_COMMAND}\` and commit it`;
  const committed = readFileSync(file, 'utf8');
  if (committed === fresh) return null;
  const a = committed.split('\n');
  const b = fresh.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  return [
    `${path} is stale (the schema built from src/ differs from line ${line + 1}):`,
    `  committed: ${a[line] ?? '(end of file)'}`,
    `  src/ now:  ${b[line] ?? '(end of file)'}`,
    `Run \`${REFRESH_SCHEMAS_COMMAND}\` (or \`pnpm --filter @crm/${def.name} schema\`, then \`pnpm compose\`) and commit the result.`,
  ].join('\n');
}

/**
 * The `schema` script of a subgraph: writes `file`, or with `--check` exits 1 when it is stale.
 * `await publishSubgraphSchema(customersSubgraph, new URL('../schema.graphql', import.meta.url))`
 */
export async function publishSubgraphSchema(def: SubgraphDefinition, file: URL, argv: readonly string[] = process.argv): Promise<void> {
  if (argv.includes('--check')) {
    const stale = await staleSubgraphSchema(def, file);
    if (stale) {
      console.error(stale);
      process.exitCode = 1;
      return;
    }
    console.log(`${subgraphSchemaPath(def)} is up to date`);
    return;
  }
  const text = await subgraphSchemaText(def);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (before !== text) writeFileSync(file, text);
  console.log(`${subgraphSchemaPath(def)} ${before === text ? 'unchanged' : 'written'} (${text.length} chars)`);
}
