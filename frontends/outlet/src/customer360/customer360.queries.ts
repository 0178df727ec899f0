import { gql } from 'urql';
import type { OrgUnitName } from '../common/format';
import { CustomerTierFragment, type CustomerTierFields } from './tier.queries';

// Types follow /tmp/customers-contract.graphql (the customers subgraph's API for issue 3).
export type CustomerKind = 'INDIVIDUAL' | 'CORPORATE';
export type CustomerStatus = 'ACTIVE' | 'DORMANT' | 'CLOSED' | 'MERGED';
export type AccountKind = 'DEMAND_DEPOSIT' | 'TIME_DEPOSIT' | 'LOAN' | 'CREDIT_CARD' | 'WEALTH' | 'SETTLEMENT' | 'BASIC';
export type AccountStatus = 'OPEN' | 'FROZEN' | 'CLOSED';
export const TRANSACTION_CHANNELS = ['COUNTER', 'ATM', 'MOBILE', 'ONLINE', 'POS'] as const;
export type TransactionChannel = (typeof TRANSACTION_CHANNELS)[number];
export const TRANSACTION_CATEGORIES = [
  'DEPOSIT', 'WITHDRAWAL', 'TRANSFER_IN', 'TRANSFER_OUT', 'SALARY', 'CARD_SPEND', 'LOAN_DRAWDOWN', 'LOAN_REPAYMENT',
  'INTEREST', 'FEE', 'COLLECTION_PAYMENT_AGENCY', 'BILL_SETTLEMENT', 'WEALTH_PURCHASE', 'WEALTH_REDEMPTION',
] as const;
export type TransactionCategory = (typeof TRANSACTION_CATEGORIES)[number];
export const INTERACTION_CHANNELS = ['VISIT', 'PHONE', 'COUNTER', 'MOBILE', 'WECHAT', 'EMAIL', 'EVENT'] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];
export const NEED_CATEGORIES = ['SAVINGS', 'LOAN', 'WEALTH', 'INSURANCE', 'CARD', 'SETTLEMENT', 'PAYROLL', 'CONSULTING', 'OTHER'] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];
export const NEED_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type NeedPriority = (typeof NEED_PRIORITIES)[number];
export const NEED_STATUSES = ['OPEN', 'IN_PROGRESS', 'FULFILLED', 'DROPPED'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const CASE_CATEGORIES = ['SERVICE_ATTITUDE', 'WAIT_TIME', 'FEES', 'PRODUCT', 'SYSTEM', 'MIS_SELLING', 'PRIVACY', 'OTHER'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
export const CASE_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type CaseSeverity = (typeof CASE_SEVERITIES)[number];
export const CASE_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const TOUCHPOINTS = ['COUNTER', 'MANAGER_VISIT', 'COMPLAINT_HANDLING', 'MOBILE'] as const;
export type Touchpoint = (typeof TOUCHPOINTS)[number];
export const INCOME_BANDS = ['LOW', 'LOWER_MIDDLE', 'MIDDLE', 'UPPER_MIDDLE', 'HIGH'] as const;
export const COMPANY_SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export const CONSENT_CHANNELS = ['COUNTER', 'MOBILE', 'ONLINE', 'PHONE', 'PAPER'] as const;

export interface PageInput { page: number; pageSize: number }
export interface StaffRef { id: string; name: string; position: string }

export interface ServiceCaseSummary {
  id: string; caseNo: string; category: CaseCategory; severity: CaseSeverity; title: string; status: CaseStatus;
  openedAt: string; slaDueAt: string; slaBreached: boolean; escalationLevel: number; version: number;
  handlingOrgUnit: OrgUnitName;
}
export interface CustomerNeed { id: string; category: NeedCategory; description: string; priority: NeedPriority; status: NeedStatus; capturedAt: string; capturedBy: StaffRef; version: number }
export interface Survey { id: string; touchpoint: Touchpoint; csat: number | null; nps: number | null; comment: string | null; surveyedAt: string }
export interface Relationship {
  id: string; kind: string; direction: 'OUTGOING' | 'INCOMING'; note: string | null; relatedName: string;
  related: { id: string; customerNo: string; name: string } | null;
}
export interface Customer360 extends CustomerTierFields {
  id: string; customerNo: string; kind: CustomerKind; name: string; status: CustomerStatus; gender: string | null;
  idNumber: string; phone: string | null; address: string | null; email: string | null; birthDate: string | null;
  occupation: string | null; incomeBand: string | null; industry: string | null; legalRepresentative: string | null;
  registeredCapital: number | null; companySize: string | null;
  marketingConsent: { given: boolean; at: string | null; channel: string | null };
  homeOrgUnit: OrgUnitName; createdAt: string; version: number;
  mergedInto: { id: string; customerNo: string; name: string } | null;
  balances: { deposits: number; loans: number; wealth: number; creditCardDebt: number };
  needs: CustomerNeed[];
  serviceCases: ServiceCaseSummary[];
  surveys: { total: number; items: Survey[] };
  relationships: Relationship[];
}
export interface Customer360Data { customer: Customer360 | null }
export interface Customer360Vars { id: string }

export const CaseSummaryFields = gql`
  fragment OutletCaseSummary on ServiceCase {
    id caseNo category severity title status openedAt slaDueAt slaBreached escalationLevel version
    handlingOrgUnit { id name nameEn }
  }
`;

/** Everything of the 360 that does not page or filter, in one request. */
export const Customer360Query = gql`
  query OutletCustomer360($id: ID!) {
    customer(id: $id) {
      id customerNo kind name status gender idNumber phone address email birthDate
      occupation incomeBand industry legalRepresentative registeredCapital companySize
      marketingConsent { given at channel }
      homeOrgUnit { id name nameEn }
      createdAt version
      mergedInto { id customerNo name }
      balances { deposits loans wealth creditCardDebt }
      needs { id category description priority status capturedAt capturedBy { id name position } version }
      serviceCases(status: [OPEN, ACKNOWLEDGED]) { ...OutletCaseSummary }
      surveys(page: { page: 1, pageSize: 50 }) { total items { id touchpoint csat nps comment surveyedAt } }
      relationships { id kind direction note relatedName related { id customerNo name } }
      ...OutletCustomerTier
    }
  }
  ${CaseSummaryFields}
  ${CustomerTierFragment}
`;

export interface Account {
  id: string; accountNo: string; kind: AccountKind; currency: string; balance: number; creditLimit: number | null;
  interestRate: number | null; openedOn: string; maturesOn: string | null; closedOn: string | null; status: AccountStatus;
}
export interface AccountsData { customer: { id: string; accounts: Account[] } | null }
export interface AccountsVars { id: string; includeClosed: boolean }
export const CustomerAccountsQuery = gql`
  query OutletCustomerAccounts($id: ID!, $includeClosed: Boolean!) {
    customer(id: $id) {
      id
      accounts(includeClosed: $includeClosed) { id accountNo kind currency balance creditLimit interestRate openedOn maturesOn closedOn status }
    }
  }
`;

export interface TransactionFilter {
  from?: string; to?: string; channels?: TransactionChannel[]; categories?: TransactionCategory[]; minAmount?: number; maxAmount?: number;
}
export interface Transaction {
  id: string; bookedAt: string; amount: number; direction: 'CREDIT' | 'DEBIT'; channel: TransactionChannel; category: TransactionCategory;
  counterparty: string | null; description: string | null; balanceAfter: number | null;
  account: { id: string; accountNo: string; kind: AccountKind };
}
export interface TransactionsData { customer: { id: string; transactions: { items: Transaction[]; total: number; page: number; pageSize: number } } | null }
export interface TransactionsVars { id: string; filter: TransactionFilter; page: PageInput }
export const CustomerTransactionsQuery = gql`
  query OutletCustomerTransactions($id: ID!, $filter: TransactionFilter, $page: PageInput) {
    customer(id: $id) {
      id
      transactions(filter: $filter, page: $page) {
        total page pageSize
        items { id bookedAt amount direction channel category counterparty description balanceAfter account { id accountNo kind } }
      }
    }
  }
`;

export interface Interaction {
  id: string; channel: InteractionChannel; occurredAt: string; summary: string; outcome: string | null; nextStep: string | null; nextStepDue: string | null;
  staff: StaffRef; orgUnit: OrgUnitName;
}
export interface InteractionsData { customer: { id: string; interactions: { items: Interaction[]; total: number } } | null }
export interface InteractionsVars { id: string; page: PageInput }
export const CustomerInteractionsQuery = gql`
  query OutletCustomerInteractions($id: ID!, $page: PageInput) {
    customer(id: $id) {
      id
      interactions(page: $page) {
        total
        items { id channel occurredAt summary outcome nextStep nextStepDue staff { id name position } orgUnit { id name nameEn } }
      }
    }
  }
`;

export interface PiiReveal { customerId: string; idNumber: string; phone: string | null; address: string | null; email: string | null; birthDate: string | null }
export const RevealPiiMutation = gql`
  mutation OutletRevealCustomerPii($customerId: ID!, $purpose: String!, $fields: [PiiField!]) {
    revealCustomerPii(customerId: $customerId, purpose: $purpose, fields: $fields) { customerId idNumber phone address email birthDate }
  }
`;

export const UpdateNeedStatusMutation = gql`
  mutation OutletUpdateNeedStatus($id: ID!, $version: Int!, $status: NeedStatus!) {
    updateNeedStatus(id: $id, version: $version, status: $status) { id status version }
  }
`;
