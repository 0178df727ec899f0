/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** DEMAND_DEPOSIT 活期 · TIME_DEPOSIT 定期 · LOAN 贷款 · CREDIT_CARD 信用卡 · WEALTH 理财 · SETTLEMENT 结算账户 · BASIC 基本账户 */
export type AccountKind =
  | 'BASIC'
  | 'CREDIT_CARD'
  | 'DEMAND_DEPOSIT'
  | 'LOAN'
  | 'SETTLEMENT'
  | 'TIME_DEPOSIT'
  | 'WEALTH';

export type AccountStatus =
  | 'CLOSED'
  | 'FROZEN'
  | 'OPEN';

/** Why a customer has this manager */
export type AssignmentReason =
  /** 客户迁移: the customer moved to another outlet */
  | 'CUSTOMER_MOVED'
  /** 客户要求: the customer asked for another manager */
  | 'CUSTOMER_REQUEST'
  /** 首次分配: the customer’s first manager */
  | 'INITIAL'
  /** 客户经理离岗: the manager left, retired, changed post or is on long leave */
  | 'MANAGER_LEFT'
  /** 均衡分配: workloads evened out between managers */
  | 'REBALANCE'
  /** 服务质量: after a complaint or bad service */
  | 'SERVICE_QUALITY'
  /** 层级变化: the customer’s tier now calls for a (full-time) specialist */
  | 'TIER_CHANGE';

export type CaptureNeedInput = {
  category: NeedCategory;
  customerId: string;
  description: string;
  /** Default MEDIUM */
  priority?: NeedPriority | null | undefined;
};

export type CaseAction =
  | 'ACKNOWLEDGED'
  | 'CLOSED'
  | 'ESCALATED'
  | 'OPENED'
  | 'RESOLVED';

/** 服务态度 · 等候时间 · 收费 · 产品 · 系统 · 误导销售 · 隐私 · 其他 */
export type CaseCategory =
  | 'FEES'
  | 'MIS_SELLING'
  | 'OTHER'
  | 'PRIVACY'
  | 'PRODUCT'
  | 'SERVICE_ATTITUDE'
  | 'SYSTEM'
  | 'WAIT_TIME';

/** SLA: CRITICAL 4 h, HIGH 24 h, MEDIUM 72 h, LOW 168 h */
export type CaseSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** OPEN → ACKNOWLEDGED → RESOLVED → CLOSED */
export type CaseStatus =
  | 'ACKNOWLEDGED'
  | 'CLOSED'
  | 'OPEN'
  | 'RESOLVED';

/** why a customer is at risk of leaving */
export type ChurnReasonCode =
  /** 投诉且满意度低: a complaint and a survey with CSAT ≤ 2, both in the last 90 days */
  | 'COMPLAINT_LOW_CSAT'
  /** 存款下降: month-end deposits of the last month below 70 % of those 6 months earlier (which were at least 1,000 CNY) */
  | 'DEPOSITS_DOWN'
  /** 90天无交易: holds a product but no own transaction for more than 90 days (or none in 12 months) */
  | 'INACTIVE_90D'
  /** 产品减少: fewer account kinds held than 6 months before */
  | 'PRODUCTS_DROPPED';

export type CompanySize =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type ConsentChannel =
  | 'COUNTER'
  | 'MOBILE'
  | 'ONLINE'
  | 'PAPER'
  | 'PHONE';

/** A new customer. idNumber: resident ID (GB 11643) for INDIVIDUAL, unified social credit code (GB 32100) for CORPORATE */
export type CreateCustomerInput = {
  address?: string | null | undefined;
  /** YYYY-MM-DD; must agree with the ID number (taken from it when omitted) */
  birthDate?: string | null | undefined;
  companySize?: CompanySize | null | undefined;
  /** Required when marketingConsent is true */
  consentChannel?: ConsentChannel | null | undefined;
  email?: string | null | undefined;
  /** M or F; must agree with the ID number (taken from it when omitted) */
  gender?: string | null | undefined;
  /** Default: the caller's unit; otherwise a unit within the caller's scope */
  homeOrgUnitId?: string | null | undefined;
  idNumber: string;
  incomeBand?: IncomeBand | null | undefined;
  industry?: string | null | undefined;
  kind: CustomerKind;
  legalRepresentative?: string | null | undefined;
  marketingConsent?: boolean | null | undefined;
  name: string;
  occupation?: string | null | undefined;
  phone?: string | null | undefined;
  registeredCapital?: number | null | undefined;
};

