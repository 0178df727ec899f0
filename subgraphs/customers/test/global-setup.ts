import { createGlobalSetup } from '@crm/postgres/testing';
import { migrateDatabase } from '@crm/kit';
import { customersDatabase } from '../src';

export default createGlobalSetup({ prepare: (url) => migrateDatabase(customersDatabase, url) });
