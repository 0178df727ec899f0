import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { withClient } from '../src/databases';

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A temp dir removed after the file's tests; 0755, as mkdtemp's 0700 would shut out the server user. */
export function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `crm-pg-spec-${label}-`));
  fs.chmodSync(dir, 0o755);
  tempDirs.push(dir);
  return dir;
}

export { freePort } from '../src/embedded';

export async function queryOne<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T> {
  return withClient(url, async (client) => (await client.query(sql, params)).rows[0] as T);
}
