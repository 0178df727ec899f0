import 'reflect-metadata';
import { defineSubgraph } from '@crm/kit';
import { customersDatabase } from './database';
import { CustomerResolver } from './customer/customer.resolver';
import { customerReference } from './customer/customer.reference';
import { CustomerServiceCasesResolver, ServiceCaseEventResolver, ServiceCaseResolver } from './service-case/service-case.resolver';
import { serviceCaseReference } from './service-case/service-case.reference';
import { startCaseEscalation } from './service-case/service-case.escalation';
import { Customer360Resolver } from './customer-360/customer-360.resolver';
import { AccountResolver } from './account/account.resolver';
import { AccountTransactionResolver } from './account-transaction/account-transaction.resolver';
import { InteractionResolver } from './interaction/interaction.resolver';
import { CustomerNeedResolver } from './customer-need/customer-need.resolver';
import { SatisfactionSurveyResolver } from './satisfaction-survey/satisfaction-survey.resolver';
import { CustomerRelationshipResolver } from './customer-relationship/customer-relationship.resolver';
import { CustomerMergeResolver } from './customer-merge/customer-merge.resolver';
import { PiiResolver } from './pii/pii.resolver';
import { CustomerExportResolver } from './customer-export/customer-export.resolver';
import { CustomerImportResolver } from './customer-import/customer-import.resolver';

export { customersDatabase } from './database';
export { Customer, CustomerKind, CustomerStatus } from './customer/customer.entity';

/** customers: the one shared customer database (客户信息收集). */
export const customersSubgraph = defineSubgraph({
  name: 'customers',
  database: customersDatabase,
  resolvers: [
    CustomerResolver,
    ServiceCaseResolver,
    ServiceCaseEventResolver,
    CustomerServiceCasesResolver,
    Customer360Resolver,
    AccountResolver,
    AccountTransactionResolver,
    InteractionResolver,
    CustomerNeedResolver,
    SatisfactionSurveyResolver,
    CustomerRelationshipResolver,
    CustomerMergeResolver,
    PiiResolver,
    CustomerExportResolver,
    CustomerImportResolver,
  ],
  // an entity the caller may not read answers null, like one outside their scope
  references: {
    Customer: customerReference,
    ServiceCase: serviceCaseReference,
  },
  // CSV imports (10 MB of CSV) arrive as a JSON string in the GraphQL body
  bodyLimit: '12mb',
  // escalation of service cases on SLA breach, every minute (CASE_ESCALATION_INTERVAL_MS)
  background: startCaseEscalation,
});
