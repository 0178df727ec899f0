// Vitest globalSetup: one database server per test run and one migrated template database.
// Runs in vitest's main process, so it must not import the 'vitest' runtime.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { databaseUrl, dropDatabase, withClient } from '../databases';
import { freePort, isAlive, startEmbeddedPostgres, stopEmbeddedPostgres, EmbeddedPostgresError, type EmbeddedPostgres } from '../embedded';

export interface GlobalSetupOptions {
  /** Build the template: run migrations and seed against `templateUrl`, then close every connection. */
  prepare: (templateUrl: string) => Promise<void> | void;
}

const TEST_DIR_PREFIX = 'crm-pg-test-';

export function createGlobalSetup({ prepare }: GlobalSetupOptions) {
  return async function setup(project: Pick<TestProject, 'provide'>): Promise<() => Promise<void>> {
    const t0 = performance.now();
    const external = process.env.DATABASE_URL;
    const cluster = external ? undefined : await startTestCluster();
    const adminUrl = external ?? cluster!.server.url;
    const template = `tpl_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const teardown = async () => {
      await dropDatabase(adminUrl, template).catch((error) => console.warn(`[postgres] could not drop ${template}: ${error.message}`));
      if (cluster) {
        await cluster.server.stop();
        fs.rmSync(cluster.dir, { recursive: true, force: true });
      }
    };
    try {
      const tPrepare = performance.now();
      await withClient(adminUrl, (client) => client.query(`create database ${client.escapeIdentifier(template)}`));
      await prepare(databaseUrl(adminUrl, template));
      await sealTemplate(adminUrl, template);
      const prepareMs = Math.round(performance.now() - tPrepare);
      project.provide('pgAdminUrl', adminUrl);
      project.provide('pgTemplate', template);
      const mode = cluster
        ? `embedded on port ${cluster.server.port}, initdb ${cluster.server.timings.initdbMs} ms, start ${cluster.server.timings.startMs} ms`
        : `DATABASE_URL ${new URL(adminUrl).host}`;
      console.log(
        `[postgres] test template ${template} ready in ${Math.round(performance.now() - t0)} ms (${mode}, prepare ${prepareMs} ms)`,
      );
    } catch (error) {
      await teardown(); // vitest runs no teardown when setup throws
      throw error;
    }
    return teardown;
  };
}

/** Nobody may connect to the template any more: CREATE DATABASE … TEMPLATE fails while anyone is connected. */
async function sealTemplate(adminUrl: string, template: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query(`alter database ${client.escapeIdentifier(template)} allow_connections false`);
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [template]);
  });
}

/** A fresh cluster in its own temp dir on a free port, so concurrent test runs never collide. */
async function startTestCluster(): Promise<{ dir: string; server: EmbeddedPostgres }> {
  removeAbandonedTestClusters();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${TEST_DIR_PREFIX}${process.pid}-`));
  const log = (message: string) => console.log(`[postgres] ${message}`);
  for (let attempt = 1; ; attempt++) {
    try {
      return { dir, server: await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), throwaway: true, log }) };
    } catch (error) {
      // Another process may grab the port between our probe and the server's bind: pick another.
      if (error instanceof EmbeddedPostgresError && error.code === 'PORT_IN_USE' && attempt < 3) continue;
      fs.rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }
}

/** Temp clusters whose test run was killed (its pid is gone): stop their server and delete them. */
function removeAbandonedTestClusters(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const owner = Number(name.slice(TEST_DIR_PREFIX.length).split('-')[0]);
    if (!name.startsWith(TEST_DIR_PREFIX) || !owner || isAlive(owner)) continue;
    const dir = path.join(os.tmpdir(), name);
    stopEmbeddedPostgres(dir)
      .then(() => fs.rmSync(dir, { recursive: true, force: true }))
      .catch(() => {}); // best effort, in the background
  }
}
