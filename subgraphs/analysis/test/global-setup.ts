import 'reflect-metadata';
import { createGlobalSetup } from '@crm/postgres/testing';
import { migrateDatabase } from '@crm/kit';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { insertTinyBank } from '@crm/org-hierarchy/testing';
import { customersDatabase } from '@crm/customers';
import { analysisDatabase } from '../src';

// analysis reads the published views of org-hierarchy and customers: the template has all three schemas
export default createGlobalSetup({
  prepare: async (url) => {
    await migrateDatabase(orgHierarchyDatabase, url);
    await migrateDatabase(customersDatabase, url);
    await migrateDatabase(analysisDatabase, url);
    await insertTinyBank(url);
  },
});
