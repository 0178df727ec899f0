import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateSigningKey } from '@crm/kit';

/** The local issuer's key lives in .data/ so tokens survive a restart; it is created on first run. */
export async function ensureSigningKeyFile(file: string): Promise<string> {
  if (existsSync(file)) {
    JSON.parse(readFileSync(file, 'utf8')); // fail early on a damaged file
    return file;
  }
  // only the key's own folder is private: .data/ must stay enterable for the postgres user (.data/pg)
  mkdirSync(dirname(dirname(file)), { recursive: true });
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify((await generateSigningKey()).privateJwk), { mode: 0o600 });
  return file;
}
