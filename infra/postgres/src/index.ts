// @crm/postgres: where an app's database comes from — DATABASE_URL, or a local embedded server.
import { databaseName, databaseUrl, ensureDatabase } from './databases';
import { startEmbeddedPostgres, type Log } from './embedded';

export * from './embedded';
export { databaseName, withClient } from './databases';

export interface ResolveOptions {
  /** Embedded cluster location (PG_DATA_DIR overrides it). */
  dataDir: string;
  /** Embedded server port (PG_PORT overrides it). */
  port: number;
  /** The application's database. */
  databaseName: string;
  log?: Log;
}

export interface ResolvedDatabase {
  /** URL of the server's `postgres` maintenance database (for CREATE/DROP DATABASE). */
  adminUrl: string;
  /** URL of the application's database. */
  url: string;
  /** Stops the embedded server if we started it; no-op for DATABASE_URL. */
  stop(): Promise<void>;
  embedded: boolean;
}

/**
 * DATABASE_URL set:
 *  - it names the `postgres` maintenance database (or none): it is the admin URL; `databaseName`
 *    is created on that server if missing, and `url` points at it;
 *  - it names any other database: that database is the application's, used as is, nothing created.
 * DATABASE_URL unset: start (or reuse) the embedded server and create `databaseName` if missing.
 */
export async function resolveDatabase(options: ResolveOptions): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const adminUrl = databaseUrl(external, 'postgres');
    const named = databaseName(external);
    if (named !== '' && named !== 'postgres') return { adminUrl, url: external, stop: async () => {}, embedded: false };
    await ensureDatabase(adminUrl, options.databaseName);
    return { adminUrl, url: databaseUrl(adminUrl, options.databaseName), stop: async () => {}, embedded: false };
  }
  const server = await startEmbeddedPostgres({
    dataDir: process.env.PG_DATA_DIR || options.dataDir,
    port: portFromEnv(options.port),
    log: options.log,
  });
  try {
    await ensureDatabase(server.url, options.databaseName);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { adminUrl: server.url, url: databaseUrl(server.url, options.databaseName), stop: server.stop, embedded: true };
}

/** PG_PORT if set (validated), else `fallback`. */
export function portFromEnv(fallback: number): number {
  const raw = process.env.PG_PORT;
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PG_PORT=${raw} is not a valid TCP port (1–65535).`);
  return port;
}
