import { createGlobalSetup } from '@crm/postgres/testing';
import { migrateDatabase } from '@crm/kit';
import { orgHierarchyDatabase } from '../src';

export default createGlobalSetup({ prepare: (url) => migrateDatabase(orgHierarchyDatabase, url) });
