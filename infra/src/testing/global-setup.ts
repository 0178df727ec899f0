// `@crm/infra/testing/global-setup`: a vitest globalSetup for tests that run the whole back end
// (the gateway's): one PostgreSQL per run, a template migrated with every subgraph's migrations
// and seeded with a small demo bank; each test file clones it (useTestDatabase).
// Runs in vitest's main process: no 'vitest' runtime import here.
import 'reflect-metadata';
import { migrateDatabase } from '@crm/kit';
import { createGlobalSetup } from '@crm/postgres/testing';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { customersDatabase } from '@crm/customers';
import { analysisDatabase } from '@crm/analysis';
import { managersDatabase } from '@crm/managers';
import { seedManagers } from '@crm/managers/seed';
import { seedDemoBank } from '../seed';

/** Customers in the test bank: enough for paging, scope and limits, quick to seed. */
export const TEST_BANK_CUSTOMERS = 1200;

/** Every subgraph's migrations, in dependency order (analysis and managers read the views the others publish). */
export async function migrateEverySubgraph(url: string): Promise<void> {
  await migrateDatabase(orgHierarchyDatabase, url);
  await migrateDatabase(customersDatabase, url);
  await migrateDatabase(analysisDatabase, url);
  await migrateDatabase(managersDatabase, url);
}

export function demoBankGlobalSetup(opts: { customers?: number } = {}) {
  return createGlobalSetup({
    prepare: async (url) => {
      await migrateEverySubgraph(url);
      await seedDemoBank(url, { customers: opts.customers ?? TEST_BANK_CUSTOMERS, progress: 'none' });
      await seedManagers(url);
    },
  });
}