/** All parts are optional and combine with AND; your data scope always applies */
export type CustomerFilter = {
  /** AUM at most this many yuan (0 to 9999999999999998, not below aumMin) */
  aumMax?: number | null | undefined;
  /** AUM at least this many yuan (0 to 9999999999999998) */
  aumMin?: number | null | undefined;
  /** Only customers whose home unit is this one */
  homeOrgUnitId?: string | null | undefined;
  kind?: CustomerKind | null | undefined;
  /** Only customers whose primary customer manager is one of these (CustomerManager ids, at most 50); your data scope still applies */
  managerIds?: Array<string> | null | undefined;
  /** Not contacted for at least this many days (3650 at most): no interaction since that many days before today (Beijing calendar), never contacted included */
  notContactedForDays?: number | null | undefined;
  /** Customer number, ID number, phone (the whole number, its last four digits, or the masked form the list shows: 138****5678) or part of the name */
  search?: string | null | undefined;
  status?: CustomerStatus | null | undefined;
  /** Only customers in one of these tiers, as the bank stands now (analysis_api.customer_tier: the latest scored date, the active policy); a customer not tiered matches none */
  tiers?: Array<Tier> | null | undefined;
  /** true: only customers with no primary customer manager; false: only those with one. true cannot be combined with managerIds */
  unassigned?: boolean | null | undefined;
};

/** INDIVIDUAL 个人(储户) · CORPORATE 企业客户 */
export type CustomerKind =
  | 'CORPORATE'
  | 'INDIVIDUAL';

/** Sort keys of the customer list; ties broken by id in the same direction */
export type CustomerSort =
  /** assets under management (deposits and wealth, CNY) */
  | 'AUM'
  /** latest interaction (DESC: most recent first); never contacted counts as longest ago */
  | 'LAST_CONTACT'
  /** name in pinyin order (zh collation) */
  | 'NAME'
  /** registration order (DESC: newest first) */
  | 'NEWEST'
  /** ACTIVE, DORMANT, CLOSED, MERGED (ASC in that order) */
  | 'STATUS'
  /** tier rank within the active scheme (DESC: VIP/GOLD first); customers not tiered count as lowest */
  | 'TIER'
  /** home unit by its code */
  | 'UNIT';

/** MERGED: a duplicate folded into another record (see mergedInto) */
export type CustomerStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DORMANT'
  | 'MERGED';

export type IncomeBand =
  | 'HIGH'
  | 'LOW'
  | 'LOWER_MIDDLE'
  | 'MIDDLE'
  | 'UPPER_MIDDLE';

export type InteractionChannel =
  | 'COUNTER'
  | 'EMAIL'
  | 'EVENT'
  | 'MOBILE'
  | 'PHONE'
  | 'VISIT'
  | 'WECHAT';

/** 专职 full-time · 兼职 part-time */
export type ManagerEmployment =
  | 'FULL_TIME'
  | 'PART_TIME';

/** Career grade: 见习 · 初级 · 中级 · 高级 · 资深 */
export type ManagerGrade =
  | 'INTERMEDIATE'
  | 'JUNIOR'
  | 'PRINCIPAL'
  | 'SENIOR'
  | 'TRAINEE';

export type NeedCategory =
  | 'CARD'
  | 'CONSULTING'
  | 'INSURANCE'
  | 'LOAN'
  | 'OTHER'
  | 'PAYROLL'
  | 'SAVINGS'
  | 'SETTLEMENT'
  | 'WEALTH';

export type NeedPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type NeedStatus =
  | 'DROPPED'
  | 'FULFILLED'
  | 'IN_PROGRESS'
  | 'OPEN';

/** A complaint or bad-service report about a customer in your scope */
export type OpenServiceCaseInput = {
  category: CaseCategory;
  customerId: string;
  description: string;
  /** sets the SLA: CRITICAL 4 h, HIGH 24 h, MEDIUM 72 h, LOW 168 h */
  severity: CaseSeverity;
  title: string;
};

/** Page of a list; pageSize at most 100 */
export type PageInput = {
  page?: number;
  pageSize?: number;
};

/** Personal data that is masked unless revealed (PIPL) */
export type PiiField =
  | 'ACCOUNT_NUMBERS'
  | 'ADDRESS'
  | 'BIRTH_DATE'
  | 'EMAIL'
  | 'ID_NUMBER'
  | 'PHONE';

/** The bank-defined purposes for revealing personal data (recorded with each reveal) */
export type PiiRevealPurpose =
  /** 办理业务核实身份 — verifying identity while serving the customer */
  | 'ACCOUNT_SERVICE'
  /** 投诉处理 — handling a complaint */
  | 'COMPLAINT_HANDLING'
  /** 客户本人要求 — the customer asks for their own data */
  | 'CUSTOMER_REQUEST'
  /** 司法/监管查询 — a court, police or regulator request */
  | 'LEGAL_REQUEST'
  /** 风险审查 — AML, fraud or credit review */
  | 'RISK_REVIEW';

