import type { ResultOf } from '@graphql-typed-document-node/core';
import { closedSet } from '@crm/ui-kit';
import { graphql } from '../gql';
import type {
  CaseCategory,
  CaseSeverity,
  CaseStatus,
  CompanySize,
  ConsentChannel,
  IncomeBand,
  InteractionChannel,
  NeedCategory,
  NeedPriority,
  NeedStatus,
  TransactionCategory,
  TransactionChannel,
  Touchpoint,
} from '../gql/graphql';

// Every type here is generated from the supergraph (src/gql/, `pnpm codegen`) or derived from a
// document with ResultOf; the closed sets are the API's enums.
export type {
  AccountKind,
  AccountStatus,
  CaseCategory,
  CaseSeverity,
  CaseStatus,
  CompanySize,
  ConsentChannel,
  CustomerKind,
  IncomeBand,
  CustomerStatus,
  InteractionChannel,
  NeedCategory,
  NeedPriority,
  NeedStatus,
  PageInput,
  TransactionCategory,
  TransactionChannel,
  TransactionFilter,
  Touchpoint,
} from '../gql/graphql';

// the choices the forms and filters offer, in the order they show them; `closedSet` fails typecheck when one is missing
export const TRANSACTION_CHANNELS = closedSet<TransactionChannel>()(['COUNTER', 'ATM', 'MOBILE', 'ONLINE', 'POS']);
export const TRANSACTION_CATEGORIES = closedSet<TransactionCategory>()([
  'DEPOSIT',
  'WITHDRAWAL',
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'SALARY',
  'CARD_SPEND',
  'LOAN_DRAWDOWN',
  'LOAN_REPAYMENT',
  'INTEREST',
  'FEE',
  'COLLECTION_PAYMENT_AGENCY',
  'BILL_SETTLEMENT',
  'WEALTH_PURCHASE',
  'WEALTH_REDEMPTION',
]);
export const INTERACTION_CHANNELS = closedSet<InteractionChannel>()(['VISIT', 'PHONE', 'COUNTER', 'MOBILE', 'WECHAT', 'EMAIL', 'EVENT']);
export const NEED_CATEGORIES = closedSet<NeedCategory>()([
  'SAVINGS',
  'LOAN',
  'WEALTH',
  'INSURANCE',
  'CARD',
  'SETTLEMENT',
  'PAYROLL',
  'CONSULTING',
  'OTHER',
]);
export const NEED_PRIORITIES = closedSet<NeedPriority>()(['LOW', 'MEDIUM', 'HIGH']);
export const NEED_STATUSES = closedSet<NeedStatus>()(['OPEN', 'IN_PROGRESS', 'FULFILLED', 'DROPPED']);
export const CASE_CATEGORIES = closedSet<CaseCategory>()([
  'SERVICE_ATTITUDE',
  'WAIT_TIME',
  'FEES',
  'PRODUCT',
  'SYSTEM',
  'MIS_SELLING',
  'PRIVACY',
  'OTHER',
]);
export const CASE_SEVERITIES = closedSet<CaseSeverity>()(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']);
export const CASE_STATUSES = closedSet<CaseStatus>()(['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'CLOSED']);
export const TOUCHPOINTS = closedSet<Touchpoint>()(['COUNTER', 'MANAGER_VISIT', 'COMPLAINT_HANDLING', 'MOBILE']);
export const INCOME_BANDS = closedSet<IncomeBand>()(['LOW', 'LOWER_MIDDLE', 'MIDDLE', 'UPPER_MIDDLE', 'HIGH']);
export const COMPANY_SIZES = closedSet<CompanySize>()(['MICRO', 'SMALL', 'MEDIUM', 'LARGE']);
export const CONSENT_CHANNELS = closedSet<ConsentChannel>()(['COUNTER', 'MOBILE', 'ONLINE', 'PHONE', 'PAPER']);

export const CaseSummaryFields = graphql(`
  fragment OutletCaseSummary on ServiceCase {
    id
    caseNo
    category
    severity
    title
    status
    openedAt
    slaDueAt
    slaBreached
    escalationLevel
    version
    handlingOrgUnit {
      id
      name
      nameEn
    }
  }
`);
export type ServiceCaseSummary = ResultOf<typeof CaseSummaryFields>;

/** Everything of the 360 that does not page or filter, in one request. */
export const Customer360Query = graphql(`
  query OutletCustomer360($id: ID!) {
    customer(id: $id) {
      id
      customerNo
      kind
      name
      status
      gender
      idNumber
      phone
      address
      email
      birthDate
      occupation
      incomeBand
      industry
      legalRepresentative
      registeredCapital
      companySize
      marketingConsent {
        given
        at
        channel
      }
      homeOrgUnit {
        id
        name
        nameEn
      }
      createdAt
      version
      mergedInto {
        id
        customerNo
        name
      }
      balances {
        deposits
        loans
        wealth
        creditCardDebt
      }
      needs {
        id
        category
        description
        priority
        status
        capturedAt
        capturedBy {
          id
          name
          position
        }
        version
      }
      serviceCases(status: [OPEN, ACKNOWLEDGED]) {
        ...OutletCaseSummary
      }
      surveys(page: { page: 1, pageSize: 50 }) {
        total
        items {
          id
          touchpoint
          csat
          nps
          comment
          surveyedAt
        }
      }
      relationships {
        id
        kind
        direction
        note
        relatedName
        related {
          id
          customerNo
          name
        }
      }
      ...OutletCustomerTier
    }
  }
`);
export type Customer360 = NonNullable<ResultOf<typeof Customer360Query>['customer']>;
export type CustomerNeed = Customer360['needs'][number];
export type Survey = Customer360['surveys']['items'][number];
export type Relationship = Customer360['relationships'][number];

export const CustomerAccountsQuery = graphql(`
  query OutletCustomerAccounts($id: ID!, $includeClosed: Boolean!) {
    customer(id: $id) {
      id
      accounts(includeClosed: $includeClosed) {
        id
        accountNo
        kind
        currency
        balance
        creditLimit
        interestRate
        openedOn
        maturesOn
        closedOn
        status
      }
    }
  }
`);
export type Account = NonNullable<ResultOf<typeof CustomerAccountsQuery>['customer']>['accounts'][number];

export const CustomerTransactionsQuery = graphql(`
  query OutletCustomerTransactions($id: ID!, $filter: TransactionFilter, $page: PageInput) {
    customer(id: $id) {
      id
      transactions(filter: $filter, page: $page) {
        total
        page
        pageSize
        items {
          id
          bookedAt
          amount
          direction
          channel
          category
          counterparty
          description
          balanceAfter
          account {
            id
            accountNo
            kind
          }
        }
      }
    }
  }
`);
export type Transaction = NonNullable<ResultOf<typeof CustomerTransactionsQuery>['customer']>['transactions']['items'][number];

export const CustomerInteractionsQuery = graphql(`
  query OutletCustomerInteractions($id: ID!, $page: PageInput) {
    customer(id: $id) {
      id
      interactions(page: $page) {
        total
        items {
          id
          channel
          occurredAt
          summary
          outcome
          nextStep
          nextStepDue
          staff {
            id
            name
            position
          }
          orgUnit {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);
export type Interaction = NonNullable<ResultOf<typeof CustomerInteractionsQuery>['customer']>['interactions']['items'][number];

export const RevealPiiMutation = graphql(`
  mutation OutletRevealCustomerPii($customerId: ID!, $field: PiiField!, $purpose: PiiRevealPurpose!, $note: String) {
    revealCustomerPii(customerId: $customerId, field: $field, purpose: $purpose, note: $note) {
      customerId
      field
      value
    }
  }
`);
export type PiiReveal = ResultOf<typeof RevealPiiMutation>['revealCustomerPii'];

export const UpdateNeedStatusMutation = graphql(`
  mutation OutletUpdateNeedStatus($id: ID!, $version: Int!, $status: NeedStatus!) {
    updateNeedStatus(id: $id, version: $version, status: $status) {
      id
      status
      version
    }
  }
`);
