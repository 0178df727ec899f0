import 'reflect-metadata';
import { defineSubgraph } from '@crm/kit';
import { customersDatabase } from './database';
import { CustomerResolver, resolveCustomerReference } from './customer/customer.resolver';

export { customersDatabase } from './database';
export { Customer, CustomerKind, CustomerStatus } from './customer/customer.entity';

/** customers: the one shared customer database (客户信息收集). */
export const customersSubgraph = defineSubgraph({
  name: 'customers',
  database: customersDatabase,
  resolvers: [CustomerResolver],
  references: { Customer: resolveCustomerReference },
});