export type RecordInteractionInput = {
  channel: InteractionChannel;
  customerId: string;
  nextStep?: string | null | undefined;
  /** YYYY-MM-DD, not before the day of the contact */
  nextStepDue?: string | null | undefined;
  /** Default: now; not in the future */
  occurredAt?: string | null | undefined;
  outcome?: string | null | undefined;
  summary: string;
};

/** csat and/or nps — at least one */
export type RecordSurveyInput = {
  comment?: string | null | undefined;
  /** 1–5 */
  csat?: number | null | undefined;
  customerId: string;
  /** 0–10 */
  nps?: number | null | undefined;
  /** The case this survey follows up; must be this customer’s */
  serviceCaseId?: string | null | undefined;
  /** Default: now; not in the future */
  surveyedAt?: string | null | undefined;
  touchpoint: Touchpoint;
};

/** OUTGOING: this customer is the "from" side (e.g. GUARANTOR_FOR the related one) */
export type RelationshipDirection =
  | 'INCOMING'
  | 'OUTGOING';

/** Read from → to: A PARENT_OF B, A EXECUTIVE_OF company B, A GUARANTOR_FOR B. HOUSEHOLD, SPOUSE and GROUP_AFFILIATE read the same both ways */
export type RelationshipKind =
  | 'EXECUTIVE_OF'
  | 'GROUP_AFFILIATE'
  | 'GUARANTOR_FOR'
  | 'HOUSEHOLD'
  | 'LEGAL_REPRESENTATIVE_OF'
  | 'PARENT_COMPANY_OF'
  | 'PARENT_OF'
  | 'SPOUSE';

