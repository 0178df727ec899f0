// Small helpers around CREATE/DROP DATABASE; they work on any server (embedded or DATABASE_URL).
import pg from 'pg';

/** The same server and credentials as `url`, but database `name`. */
export function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + encodeURIComponent(name);
  return u.toString();
}

/** Name of the database a URL points at ('' when it names none). */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const DUPLICATE_DATABASE = '42P04';
const UNIQUE_VIOLATION = '23505'; // two concurrent CREATE DATABASE of the same name

/** Create database `name` on the server of `adminUrl` unless it exists. Returns true when it created it. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return false;
    try {
      await client.query(`create database ${client.escapeIdentifier(name)}`);
      return true;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === DUPLICATE_DATABASE || code === UNIQUE_VIOLATION) return false;
      throw error;
    }
  });
}

/** Drop database `name`, disconnecting whoever is still connected. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`));
}

/**
 * Copy `template` into a new database `name`. FILE_COPY copies the files directly, which is much
 * faster than the WAL_LOG default for small databases; servers before PostgreSQL 15 lack STRATEGY.
 */
export async function cloneDatabase(adminUrl: string, template: string, name: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const create = `create database ${client.escapeIdentifier(name)} template ${client.escapeIdentifier(template)}`;
    try {
      await client.query(`${create} strategy file_copy`);
    } catch (error) {
      if (!/strategy/i.test((error as Error).message)) throw error;
      await client.query(create);
    }
  });
}
