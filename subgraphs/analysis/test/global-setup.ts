import 'reflect-metadata';
import { createGlobalSetup } from '@crm/postgres/testing';
import { migrateDatabase } from '@crm/kit';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { insertTinyBank } from '@crm/org-hierarchy/testing';
import { customersDatabase } from '@crm/customers';
import { analysisDatabase } from '../src';
// managers' migrations, for its published view managers_api.primary_manager (tierMovements(managerId)).
// By path, not as a package: managers' tests migrate analysis (it reads analysis_api), so @crm/managers
// here would make the workspace graph a cycle — as customers' global-setup does for the same view.
import { managersDatabase } from '../../managers/src/database';

// analysis reads the published views of org-hierarchy, customers and managers: the template has all
// four schemas, migrated in the order a deployment runs them
export default createGlobalSetup({
  prepare: async (url) => {
    await migrateDatabase(orgHierarchyDatabase, url);
    await migrateDatabase(customersDatabase, url);
    await migrateDatabase(analysisDatabase, url);
    await migrateDatabase(managersDatabase, url);
    await insertTinyBank(url);
  },
});
