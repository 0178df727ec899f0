import 'reflect-metadata';
import { createGlobalSetup } from '@crm/postgres/testing';
import { migrateDatabase } from '@crm/kit';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { insertTinyBank } from '@crm/org-hierarchy/testing';
import { customersDatabase } from '@crm/customers';
import { analysisDatabase } from '@crm/analysis';
import { managersDatabase } from '../src';
import { insertManagerStaff } from './fixture';

// managers reads the published views of org-hierarchy, customers and analysis: the template has all four schemas
export default createGlobalSetup({
  prepare: async (url) => {
    await migrateDatabase(orgHierarchyDatabase, url);
    await migrateDatabase(customersDatabase, url);
    await migrateDatabase(analysisDatabase, url);
    await migrateDatabase(managersDatabase, url);
    await insertTinyBank(url);
    await insertManagerStaff(url);
  },
});