/** All parts optional; the queue always holds only cases handled within your scope */
export type ServiceCaseQueueFilter = {
  /** only open cases past their SLA due time */
  breachedOnly?: boolean | null | undefined;
  severity?: Array<CaseSeverity> | null | undefined;
  /** default: the open ones (OPEN, ACKNOWLEDGED) */
  status?: Array<CaseStatus> | null | undefined;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Tier =
  /** 基本客户 */
  | 'BASIC'
  /** 关键客户 */
  | 'CRITICAL'
  /** 淘汰客户 */
  | 'ELIMINATED'
  /** 一般客户 */
  | 'GENERAL'
  /** 黄金客户 */
  | 'GOLD'
  /** 重点客户 */
  | 'KEY'
  /** 优质客户 */
  | 'QUALITY'
  /** 限制客户 */
  | 'RESTRICTED'
  /** 价值客户 */
  | 'VALUE'
  /** 贵宾客户 */
  | 'VIP';

/** value pyramid (价值金字塔) or quality ladder (质量阶梯) */
export type TierScheme =
  | 'QUALITY_LADDER'
  | 'VALUE_PYRAMID';

/** Where the customer met the bank: counter, manager visit, complaint handling, mobile */
export type Touchpoint =
  | 'COMPLAINT_HANDLING'
  | 'COUNTER'
  | 'MANAGER_VISIT'
  | 'MOBILE';

/** COLLECTION_PAYMENT_AGENCY 代收代付 · BILL_SETTLEMENT 票据解付 · the rest as named */
export type TransactionCategory =
  | 'BILL_SETTLEMENT'
  | 'CARD_SPEND'
  | 'COLLECTION_PAYMENT_AGENCY'
  | 'DEPOSIT'
  | 'FEE'
  | 'INTEREST'
  | 'LOAN_DRAWDOWN'
  | 'LOAN_REPAYMENT'
  | 'SALARY'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT'
  | 'WEALTH_PURCHASE'
  | 'WEALTH_REDEMPTION'
  | 'WITHDRAWAL';

export type TransactionChannel =
  | 'ATM'
  | 'COUNTER'
  | 'MOBILE'
  | 'ONLINE'
  | 'POS';

/** CREDIT money in · DEBIT money out */
export type TransactionDirection =
  | 'CREDIT'
  | 'DEBIT';

/** All parts optional, combined with AND; an empty list means "any" */
export type TransactionFilter = {
  /** One of this customer’s accounts (another account gives an empty page) */
  accountId?: string | null | undefined;
  categories?: Array<TransactionCategory> | null | undefined;
  channels?: Array<TransactionChannel> | null | undefined;
  /** Booked at or after */
  from?: string | null | undefined;
  maxAmount?: number | null | undefined;
  minAmount?: number | null | undefined;
  /** Booked at or before */
  to?: string | null | undefined;
};

export type OutletCaseQueueQueryVariables = Exact<{
  filter?: ServiceCaseQueueFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type OutletCaseQueueQuery = { serviceCaseQueue: { total: number, page: number, pageSize: number, items: Array<{ description: string, rootCause: string | null, resolution: string | null, id: string, caseNo: string, category: CaseCategory, severity: CaseSeverity, title: string, status: CaseStatus, openedAt: string, slaDueAt: string, slaBreached: boolean, escalationLevel: number, version: number, customer: { id: string, customerNo: string, name: string }, handlingOrgUnit: { id: string, name: string, nameEn: string | null } }> } };

export type OutletCaseActionResultFragment = { id: string, status: CaseStatus, version: number, slaDueAt: string, slaBreached: boolean, escalationLevel: number, rootCause: string | null, resolution: string | null, handlingOrgUnit: { id: string, name: string, nameEn: string | null } };

export type OutletAcknowledgeCaseMutationVariables = Exact<{
  id: string;
  version: number;
  note?: string | null | undefined;
}>;


export type OutletAcknowledgeCaseMutation = { acknowledgeServiceCase: { id: string, status: CaseStatus, version: number, slaDueAt: string, slaBreached: boolean, escalationLevel: number, rootCause: string | null, resolution: string | null, handlingOrgUnit: { id: string, name: string, nameEn: string | null } } };

export type OutletEscalateCaseMutationVariables = Exact<{
  id: string;
  version: number;
  reason: string;
}>;


export type OutletEscalateCaseMutation = { escalateServiceCase: { id: string, status: CaseStatus, version: number, slaDueAt: string, slaBreached: boolean, escalationLevel: number, rootCause: string | null, resolution: string | null, handlingOrgUnit: { id: string, name: string, nameEn: string | null } } };

export type OutletResolveCaseMutationVariables = Exact<{
  id: string;
  version: number;
  rootCause: string;
  resolution: string;
}>;


export type OutletResolveCaseMutation = { resolveServiceCase: { id: string, status: CaseStatus, version: number, slaDueAt: string, slaBreached: boolean, escalationLevel: number, rootCause: string | null, resolution: string | null, handlingOrgUnit: { id: string, name: string, nameEn: string | null } } };

export type OutletCloseCaseMutationVariables = Exact<{
  id: string;
  version: number;
  note?: string | null | undefined;
}>;


export type OutletCloseCaseMutation = { closeServiceCase: { id: string, status: CaseStatus, version: number, slaDueAt: string, slaBreached: boolean, escalationLevel: number, rootCause: string | null, resolution: string | null, handlingOrgUnit: { id: string, name: string, nameEn: string | null } } };

export type OutletCaseDetailQueryVariables = Exact<{
  id: string;
}>;


export type OutletCaseDetailQuery = { serviceCase: { description: string, rootCause: string | null, resolution: string | null, resolvedAt: string | null, closedAt: string | null, id: string, caseNo: string, category: CaseCategory, severity: CaseSeverity, title: string, status: CaseStatus, openedAt: string, slaDueAt: string, slaBreached: boolean, escalationLevel: number, version: number, customer: { id: string, customerNo: string, name: string }, events: Array<{ id: string, at: string, action: CaseAction, fromStatus: CaseStatus | null, toStatus: CaseStatus, note: string | null, toOrgUnit: { id: string, name: string, nameEn: string | null } }>, handlingOrgUnit: { id: string, name: string, nameEn: string | null } } | null };

export type OutletCaseSummaryFragment = { id: string, caseNo: string, category: CaseCategory, severity: CaseSeverity, title: string, status: CaseStatus, openedAt: string, slaDueAt: string, slaBreached: boolean, escalationLevel: number, version: number, handlingOrgUnit: { id: string, name: string, nameEn: string | null } };

export type OutletCustomer360QueryVariables = Exact<{
  id: string;
}>;


export type OutletCustomer360Query = { customer: { id: string, customerNo: string, kind: CustomerKind, name: string, status: CustomerStatus, gender: string | null, idNumber: string, phone: string | null, address: string | null, email: string | null, birthDate: string | null, occupation: string | null, incomeBand: IncomeBand | null, industry: string | null, legalRepresentative: string | null, registeredCapital: number | null, companySize: CompanySize | null, createdAt: string, version: number, tier: Tier | null, marketingConsent: { given: boolean, at: string | null, channel: ConsentChannel | null }, homeOrgUnit: { id: string, name: string, nameEn: string | null }, mergedInto: { id: string, customerNo: string, name: string } | null, balances: { deposits: number, loans: number, wealth: number, creditCardDebt: number }, needs: Array<{ id: string, category: NeedCategory, description: string, priority: NeedPriority, status: NeedStatus, capturedAt: string, version: number, capturedBy: { id: string, name: string, position: string } }>, serviceCases: Array<{ id: string, caseNo: string, category: CaseCategory, severity: CaseSeverity, title: string, status: CaseStatus, openedAt: string, slaDueAt: string, slaBreached: boolean, escalationLevel: number, version: number, handlingOrgUnit: { id: string, name: string, nameEn: string | null } }>, surveys: { total: number, items: Array<{ id: string, touchpoint: Touchpoint, csat: number | null, nps: number | null, comment: string | null, surveyedAt: string }> }, relationships: Array<{ id: string, kind: RelationshipKind, direction: RelationshipDirection, note: string | null, relatedName: string, related: { id: string, customerNo: string, name: string } | null }>, score: { customerId: string, asOf: string, computedAt: string, tier: Tier | null, recencyDays: number | null, frequency12m: number, monetary12m: number, churnRisk: boolean, value: { depositBalance: number, wealthBalance: number, loanBalance: number, dailyAvgAssets: number, weightedAssets: number, score: number }, contribution: { depositMargin: number, loanMargin: number, feeIncome: number, intermediaryIncome: number, costAllowance: number, total: number, score: number }, loyalty: { tenureYears: number, activeMonths: number, productsHeld: number, score: number }, satisfaction: { avgCsat: number | null, avgNps: number | null, complaints12m: number, measured: boolean, score: number | null }, relevance: { productFamilies: number, relationships: number, score: number }, channelMix: Array<{ channel: TransactionChannel, share: number }>, trend: Array<{ month: string, deposits: number, loans: number }>, churnReasons: Array<{ code: ChurnReasonCode, percent: number | null, from: number | null, to: number | null, days: number | null, complaints: number | null, csat: number | null }>, evidence: { inputs: unknown, rule: { tier: Tier, condition: unknown }, policy: { id: string, scheme: TierScheme, policyVersion: number, name: string, nameEn: string | null, effectiveFrom: string } } | null } | null } | null };

export type OutletCustomerAccountsQueryVariables = Exact<{
  id: string;
  includeClosed: boolean;
}>;


export type OutletCustomerAccountsQuery = { customer: { id: string, accounts: Array<{ id: string, accountNo: string, kind: AccountKind, currency: string, balance: number, creditLimit: number | null, interestRate: number | null, openedOn: string, maturesOn: string | null, closedOn: string | null, status: AccountStatus }> } | null };

export type OutletCustomerTransactionsQueryVariables = Exact<{
  id: string;
  filter?: TransactionFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type OutletCustomerTransactionsQuery = { customer: { id: string, transactions: { total: number, page: number, pageSize: number, items: Array<{ id: string, bookedAt: string, amount: number, direction: TransactionDirection, channel: TransactionChannel, category: TransactionCategory, counterparty: string | null, description: string | null, balanceAfter: number | null, account: { id: string, accountNo: string, kind: AccountKind } }> } } | null };

export type OutletCustomerInteractionsQueryVariables = Exact<{
  id: string;
  page?: PageInput | null | undefined;
}>;


export type OutletCustomerInteractionsQuery = { customer: { id: string, interactions: { total: number, items: Array<{ id: string, channel: InteractionChannel, occurredAt: string, summary: string, outcome: string | null, nextStep: string | null, nextStepDue: string | null, staff: { id: string, name: string, position: string }, orgUnit: { id: string, name: string, nameEn: string | null } }> } } | null };

export type OutletRevealCustomerPiiMutationVariables = Exact<{
  customerId: string;
  field: PiiField;
  purpose: PiiRevealPurpose;
  note?: string | null | undefined;
}>;


export type OutletRevealCustomerPiiMutation = { revealCustomerPii: { customerId: string, field: PiiField, value: string | null } };

export type OutletUpdateNeedStatusMutationVariables = Exact<{
  id: string;
  version: number;
  status: NeedStatus;
}>;


export type OutletUpdateNeedStatusMutation = { updateNeedStatus: { id: string, status: NeedStatus, version: number } };

export type OutletCustomerManagerQueryVariables = Exact<{
  id: string;
  withHistory: boolean;
}>;


export type OutletCustomerManagerQuery = { customer: { id: string, manager: { id: string, grade: ManagerGrade, employment: ManagerEmployment, staff: { id: string, name: string, position: string }, orgUnit: { id: string, name: string, nameEn: string | null } } | null, managerHistory: Array<{ id: string, startedAt: string, endedAt: string | null, reason?: AssignmentReason, handoverNote?: string | null, manager?: { id: string, employment: ManagerEmployment, staff: { id: string, name: string }, orgUnit: { id: string, name: string, nameEn: string | null } }, assignedBy?: { id: string, name: string } | null, approvedBy?: { id: string, name: string } | null }> } | null };

export type OutletCustomerTierFragment = { tier: Tier | null, score: { customerId: string, asOf: string, computedAt: string, tier: Tier | null, recencyDays: number | null, frequency12m: number, monetary12m: number, churnRisk: boolean, value: { depositBalance: number, wealthBalance: number, loanBalance: number, dailyAvgAssets: number, weightedAssets: number, score: number }, contribution: { depositMargin: number, loanMargin: number, feeIncome: number, intermediaryIncome: number, costAllowance: number, total: number, score: number }, loyalty: { tenureYears: number, activeMonths: number, productsHeld: number, score: number }, satisfaction: { avgCsat: number | null, avgNps: number | null, complaints12m: number, measured: boolean, score: number | null }, relevance: { productFamilies: number, relationships: number, score: number }, channelMix: Array<{ channel: TransactionChannel, share: number }>, trend: Array<{ month: string, deposits: number, loans: number }>, churnReasons: Array<{ code: ChurnReasonCode, percent: number | null, from: number | null, to: number | null, days: number | null, complaints: number | null, csat: number | null }>, evidence: { inputs: unknown, rule: { tier: Tier, condition: unknown }, policy: { id: string, scheme: TierScheme, policyVersion: number, name: string, nameEn: string | null, effectiveFrom: string } } | null } | null };

export type OutletCustomerListQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: CustomerSort | null | undefined;
  direction?: SortDirection | null | undefined;
}>;


export type OutletCustomerListQuery = { customers: { total: number, page: number, pageSize: number, items: Array<{ id: string, customerNo: string, kind: CustomerKind, name: string, idNumber: string, phone: string | null, status: CustomerStatus, tier: Tier | null, aum: number, lastContactAt: string | null, homeOrgUnit: { id: string, name: string, nameEn: string | null }, manager: { id: string, employment: ManagerEmployment, staff: { id: string, name: string } } | null }> } };

export type OutletCustomerCountsQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
}>;


export type OutletCustomerCountsQuery = { customerCounts: { total: number, individual: number, corporate: number, active: number, dormant: number, closed: number } };

export type OutletListUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type OutletListUnitsQuery = { myOrgUnit: { id: string, name: string, nameEn: string | null }, orgUnits: Array<{ id: string, name: string, nameEn: string | null }> };

export type OutletListManagersQueryVariables = Exact<{ [key: string]: never; }>;


export type OutletListManagersQuery = { customerManagers: { total: number, items: Array<{ id: string, employment: ManagerEmployment, staff: { id: string, name: string }, orgUnit: { id: string, name: string, nameEn: string | null } }> } };

export type OutletCreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type OutletCreateCustomerMutation = { createCustomer: { id: string, customerNo: string, name: string } };

export type OutletRecordInteractionMutationVariables = Exact<{
  input: RecordInteractionInput;
}>;


export type OutletRecordInteractionMutation = { recordInteraction: { id: string } };

export type OutletCaptureNeedMutationVariables = Exact<{
  input: CaptureNeedInput;
}>;


export type OutletCaptureNeedMutation = { captureNeed: { id: string } };

export type OutletOpenServiceCaseMutationVariables = Exact<{
  input: OpenServiceCaseInput;
}>;


export type OutletOpenServiceCaseMutation = { openServiceCase: { id: string, caseNo: string } };

export type OutletRecordSurveyMutationVariables = Exact<{
  input: RecordSurveyInput;
}>;


export type OutletRecordSurveyMutation = { recordSurvey: { id: string } };

export const OutletCaseActionResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OutletCaseActionResultFragment, unknown>;
export const OutletCaseSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OutletCaseSummaryFragment, unknown>;
export const OutletCustomerTierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCustomerTier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositBalance"}},{"kind":"Field","name":{"kind":"Name","value":"wealthBalance"}},{"kind":"Field","name":{"kind":"Name","value":"loanBalance"}},{"kind":"Field","name":{"kind":"Name","value":"dailyAvgAssets"}},{"kind":"Field","name":{"kind":"Name","value":"weightedAssets"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositMargin"}},{"kind":"Field","name":{"kind":"Name","value":"loanMargin"}},{"kind":"Field","name":{"kind":"Name","value":"feeIncome"}},{"kind":"Field","name":{"kind":"Name","value":"intermediaryIncome"}},{"kind":"Field","name":{"kind":"Name","value":"costAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loyalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenureYears"}},{"kind":"Field","name":{"kind":"Name","value":"activeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"productsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avgCsat"}},{"kind":"Field","name":{"kind":"Name","value":"avgNps"}},{"kind":"Field","name":{"kind":"Name","value":"complaints12m"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"frequency12m"}},{"kind":"Field","name":{"kind":"Name","value":"monetary12m"}},{"kind":"Field","name":{"kind":"Name","value":"channelMix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"deposits"}},{"kind":"Field","name":{"kind":"Name","value":"loans"}}]}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"}},{"kind":"Field","name":{"kind":"Name","value":"churnReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutletCustomerTierFragment, unknown>;
export const OutletCaseQueueDocument = {"__meta__":{"hash":"sha256:00f16e5f7e549f7bc3c4cbd0b5fa51a167bbc2800bbab218eeb5c003e1045e4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletCaseQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCaseQueueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCaseQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutletCaseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OutletCaseQueueQuery, OutletCaseQueueQueryVariables>;
export const OutletAcknowledgeCaseDocument = {"__meta__":{"hash":"sha256:6761d798528ca5f706c29fde7243aeaede3fd5f1a1e4966e4757fa59ac97d997"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletAcknowledgeCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeServiceCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutletCaseActionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OutletAcknowledgeCaseMutation, OutletAcknowledgeCaseMutationVariables>;
export const OutletEscalateCaseDocument = {"__meta__":{"hash":"sha256:871a654327a1545ae4aff33414e2914b36f52ecdc598e3e3372c50d55a67339e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletEscalateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateServiceCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutletCaseActionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OutletEscalateCaseMutation, OutletEscalateCaseMutationVariables>;
export const OutletResolveCaseDocument = {"__meta__":{"hash":"sha256:685cc287a7643017dcb08770000c194e0a60acdb01df7cea8e7e2435d4ca347f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletResolveCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootCause"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveServiceCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootCause"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootCause"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutletCaseActionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OutletResolveCaseMutation, OutletResolveCaseMutationVariables>;
export const OutletCloseCaseDocument = {"__meta__":{"hash":"sha256:0d5aa3cbbac14943fae6c3ea917fe1f9cf1c87cc804c969650a26f833b7597f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletCloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeServiceCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutletCaseActionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OutletCloseCaseMutation, OutletCloseCaseMutationVariables>;
export const OutletCaseDetailDocument = {"__meta__":{"hash":"sha256:fcfcad152662179f7d4d64c0332986c99f702793f047be2fac64d3c090e9433c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletCaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutletCaseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"toOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OutletCaseDetailQuery, OutletCaseDetailQueryVariables>;
export const OutletCustomer360Document = {"__meta__":{"hash":"sha256:7986c6b5e95651e6bc159444746c5e0c3c22b50543bb4fe2101bf8893b3b2dc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletCustomer360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"incomeBand"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"companySize"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deposits"}},{"kind":"Field","name":{"kind":"Name","value":"loans"}},{"kind":"Field","name":{"kind":"Name","value":"wealth"}},{"kind":"Field","name":{"kind":"Name","value":"creditCardDebt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"ACKNOWLEDGED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutletCaseSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"50"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"surveyedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"relatedName"}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutletCustomerTier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutletCustomerTier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositBalance"}},{"kind":"Field","name":{"kind":"Name","value":"wealthBalance"}},{"kind":"Field","name":{"kind":"Name","value":"loanBalance"}},{"kind":"Field","name":{"kind":"Name","value":"dailyAvgAssets"}},{"kind":"Field","name":{"kind":"Name","value":"weightedAssets"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositMargin"}},{"kind":"Field","name":{"kind":"Name","value":"loanMargin"}},{"kind":"Field","name":{"kind":"Name","value":"feeIncome"}},{"kind":"Field","name":{"kind":"Name","value":"intermediaryIncome"}},{"kind":"Field","name":{"kind":"Name","value":"costAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loyalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenureYears"}},{"kind":"Field","name":{"kind":"Name","value":"activeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"productsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avgCsat"}},{"kind":"Field","name":{"kind":"Name","value":"avgNps"}},{"kind":"Field","name":{"kind":"Name","value":"complaints12m"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"frequency12m"}},{"kind":"Field","name":{"kind":"Name","value":"monetary12m"}},{"kind":"Field","name":{"kind":"Name","value":"channelMix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"deposits"}},{"kind":"Field","name":{"kind":"Name","value":"loans"}}]}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"}},{"kind":"Field","name":{"kind":"Name","value":"churnReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutletCustomer360Query, OutletCustomer360QueryVariables>;
export const OutletCustomerAccountsDocument = {"__meta__":{"hash":"sha256:61e421db4c84af47eb44dbc87bc3d3d87503b4f645b0f2d23ca39f02ec7c1ece"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletCustomerAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"interestRate"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"maturesOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OutletCustomerAccountsQuery, OutletCustomerAccountsQueryVariables>;
export const OutletCustomerTransactionsDocument = {"__meta__":{"hash":"sha256:11b9188122fc50b11ac9657ac8b66082849c45a99f8b6537c241c066c6052ee4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletCustomerTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutletCustomerTransactionsQuery, OutletCustomerTransactionsQueryVariables>;
export const OutletCustomerInteractionsDocument = {"__meta__":{"hash":"sha256:a22e129c2b2aab2a0435dc6841225f895e4ee183d6ad80eec6831a5a89bc06df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletCustomerInteractions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepDue"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutletCustomerInteractionsQuery, OutletCustomerInteractionsQueryVariables>;
export const OutletRevealCustomerPiiDocument = {"__meta__":{"hash":"sha256:3d6f0c1775565d3865bbac0ffbb908b2a391a874da786fc44ead6f8aea585829"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletRevealCustomerPii"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PiiField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PiiRevealPurpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealCustomerPii"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<OutletRevealCustomerPiiMutation, OutletRevealCustomerPiiMutationVariables>;
export const OutletUpdateNeedStatusDocument = {"__meta__":{"hash":"sha256:55e95bb76fc4309489ee81e5914b0dd732d1e66eb42db7d2ee0403602d836542"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletUpdateNeedStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNeedStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OutletUpdateNeedStatusMutation, OutletUpdateNeedStatusMutationVariables>;
export const OutletCustomerManagerDocument = {"__meta__":{"hash":"sha256:2243f8f55c162035b6889e4aace62864e05d6932247894516b219d9fe38105bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletCustomerManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withHistory"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"managerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withHistory"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"handoverNote"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withHistory"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"manager"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withHistory"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withHistory"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withHistory"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutletCustomerManagerQuery, OutletCustomerManagerQueryVariables>;
export const OutletCustomerListDocument = {"__meta__":{"hash":"sha256:3fc9cf5b2c467ae22d2ddcd79a1797cb75e2c1d09455aaef06b1db8d1a8ec10f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletCustomerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"aum"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"homeOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutletCustomerListQuery, OutletCustomerListQueryVariables>;
export const OutletCustomerCountsDocument = {"__meta__":{"hash":"sha256:f3ec92b0dd5c157c58dd52a138393a71ba807a50c697360a807c4111cc6f8a02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletCustomerCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"individual"}},{"kind":"Field","name":{"kind":"Name","value":"corporate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"dormant"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]}}]} as unknown as DocumentNode<OutletCustomerCountsQuery, OutletCustomerCountsQueryVariables>;
export const OutletListUnitsDocument = {"__meta__":{"hash":"sha256:e9d9c5a6544f9c607be29e242f74deec467caecd013dffbefe64d283e7c01487"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletListUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OutletListUnitsQuery, OutletListUnitsQueryVariables>;
export const OutletListManagersDocument = {"__meta__":{"hash":"sha256:fd5c4056b707247b0e280239a003904b8236ab398315fddc50a443e79e5ee596"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutletListManagers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerManagers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutletListManagersQuery, OutletListManagersQueryVariables>;
export const OutletCreateCustomerDocument = {"__meta__":{"hash":"sha256:dae7855e9bc972eb51de4d35026721c774409f567791c14a3d7206c3486e86f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletCreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OutletCreateCustomerMutation, OutletCreateCustomerMutationVariables>;
export const OutletRecordInteractionDocument = {"__meta__":{"hash":"sha256:ae04868eb2667b1cf942c07dce9692f1265732664c31449294d2db52211c0441"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletRecordInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OutletRecordInteractionMutation, OutletRecordInteractionMutationVariables>;
export const OutletCaptureNeedDocument = {"__meta__":{"hash":"sha256:e93711f599d71616a1d5b58b503f5fe0dbbe3c0e6aaac99ffdbce11994b90bf5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletCaptureNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaptureNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captureNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OutletCaptureNeedMutation, OutletCaptureNeedMutationVariables>;
export const OutletOpenServiceCaseDocument = {"__meta__":{"hash":"sha256:6477c5395fe7c17a2b33a87bb2396c9d45c9dc4e651bb063020cac5a16bb0803"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletOpenServiceCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenServiceCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openServiceCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}}]}}]}}]} as unknown as DocumentNode<OutletOpenServiceCaseMutation, OutletOpenServiceCaseMutationVariables>;
export const OutletRecordSurveyDocument = {"__meta__":{"hash":"sha256:87eb31373c7153316c89e0ed48be52236391a8ad455466b64cbaed2198b4f1f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutletRecordSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OutletRecordSurveyMutation, OutletRecordSurveyMutationVariables>;