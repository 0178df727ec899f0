import type { SubgraphDatabase } from '@crm/kit';
import { Customer } from './customer/customer.entity';
import { Customer0001 } from './migrations/0001-customer.migration';
import { CustomerInformation0002 } from './migrations/0002-customer-information.migration';

export const customersDatabase: SubgraphDatabase = {
  schema: 'customers',
  entities: [Customer],
  migrations: [
    { name: '0001-customer', class: Customer0001 },
    { name: '0002-customer-information', class: CustomerInformation0002 },
  ],
};
