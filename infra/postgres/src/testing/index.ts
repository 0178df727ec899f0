// @crm/postgres/testing: each test file gets its own database, cloned from the run's template.
import { afterAll, beforeAll, inject } from 'vitest';
import { cloneDatabase, databaseUrl, dropDatabase } from '../databases';

export { createGlobalSetup, type GlobalSetupOptions } from './global-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser/CREATEDB URL of the test server's maintenance database. */
    pgAdminUrl: string;
    /** Name of the migrated template database every test database is cloned from. */
    pgTemplate: string;
  }
}

export interface TestDatabase {
  /** URL of this file's own database; available in tests and hooks (after beforeAll). */
  readonly url: string;
  readonly name: string;
  /** How long the clone took. */
  readonly cloneMs: number;
}

/** Call at the top of a test file (or describe block). */
export function useTestDatabase(): TestDatabase {
  const name = `t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let url: string | undefined;
  let cloneMs = 0;
  beforeAll(async () => {
    const adminUrl = inject('pgAdminUrl');
    const template = inject('pgTemplate');
    if (!adminUrl || !template)
      throw new Error('useTestDatabase() needs the globalSetup from createGlobalSetup() in vitest.config (test.globalSetup).');
    const t0 = performance.now();
    await cloneDatabase(adminUrl, template, name);
    cloneMs = Math.round(performance.now() - t0);
    url = databaseUrl(adminUrl, name);
  });
  afterAll(async () => {
    if (url) await dropDatabase(inject('pgAdminUrl'), name);
  });
  return {
    name,
    get cloneMs() {
      return cloneMs;
    },
    get url() {
      if (!url) throw new Error('useTestDatabase().url is set in beforeAll: read it inside tests or hooks, not at module level.');
      return url;
    },
  };
}
