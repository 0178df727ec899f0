import type { SubgraphDatabase } from '@crm/kit';
import { Customer } from './customer/customer.entity';
import { Customer0001 } from './migrations/0001-customer.migration';

export const customersDatabase: SubgraphDatabase = {
  schema: 'customers',
  entities: [Customer],
  migrations: [{ name: '0001-customer', class: Customer0001 }],
};
