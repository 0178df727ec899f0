import type { SubgraphDatabase } from '@crm/kit';
import { Customer } from './customer/customer.entity';
import { ServiceCase } from './service-case/service-case.entity';
import { ServiceCaseEvent } from './service-case/service-case-event.entity';
import { Account } from './account/account.entity';
import { AccountTransaction } from './account-transaction/account-transaction.entity';
import { Interaction } from './interaction/interaction.entity';
import { CustomerNeed } from './customer-need/customer-need.entity';
import { SatisfactionSurvey } from './satisfaction-survey/satisfaction-survey.entity';
import { CustomerRelationship } from './customer-relationship/customer-relationship.entity';
import { ImportJob } from './customer-import/customer-import-job.entity';
import { CustomerExportJob } from './customer-export/customer-export-job.entity';
import { Customer0001 } from './migrations/0001-customer.migration';
import { CustomerInformation0002 } from './migrations/0002-customer-information.migration';
import { CustomerNumber0003 } from './migrations/0003-customer-number.migration';
import { PiiConfirmations0004 } from './migrations/0004-pii-confirmations.migration';
import { CustomerExportJob0005 } from './migrations/0005-customer-export-job.migration';
import { QueueOrderPhoneTail0006 } from './migrations/0006-queue-order-phone-tail.migration';
import { PiiRevealPurpose0007 } from './migrations/0007-pii-reveal-purpose.migration';
import { CustomerListFigures0008 } from './migrations/0008-customer-list-figures.migration';
import { PublishedInteraction0009 } from './migrations/0009-published-interaction.migration';

export const customersDatabase: SubgraphDatabase = {
  schema: 'customers',
  entities: [
    Customer,
    ServiceCase,
    ServiceCaseEvent,
    Account,
    AccountTransaction,
    Interaction,
    CustomerNeed,
    SatisfactionSurvey,
    CustomerRelationship,
    ImportJob,
    CustomerExportJob,
  ],
  migrations: [
    { name: '0001-customer', class: Customer0001 },
    { name: '0002-customer-information', class: CustomerInformation0002 },
    { name: '0003-customer-number', class: CustomerNumber0003 },
    { name: '0004-pii-confirmations', class: PiiConfirmations0004 },
    { name: '0005-customer-export-job', class: CustomerExportJob0005 },
    { name: '0006-queue-order-phone-tail', class: QueueOrderPhoneTail0006 },
    { name: '0007-pii-reveal-purpose', class: PiiRevealPurpose0007 },
    { name: '0008-customer-list-figures', class: CustomerListFigures0008 },
    { name: '0009-published-interaction', class: PublishedInteraction0009 },
  ],
};
