import 'reflect-metadata';
import { createGlobalSetup } from '@crm/postgres/testing';
import { migrateDatabase } from '@crm/kit';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { customersDatabase } from '@crm/customers';
import { analysisDatabase } from '@crm/analysis';
import { seedDemoBank } from '@crm/infra';

/** Every gateway test file starts from the same small demo bank. */
export const TEST_BANK_CUSTOMERS = 1200;

export default createGlobalSetup({
  prepare: async (url) => {
    await migrateDatabase(orgHierarchyDatabase, url);
    await migrateDatabase(customersDatabase, url);
    await migrateDatabase(analysisDatabase, url);
    await seedDemoBank(url, { customers: TEST_BANK_CUSTOMERS, progress: 'none' });
  },
});
