// The test template: an empty database migrated with the subgraphs' own migrations. Each test
// file gets a clone (useTestDatabase from @crm/postgres/testing) and seeds what it needs.
import { migrateDatabase } from '@crm/kit';
import { createGlobalSetup } from '@crm/postgres/testing';
import { customersDatabase } from '@crm/customers';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';

export default createGlobalSetup({
  prepare: async (templateUrl) => {
    await migrateDatabase(orgHierarchyDatabase, templateUrl);
    await migrateDatabase(customersDatabase, templateUrl);
  },
});
