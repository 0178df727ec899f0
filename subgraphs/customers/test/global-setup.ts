import { createGlobalSetup } from '@crm/postgres/testing';
import { migrateDatabase } from '@crm/kit';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { insertTinyBank } from '@crm/org-hierarchy/testing';
import { customersDatabase } from '../src';
// analysis's migrations, for its published view analysis_api.customer_tier (the list's tier filter
// and sort). By path, not as a package: analysis already depends on customers (its tests migrate
// customers), and a dependency back would make the workspace graph a cycle.
import { analysisDatabase } from '../../analysis/src/database';
// managers' migrations, for its published view managers_api.primary_manager (the list's manager
// filter). By path too: managers' tests migrate customers (@crm/customers is its devDependency), so
// @crm/managers here would make the same cycle.
import { managersDatabase } from '../../managers/src/database';

// the customers subgraph reads org-hierarchy's published view (org_hierarchy_api.org_unit),
// analysis's (analysis_api.customer_tier) and managers' (managers_api.primary_manager), so the
// template has those schemas and the tiny bank's units too — migrated in the order a deployment runs them
export default createGlobalSetup({
  prepare: async (url) => {
    await migrateDatabase(orgHierarchyDatabase, url);
    await migrateDatabase(customersDatabase, url);
    await migrateDatabase(analysisDatabase, url);
    await migrateDatabase(managersDatabase, url);
    await insertTinyBank(url);
  },
});
