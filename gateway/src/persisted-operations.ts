import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Persisted operations (opt-in): with `PERSISTED_OPERATIONS=only` the gateway runs only the portal's
 * own operations, by hash — the manifest frontends/persisted-operations.json that the portal's
 * codegen writes (sha256 hex → document; see frontends/ui-kit/codegen/persisted-operations.mjs).
 * A request must then carry `extensions.persistedQuery { version: 1, sha256Hash }` and no query
 * text; anything else is refused (PersistedQueryOnly / PersistedQueryNotFound). Unset (the
 * default), every valid document is accepted as before. `PERSISTED_OPERATIONS_MANIFEST` points elsewhere
 * (a deployed gateway without the repository beside it).
 *
 * In `only` mode the head-office explorer (GraphiQL: arbitrary documents, introspection) and the two
 * documents the portal copies per row (`repeatAliased`: churn-risk names, trends) are refused too.
 */
export const PERSISTED_OPERATIONS_MANIFEST = fileURLToPath(new URL('../../frontends/persisted-operations.json', import.meta.url));

export type PersistedOperationsMode = 'off' | 'only';

export function persistedOperationsMode(env: NodeJS.ProcessEnv = process.env): PersistedOperationsMode {
  const value = (env.PERSISTED_OPERATIONS ?? '').trim();
  if (value === '' || value === 'off') return 'off';
  if (value === 'only') return 'only';
  throw new Error(`PERSISTED_OPERATIONS must be "only" or unset, not "${value}"`);
}

/** The manifest: hash (hex, optionally `sha256:`-prefixed in the file) → document text. */
export function loadPersistedOperations(path = PERSISTED_OPERATIONS_MANIFEST): ReadonlyMap<string, string> {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${path}: expected an object of hash → document`);
  const operations = new Map<string, string>();
  for (const [key, document] of Object.entries(raw)) {
    const hash = key.replace(/^sha256:/, '');
    if (!/^[0-9a-f]{64}$/.test(hash) || typeof document !== 'string') throw new Error(`${path}: "${key}" is not a sha256 hash → document`);
    operations.set(hash, document);
  }
  return operations;
}

/**
 * The gateway runtime's `persistedDocuments` option for the mode, or nothing when off.
 * `getPersistedOperation` answers null for an unknown hash (→ PersistedQueryNotFound).
 */
export function persistedDocumentsOption(
  mode = persistedOperationsMode(),
  path = process.env.PERSISTED_OPERATIONS_MANIFEST || PERSISTED_OPERATIONS_MANIFEST,
) {
  if (mode === 'off') return undefined;
  const operations = loadPersistedOperations(path);
  return {
    allowArbitraryDocuments: false,
    getPersistedOperation: (key: string) => operations.get(key.replace(/^sha256:/, '')) ?? null,
  };
}
