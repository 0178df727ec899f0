import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { migrateDatabase } from '@crm/kit';
import { resolveDatabase } from '@crm/postgres';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { customersDatabase } from '@crm/customers';
import { analysisDatabase } from '@crm/analysis';
import { managersDatabase } from '@crm/managers';
import { seedManagers } from '@crm/managers/seed';
import { DEFAULT_PORTS } from '@crm/shared-types';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoBank } from './seed';
import { buildPortal } from './system/portal-build';
import { repoPath } from './system/paths';
import { ensureSigningKeyFile } from './system/signing-key';
import { startSystem } from './system/system';
import { scoreBankIfUnscored } from './system/first-scores';

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo bank on first run,
 * subgraphs, gateway and portal — then wait for Ctrl-C and stop everything cleanly.
 */
const { values: args } = parseArgs({
  options: {
    customers: { type: 'string' },
    'no-portal': { type: 'boolean', default: false },
    'no-seed': { type: 'boolean', default: false },
  },
});

const t0 = performance.now();
const say = (msg: string) => process.stdout.write(`\u001b[1m▸ ${msg}\u001b[0m\n`);
const secs = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

const db = await resolveDatabase({
  dataDir: repoPath('.data/pg'),
  port: DEFAULT_PORTS.postgres,
  databaseName: 'bank_crm',
  log: (m) => say(m),
});
say(`PostgreSQL ready (${db.embedded ? 'embedded, data in .data/pg' : 'DATABASE_URL'}) after ${secs()}`);

let stopping = false;
let system: Awaited<ReturnType<typeof startSystem>> | undefined;
const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  say('stopping …');
  await system?.stop();
  await db.stop();
  say('stopped');
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await migrateDatabase(orgHierarchyDatabase, db.url);
  await migrateDatabase(customersDatabase, db.url);
  await migrateDatabase(analysisDatabase, db.url);
  await migrateDatabase(managersDatabase, db.url);
  if (!args['no-seed']) {
    // history up to today, so open complaints are partly within their SLA and partly breached
    const asOf = new Date().toISOString().slice(0, 10);
    const result = await seedDemoBank(db.url, {
      customers: args.customers ? Number(args.customers) : undefined,
      asOf,
      progress: process.stdout.isTTY ? 'bar' : 'none',
    });
    say(
      result.created ? `demo bank seeded: ${result.customers} customers in ${(result.ms / 1000).toFixed(1)} s` : 'demo bank already seeded',
    );
    const tScores = performance.now();
    const scored = await scoreBankIfUnscored(db.url);
    if (scored.length)
      say(`scores and tiers computed as of ${scored.join(' and ')} in ${((performance.now() - tScores) / 1000).toFixed(1)} s`);
    // after the scores: the tier decides who gets a full-time manager
    const portfolios = await seedManagers(db.url);
    if (portfolios.assignments) say(`customer managers: ${portfolios.managers}, customers assigned: ${portfolios.assignments}`);
  }
  const signingKeyFile = await ensureSigningKeyFile(repoPath('.data/keys/issuer.jwk'));
  if (!args['no-portal']) await buildPortal();
  system = await startSystem({ databaseUrl: db.url, signingKeyFile, portal: !args['no-portal'] });
  system.supervisor.died.catch((e: Error) => {
    say(`a service stopped unexpectedly: ${e.message}`);
    void shutdown(1);
  });
} catch (e) {
  say(`start failed: ${e instanceof Error ? e.message : String(e)}`);
  await shutdown(1);
}

const logins = DEMO_LOGINS.map((l) => `    ${l.username.padEnd(16)} ${l.description}`).join('\n');
process.stdout.write(`
\u001b[1;32m  bank-crm is running (started in ${secs()})\u001b[0m

  Portal     ${system!.urls.portal}
  Gateway    ${system!.urls.gateway}

  Demo logins (password: ${DEMO_PASSWORD})
${logins}

  Ctrl-C stops everything.
`);
