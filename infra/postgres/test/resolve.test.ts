// resolveDatabase: the DATABASE_URL path (against this run's test server) and the embedded path.
import path from 'node:path';
import { afterEach, expect, inject, test } from 'vitest';
import { databaseUrl, dropDatabase, resolveDatabase } from '../src/index';
import { freePort, queryOne, tempDir } from './helpers';

const saved = { DATABASE_URL: process.env.DATABASE_URL, PG_PORT: process.env.PG_PORT };
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});
const unset = (name: keyof typeof saved) => delete process.env[name];
const appDb = () => `app_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

test('DATABASE_URL naming the postgres database: the app database is created there if missing', async () => {
  process.env.DATABASE_URL = databaseUrl(inject('pgAdminUrl'), 'postgres');
  const name = appDb();
  try {
    const first = await resolveDatabase({ dataDir: '/nonexistent', port: 1, databaseName: name });
    expect(first).toMatchObject({ embedded: false, url: databaseUrl(inject('pgAdminUrl'), name) });
    expect(await queryOne(first.url, 'select current_database() as db')).toEqual({ db: name });
    const again = await resolveDatabase({ dataDir: '/nonexistent', port: 1, databaseName: name }); // exists: fine
    expect(again.url).toBe(first.url);
  } finally {
    await dropDatabase(inject('pgAdminUrl'), name);
  }
});

test('DATABASE_URL naming another database: used as is', async () => {
  process.env.DATABASE_URL = databaseUrl(inject('pgAdminUrl'), 'someone_elses_db');
  const resolved = await resolveDatabase({ dataDir: '/nonexistent', port: 1, databaseName: 'ignored' });
  expect(resolved).toMatchObject({
    embedded: false,
    url: process.env.DATABASE_URL,
    adminUrl: databaseUrl(inject('pgAdminUrl'), 'postgres'),
  });
});

test('no DATABASE_URL: embedded server on PG_PORT with the app database created', async () => {
  unset('DATABASE_URL');
  const port = await freePort();
  process.env.PG_PORT = String(port);
  const resolved = await resolveDatabase({ dataDir: path.join(tempDir('resolve'), 'pg'), port: 1, databaseName: 'crm', log: () => {} });
  try {
    expect(resolved).toMatchObject({ embedded: true, url: `postgresql://postgres:postgres@127.0.0.1:${port}/crm` });
    expect(await queryOne(resolved.url, 'select current_database() as db')).toEqual({ db: 'crm' });
  } finally {
    await resolved.stop();
  }
});
