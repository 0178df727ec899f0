import { createGlobalSetup } from '@crm/postgres/testing';
import { migrateDatabase } from '@crm/kit';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { insertTinyBank } from '@crm/org-hierarchy/testing';
import { customersDatabase } from '../src';
// analysis's migrations, for its published view analysis_api.customer_tier (the list's tier filter
// and sort). By path, not as a package: analysis already depends on customers (its tests migrate
// customers), and a dependency back would make the workspace graph a cycle.
import { analysisDatabase } from '../../analysis/src/database';

// the customers subgraph reads org-hierarchy's published view (org_hierarchy_api.org_unit) and
// analysis's (analysis_api.customer_tier), so the template has those schemas and the tiny bank's
// units too — migrated in the order a deployment runs them
export default createGlobalSetup({
  prepare: async (url) => {
    await migrateDatabase(orgHierarchyDatabase, url);
    await migrateDatabase(customersDatabase, url);
    await migrateDatabase(analysisDatabase, url);
    await insertTinyBank(url);
  },
});
