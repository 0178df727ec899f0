// The portal's persisted-operations manifest: every operation of every remote and the shell,
// sha256 hash (hex) → document text, merged from each package's src/gql/persisted-documents.json
// (written by the client preset) into frontends/persisted-operations.json. The gateway's opt-in
// `PERSISTED_OPERATIONS=only` mode (gateway/src/persisted-operations.ts) accepts exactly these.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FRONTENDS = fileURLToPath(new URL('../../', import.meta.url));
export const MANIFEST = join(FRONTENDS, 'persisted-operations.json');

/** The merged manifest as text, from the packages' generated files as they are now. */
export function mergedManifest() {
  const merged = {};
  for (const app of readdirSync(FRONTENDS).sort()) {
    const file = join(FRONTENDS, app, 'src/gql/persisted-documents.json');
    if (!existsSync(file)) continue;
    for (const [key, document] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
      const hash = key.replace(/^sha256:/, '');
      if (merged[hash] !== undefined && merged[hash] !== document) throw new Error(`persisted operations: hash ${hash} has two documents`);
      merged[hash] = document;
    }
  }
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Writes the manifest (atomically: packages run codegen in parallel); returns whether it changed. */
export function writeManifest() {
  const text = mergedManifest();
  if (existsSync(MANIFEST) && readFileSync(MANIFEST, 'utf8') === text) return false;
  const tmp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, MANIFEST);
  return true;
}

/** Whether the committed manifest is the merge of the committed generated files. */
export const manifestIsFresh = () => existsSync(MANIFEST) && readFileSync(MANIFEST, 'utf8') === mergedManifest();
