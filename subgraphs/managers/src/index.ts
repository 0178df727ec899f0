import 'reflect-metadata';
import { CustomerReference, customerReference, defineSubgraph, OrgUnitReference, orgUnitReference } from '@crm/kit';
import { managersDatabase } from './database';
import {
  CustomerManagerOfCustomerResolver,
  CustomerManagerResolver,
  customerManagerReference,
} from './customer-manager/customer-manager.resolver';

export { managersDatabase } from './database';

/** managers: the customer-manager system (客户经理制) — portfolios, ledgers, tasks, scorecards, competencies. */
export const managersSubgraph = defineSubgraph({
  name: 'managers',
  database: managersDatabase,
  resolvers: [CustomerManagerResolver, CustomerManagerOfCustomerResolver] as never,
  // Customer and OrgUnit are extended here (a customer's manager; per-manager figures), reached by key only
  orphanedTypes: [OrgUnitReference, CustomerReference],
  // each with the permission it needs: denied → null, like a row out of scope
  references: { Customer: customerReference, OrgUnit: orgUnitReference, CustomerManager: customerManagerReference },
});
