export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** An account: deposit, loan, card, wealth product, settlement or basic account */
export type Account = {
  __typename?: 'Account';
  /** Masked: first 4 and last 4 digits (revealCustomerPii shows it whole, audited) */
  accountNo: Scalars['String']['output'];
  balance: Scalars['Float']['output'];
  /** YYYY-MM-DD */
  closedOn: Maybe<Scalars['String']['output']>;
  creditLimit: Maybe<Scalars['Float']['output']>;
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Annual rate in percent (loans, time deposits) */
  interestRate: Maybe<Scalars['Float']['output']>;
  kind: AccountKind;
  /** YYYY-MM-DD (time deposits, loans) */
  maturesOn: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  openedOn: Scalars['String']['output'];
  status: AccountStatus;
};

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

export type AddRelationshipInput = {
  fromCustomerId: Scalars['ID']['input'];
  kind: RelationshipKind;
  note?: InputMaybe<Scalars['String']['input']>;
  toCustomerId: Scalars['ID']['input'];
};

/** Weights of 日均综合金融资产 (weighted daily-average financial assets), 0–2 each */
export type AssetCoefficients = {
  __typename?: 'AssetCoefficients';
  /** demand deposits */
  deposit: Scalars['Float']['output'];
  /** time deposits */
  timeDeposit: Scalars['Float']['output'];
  /** wealth-management products */
  wealth: Scalars['Float']['output'];
};

export type AssetCoefficientsInput = {
  deposit: Scalars['Float']['input'];
  timeDeposit: Scalars['Float']['input'];
  wealth: Scalars['Float']['input'];
};

export type CaptureNeedInput = {
  category: NeedCategory;
  customerId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  /** Default MEDIUM */
  priority?: InputMaybe<NeedPriority>;
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

export type ChannelShare = {
  __typename?: 'ChannelShare';
  channel: TransactionChannel;
  /** share of the customer’s own transactions in 12 months, 0–1 */
  share: Scalars['Float']['output'];
};

/** a reason a customer is at risk of leaving: the code and its figures */
export type ChurnReason = {
  __typename?: 'ChurnReason';
  code: ChurnReasonCode;
  /** COMPLAINT_LOW_CSAT: complaints (service cases) opened in the last 90 days */
  complaints: Maybe<Scalars['Int']['output']>;
  /** COMPLAINT_LOW_CSAT: the lowest CSAT (1–5) of a survey in the last 90 days */
  csat: Maybe<Scalars['Int']['output']>;
  /** INACTIVE_90D: days since the last own transaction; null when none in 12 months */
  days: Maybe<Scalars['Int']['output']>;
  /** the figures in English words, e.g. "deposits fell 60 % over 6 months (50000.00 → 20000.00 CNY)"; null when none were recorded */
  detail: Maybe<Scalars['String']['output']>;
  /** DEPOSITS_DOWN: month-end deposits 6 months before the last month, CNY; PRODUCTS_DROPPED: account kinds held 6 months before the as-of date */
  from: Maybe<Scalars['Float']['output']>;
  /** DEPOSITS_DOWN: how far month-end deposits fell over 6 months, percent of the earlier (whole percent) */
  percent: Maybe<Scalars['Float']['output']>;
  /** DEPOSITS_DOWN: month-end deposits of the last month, CNY; PRODUCTS_DROPPED: account kinds held on the as-of date */
  to: Maybe<Scalars['Float']['output']>;
};

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

export type ChurnRiskPage = {
  __typename?: 'ChurnRiskPage';
  items: Array<CustomerScore>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

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

/** Contribution 贡献度 over 12 months, CNY: total = margins + fees + intermediary − cost allowance */
export type ContributionParts = {
  __typename?: 'ContributionParts';
  /** cost to serve the accounts held */
  costAllowance: Scalars['Float']['output'];
  /** average deposit balance × (transfer price − deposit rate) */
  depositMargin: Scalars['Float']['output'];
  /** fees debited */
  feeIncome: Scalars['Float']['output'];
  /** a share of collection/payment agency, bill settlement and wealth purchase volumes */
  intermediaryIncome: Scalars['Float']['output'];
  /** average loan / card balance × (loan rate − transfer price) */
  loanMargin: Scalars['Float']['output'];
  /** the total on the radar’s 0–100 log scale: 100 at 100,000 CNY and above, 0 for none or a loss */
  score: Scalars['Float']['output'];
  total: Scalars['Float']['output'];
};

/** A new customer. idNumber: resident ID (GB 11643) for INDIVIDUAL, unified social credit code (GB 32100) for CORPORATE */
export type CreateCustomerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; must agree with the ID number (taken from it when omitted) */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  companySize?: InputMaybe<CompanySize>;
  /** Required when marketingConsent is true */
  consentChannel?: InputMaybe<ConsentChannel>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** M or F; must agree with the ID number (taken from it when omitted) */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** Default: the caller's unit; otherwise a unit within the caller's scope */
  homeOrgUnitId?: InputMaybe<Scalars['ID']['input']>;
  idNumber: Scalars['String']['input'];
  incomeBand?: InputMaybe<IncomeBand>;
  industry?: InputMaybe<Scalars['String']['input']>;
  kind: CustomerKind;
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  marketingConsent?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  occupation?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  registeredCapital?: InputMaybe<Scalars['Float']['input']>;
};

/** A customer: an individual depositor or a company */
export type Customer = {
  __typename?: 'Customer';
  /** Oldest first; closed accounts only when asked */
  accounts: Array<Account>;
  /** Address, masked */
  address: Maybe<Scalars['String']['output']>;
  /** Assets under management (管理资产), CNY: deposits (demand, time, settlement, basic) and wealth products not closed, CNY accounts — balances.deposits + balances.wealth */
  aum: Scalars['Float']['output'];
  /** Sums over accounts that are not closed (CNY) */
  balances: CustomerBalances;
  /** Date of birth (individuals), masked to the year like the ID number it is part of: "1965-**-**". revealCustomerPii(field: BIRTH_DATE) gives it whole (audited) */
  birthDate: Maybe<Scalars['String']['output']>;
  companySize: Maybe<CompanySize>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Customer number, e.g. C000012345 */
  customerNo: Scalars['String']['output'];
  /** E-mail, masked */
  email: Maybe<Scalars['String']['output']>;
  /** M or F (individuals) */
  gender: Maybe<Scalars['String']['output']>;
  /** The outlet (or unit) the customer belongs to */
  homeOrgUnit: OrgUnit;
  id: Scalars['ID']['output'];
  /** ID number or credit code, masked */
  idNumber: Scalars['String']['output'];
  incomeBand: Maybe<IncomeBand>;
  industry: Maybe<Scalars['String']['output']>;
  /** Newest first */
  interactions: InteractionPage;
  kind: CustomerKind;
  /** The latest interaction with the customer; null when never contacted */
  lastContactAt: Maybe<Scalars['DateTimeISO']['output']>;
  legalRepresentative: Maybe<Scalars['String']['output']>;
  /** The customer’s primary customer manager (one at a time); null while none is assigned */
  manager: Maybe<CustomerManager>;
  marketingConsent: MarketingConsent;
  /** The surviving record when this one was merged (null if outside your scope) */
  mergedInto: Maybe<Customer>;
  name: Scalars['String']['output'];
  /** Newest first; all statuses unless asked */
  needs: Array<CustomerNeed>;
  occupation: Maybe<Scalars['String']['output']>;
  /** Mobile phone, masked */
  phone: Maybe<Scalars['String']['output']>;
  /** Registered capital in CNY (corporates) */
  registeredCapital: Maybe<Scalars['Float']['output']>;
  /** Both directions; the other customer only when in your scope */
  relationships: Array<CustomerRelationship>;
  /** The five degrees as of a date (default: the latest scored); null if never scored or out of scope */
  score: Maybe<CustomerScore>;
  /** The customer’s service cases, newest first */
  serviceCases: Array<ServiceCase>;
  status: CustomerStatus;
  /** Newest first */
  surveys: SurveyPage;
  /** tier at the latest scored as-of; null if never tiered or out of scope */
  tier: Maybe<Tier>;
  /** Every scored date, newest first */
  tierHistory: Array<TierHistoryEntry>;
  /** Newest first */
  transactions: TransactionPage;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Pass it back to updateCustomer: a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};


/** A customer: an individual depositor or a company */
export type CustomerAccountsArgs = {
  includeClosed?: Scalars['Boolean']['input'];
};


/** A customer: an individual depositor or a company */
export type CustomerInteractionsArgs = {
  page?: InputMaybe<PageInput>;
};


/** A customer: an individual depositor or a company */
export type CustomerNeedsArgs = {
  status?: InputMaybe<Array<NeedStatus>>;
};


/** A customer: an individual depositor or a company */
export type CustomerScoreArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A customer: an individual depositor or a company */
export type CustomerServiceCasesArgs = {
  status?: InputMaybe<Array<CaseStatus>>;
};


/** A customer: an individual depositor or a company */
export type CustomerSurveysArgs = {
  page?: InputMaybe<PageInput>;
};


/** A customer: an individual depositor or a company */
export type CustomerTransactionsArgs = {
  filter?: InputMaybe<TransactionFilter>;
  page?: InputMaybe<PageInput>;
};

/** Sums over the customer’s accounts that are not closed, in CNY */
export type CustomerBalances = {
  __typename?: 'CustomerBalances';
  /** What the customer owes on credit cards */
  creditCardDebt: Scalars['Float']['output'];
  /** Demand, time, settlement and basic accounts */
  deposits: Scalars['Float']['output'];
  /** Outstanding loan principal */
  loans: Scalars['Float']['output'];
  wealth: Scalars['Float']['output'];
};

/** How many customers a filter matches, by kind and status */
export type CustomerCounts = {
  __typename?: 'CustomerCounts';
  active: Scalars['Int']['output'];
  closed: Scalars['Int']['output'];
  corporate: Scalars['Int']['output'];
  dormant: Scalars['Int']['output'];
  individual: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Why an export failed: BAD_USER_INPUT naming the field (e.g. too many rows: narrow the filter), or INTERNAL */
export type CustomerExportError = {
  __typename?: 'CustomerExportError';
  code: Scalars['String']['output'];
  field: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
};

/** A CSV export of your scoped customer list; poll customerExportJob(id) while status is RUNNING, then read csv (kept 24 hours) */
export type CustomerExportJob = {
  __typename?: 'CustomerExportJob';
  /** UTF-8 with BOM, so spreadsheet programs read the Chinese names */
  contentType: Scalars['String']['output'];
  /** The file once SUCCEEDED, for 24 hours; one with personal data in clear only while you may reveal it */
  csv: Maybe<Scalars['String']['output']>;
  /** When the file is dropped */
  csvExpiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it FAILED */
  error: Maybe<CustomerExportError>;
  filename: Scalars['String']['output'];
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** why the data was exported, as recorded in the PII access log */
  purpose: Scalars['String']['output'];
  /** Who started it (org-hierarchy resolves name and position) */
  requestedBy: Staff;
  /** customers in the file, once it is done */
  rows: Maybe<Scalars['Int']['output']>;
  startedAt: Scalars['DateTimeISO']['output'];
  status: CustomerExportStatus;
  /** true when personal data is in clear (CUSTOMER_PII_REVEAL); otherwise masked as on screen */
  unmasked: Scalars['Boolean']['output'];
};

export type CustomerExportStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** All parts are optional and combine with AND; your data scope always applies */
export type CustomerFilter = {
  /** AUM at most this many yuan (0 to 9999999999999998, not below aumMin) */
  aumMax?: InputMaybe<Scalars['Float']['input']>;
  /** AUM at least this many yuan (0 to 9999999999999998) */
  aumMin?: InputMaybe<Scalars['Float']['input']>;
  /** Only customers whose home unit is this one */
  homeOrgUnitId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<CustomerKind>;
  /** Only customers whose primary customer manager is one of these (CustomerManager ids, at most 50); your data scope still applies */
  managerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not contacted for at least this many days (3650 at most): no interaction since that many days before today (Beijing calendar), never contacted included */
  notContactedForDays?: InputMaybe<Scalars['Int']['input']>;
  /** Customer number, ID number, phone (the whole number, its last four digits, or the masked form the list shows: 138****5678) or part of the name */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CustomerStatus>;
  /** Only customers in one of these tiers, as the bank stands now (analysis_api.customer_tier: the latest scored date, the active policy); a customer not tiered matches none */
  tiers?: InputMaybe<Array<Tier>>;
  /** true: only customers with no primary customer manager; false: only those with one. true cannot be combined with managerIds */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** INDIVIDUAL 个人(储户) · CORPORATE 企业客户 */
export type CustomerKind =
  | 'CORPORATE'
  | 'INDIVIDUAL';

/** A customer manager (客户经理): a staff member who keeps a portfolio of customers */
export type CustomerManager = {
  __typename?: 'CustomerManager';
  active: Scalars['Boolean']['output'];
  /** How many customers this manager can serve well */
  capacity: Scalars['Int']['output'];
  employment: ManagerEmployment;
  grade: ManagerGrade;
  id: Scalars['ID']['output'];
  /** The unit the manager works in */
  orgUnit: OrgUnit;
  /** How many customers the manager keeps now */
  portfolioSize: Scalars['Int']['output'];
  specialty: ManagerSpecialty;
  /** The staff member: name, position, unit */
  staff: Staff;
  /** Pass it back to an edit; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** Which managers: a unit of the caller’s scope (and the units below it), active only */
export type CustomerManagerFilter = {
  activeOnly?: Scalars['Boolean']['input'];
  /** a unit inside the caller’s scope; its managers and those of the units below */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CustomerManagerPage = {
  __typename?: 'CustomerManagerPage';
  items: Array<CustomerManager>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A need or preference of the customer (需求与偏好) */
export type CustomerNeed = {
  __typename?: 'CustomerNeed';
  capturedAt: Scalars['DateTimeISO']['output'];
  /** Who captured it */
  capturedBy: Staff;
  category: NeedCategory;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  priority: NeedPriority;
  status: NeedStatus;
  /** Pass it back to updateNeedStatus; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

export type CustomerPage = {
  __typename?: 'CustomerPage';
  items: Array<Customer>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A relationship with another customer, seen from this one */
export type CustomerRelationship = {
  __typename?: 'CustomerRelationship';
  direction: RelationshipDirection;
  id: Scalars['ID']['output'];
  kind: RelationshipKind;
  note: Maybe<Scalars['String']['output']>;
  /** The other customer; null when outside your scope */
  related: Maybe<Customer>;
  /** The other customer’s name, or a neutral label when outside your scope */
  relatedName: Scalars['String']['output'];
};

/** The five degrees and transaction behaviour of a customer as of a date */
export type CustomerScore = {
  __typename?: 'CustomerScore';
  /** YYYY-MM-DD */
  asOf: Scalars['String']['output'];
  /** largest share first */
  channelMix: Array<ChannelShare>;
  /** why the customer is at risk of leaving (empty when not): DEPOSITS_DOWN, INACTIVE_90D, COMPLAINT_LOW_CSAT, PRODUCTS_DROPPED — the rules’ order */
  churnReasons: Array<ChurnReason>;
  churnRisk: Scalars['Boolean']['output'];
  /** when it was computed (the only value that differs between two runs for the same date) */
  computedAt: Scalars['DateTimeISO']['output'];
  contribution: ContributionParts;
  customerId: Scalars['ID']['output'];
  /** why this tier: the policy, the rule and the inputs it compared; null when not tiered */
  evidence: Maybe<TierEvidence>;
  /** the customer’s own transactions in 12 months (interest and fees are the bank’s, not counted) */
  frequency12m: Scalars['Int']['output'];
  loyalty: LoyaltyParts;
  /** their total amount, CNY */
  monetary12m: Scalars['Float']['output'];
  /** days since the customer’s last own transaction; null when none in 12 months */
  recencyDays: Maybe<Scalars['Int']['output']>;
  relevance: RelevanceParts;
  satisfaction: SatisfactionParts;
  /** the tier the active policy placed the customer in on this date */
  tier: Maybe<Tier>;
  /** the 12 months before the as-of date, oldest first */
  trend: Array<MonthlyBalance>;
  value: ValueParts;
};

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

/** A department: strategy, retail, corporate, product, marketing, training… */
export type Department = {
  __typename?: 'Department';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
};

/** A CSV import and its progress; poll importJob(id) while status is RUNNING */
export type ImportJob = {
  __typename?: 'ImportJob';
  createdAt: Scalars['DateTimeISO']['output'];
  errors: Array<ImportRowError>;
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  importedRows: Scalars['Int']['output'];
  kind: ImportKind;
  mode: ImportMode;
  /** rows validated (and, where good, written) so far */
  processedRows: Scalars['Int']['output'];
  status: ImportStatus;
  totalRows: Scalars['Int']['output'];
};

export type ImportKind =
  | 'ACCOUNTS'
  | 'CUSTOMERS';

/** ALL_OR_NOTHING: one bad row and nothing is imported · VALID_ROWS_ONLY: the good rows are imported, the bad ones reported */
export type ImportMode =
  | 'ALL_OR_NOTHING'
  | 'VALID_ROWS_ONLY';

/** Why one row (1-based data row; the header is row 0) was not imported */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** RATE_LIMITED when the file was refused for the hourly budget of duplicate answers */
  code: Maybe<Scalars['String']['output']>;
  /** the CSV column */
  field: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  row: Scalars['Int']['output'];
};

export type ImportStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type IncomeBand =
  | 'HIGH'
  | 'LOW'
  | 'LOWER_MIDDLE'
  | 'MIDDLE'
  | 'UPPER_MIDDLE';

/** A contact or conversation with the customer */
export type Interaction = {
  __typename?: 'Interaction';
  channel: InteractionChannel;
  id: Scalars['ID']['output'];
  nextStep: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  nextStepDue: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The unit the staff member acted for */
  orgUnit: OrgUnit;
  outcome: Maybe<Scalars['String']['output']>;
  /** Who spoke with the customer (org-hierarchy resolves name and position) */
  staff: Staff;
  summary: Scalars['String']['output'];
};

export type InteractionChannel =
  | 'COUNTER'
  | 'EMAIL'
  | 'EVENT'
  | 'MOBILE'
  | 'PHONE'
  | 'VISIT'
  | 'WECHAT';

export type InteractionPage = {
  __typename?: 'InteractionPage';
  items: Array<Interaction>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Loyalty 忠诚度 0–100 from tenure, activity and products held */
export type LoyaltyParts = {
  __typename?: 'LoyaltyParts';
  /** months of the last 12 with a transaction of the customer’s own */
  activeMonths: Scalars['Int']['output'];
  /** kinds of account open on the as-of date */
  productsHeld: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  /** years since the first account was opened */
  tenureYears: Scalars['Float']['output'];
};

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

/** 零售 retail · 对公 corporate */
export type ManagerSpecialty =
  | 'CORPORATE'
  | 'RETAIL';

/** Marketing consent (PIPL): whether, when and through which channel */
export type MarketingConsent = {
  __typename?: 'MarketingConsent';
  at: Maybe<Scalars['DateTimeISO']['output']>;
  channel: Maybe<ConsentChannel>;
  given: Scalars['Boolean']['output'];
};

export type MonthlyBalance = {
  __typename?: 'MonthlyBalance';
  /** deposits at month end */
  deposits: Scalars['Float']['output'];
  /** loans and cards owed at month end */
  loans: Scalars['Float']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** OPEN → ACKNOWLEDGED */
  acknowledgeServiceCase: ServiceCase;
  /** Both customers must be in your scope; read back from the "from" side */
  addRelationship: CustomerRelationship;
  /** A second head-office analyst, never the draft’s author (FORBIDDEN): make a draft ACTIVE (the previous one SUPERSEDED) and re-tier the latest as-of with it */
  approveTierPolicy: TierPolicy;
  captureNeed: CustomerNeed;
  /** RESOLVED → CLOSED */
  closeServiceCase: ServiceCase;
  /** Registers a customer. A duplicate ID number / credit code is refused (field idNumber) naming the existing record when it is in your scope, as "duplicate of a customer you cannot see" otherwise; every such answer is in the PII access log, at most 20 per staff member and hour (then RATE_LIMITED) */
  createCustomer: Customer;
  /** Escalates every open case handled within your scope whose SLA has passed, one step up; returns how many moved (also runs every minute inside the subgraph) */
  escalateOverdueServiceCases: Scalars['Int']['output'];
  /** To the parent unit of the current handler, with a fresh SLA window; not above head office */
  escalateServiceCase: ServiceCase;
  /** Folds a duplicate record (mergedId) into survivorId: accounts, transactions, interactions, needs, cases, surveys and relationships move; the merged record stays with status MERGED and mergedInto. Both must be in your scope */
  mergeCustomers: Customer;
  /** Opens a case about a customer in your scope; handled first by the customer’s home unit, SLA from severity */
  openServiceCase: ServiceCase;
  /** Recomputes one customer in your scope (same SQL as the batch, one id) and tiers them; default date: the latest scored */
  recomputeCustomerScore: CustomerScore;
  /** Record a contact; you and your unit are taken from your login */
  recordInteraction: Interaction;
  recordSurvey: SatisfactionSurvey;
  removeRelationship: Scalars['Boolean']['output'];
  /** OPEN or ACKNOWLEDGED → RESOLVED, with root cause and resolution */
  resolveServiceCase: ServiceCase;
  /** One personal-data field of a customer in your scope, in clear, for a purpose from the bank's list (minimum necessary); each reveal is one row in the PII access log (who, customer, field, purpose, note, when) */
  revealCustomerPii: PiiReveal;
  /** Head-office strategy analyst: validate and save a policy as the next DRAFT version of its scheme */
  saveTierPolicyDraft: TierPolicy;
  /** Starts a CSV export of your scoped customer list (at most 50,000 rows) and returns its job at once; poll customerExportJob(id). Unmasked only with CUSTOMER_PII_REVEAL; recorded in the PII access log when it runs; one at a time per staff member (a second while one runs is RATE_LIMITED); cells that a spreadsheet would run as a formula start with a quote */
  startCustomerExport: CustomerExportJob;
  /** Starts a CSV import (at most 50,000 rows, 10 MB) and returns its job at once; poll importJob(id). CUSTOMERS columns: kind,name,id_number,phone,address,email,gender,birth_date,occupation,income_band,industry,legal_representative,registered_capital,company_size,marketing_consent,consent_channel,home_org_unit_id. ACCOUNTS columns: customer_no,account_no,kind,currency,balance,credit_limit,interest_rate,opened_on,matures_on. Rows that duplicate an existing ID or account number are audited and budgeted (at most 20 per staff member and hour; beyond it RATE_LIMITED) */
  startImport: ImportJob;
  /** Head office (strategy analyst or system admin): recomputes every customer as of a date (default: the last month-end with balance data) in the background and tiers them with the active policy; one at a time. Poll scoreJob(id). */
  startScoreRecompute: ScoreJob;
  /** Edits a customer at `version`; CONFLICT when someone else changed it since */
  updateCustomer: Customer;
  updateNeedStatus: CustomerNeed;
};


export type MutationAcknowledgeServiceCaseArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationAddRelationshipArgs = {
  input: AddRelationshipInput;
};


export type MutationApproveTierPolicyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCaptureNeedArgs = {
  input: CaptureNeedInput;
};


export type MutationCloseServiceCaseArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationEscalateServiceCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationMergeCustomersArgs = {
  mergedId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  survivorId: Scalars['ID']['input'];
};


export type MutationOpenServiceCaseArgs = {
  input: OpenServiceCaseInput;
};


export type MutationRecomputeCustomerScoreArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
};


export type MutationRecordInteractionArgs = {
  input: RecordInteractionInput;
};


export type MutationRecordSurveyArgs = {
  input: RecordSurveyInput;
};


export type MutationRemoveRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResolveServiceCaseArgs = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
  rootCause: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRevealCustomerPiiArgs = {
  customerId: Scalars['ID']['input'];
  field: PiiField;
  note?: InputMaybe<Scalars['String']['input']>;
  purpose: PiiRevealPurpose;
};


export type MutationSaveTierPolicyDraftArgs = {
  input: TierPolicyInput;
};


export type MutationStartCustomerExportArgs = {
  filter?: InputMaybe<CustomerFilter>;
  purpose: Scalars['String']['input'];
};


export type MutationStartImportArgs = {
  csv: Scalars['String']['input'];
  kind: ImportKind;
  mode: ImportMode;
};


export type MutationStartScoreRecomputeArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateNeedStatusArgs = {
  id: Scalars['ID']['input'];
  status: NeedStatus;
  version: Scalars['Int']['input'];
};

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
  customerId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  /** sets the SLA: CRITICAL 4 h, HIGH 24 h, MEDIUM 72 h, LOW 168 h */
  severity: CaseSeverity;
  title: Scalars['String']['input'];
};

/** HEAD_OFFICE 总行 · BRANCH 分行 · SUB_BRANCH 支行 · OUTLET 网点 */
export type OrgLevel =
  | 'BRANCH'
  | 'HEAD_OFFICE'
  | 'OUTLET'
  | 'SUB_BRANCH';

/** Aggregates of the customers homed in an org unit and every unit below it, at an as-of date */
export type OrgRollup = {
  __typename?: 'OrgRollup';
  /** YYYY-MM-DD */
  asOf: Scalars['String']['output'];
  /** mean satisfaction 0–100; null with no customers */
  avgSatisfaction: Maybe<Scalars['Float']['output']>;
  /** customers flagged at risk of leaving */
  churnRisk: Scalars['Int']['output'];
  /** complaints in 12 months per 100 customers */
  complaintRate: Scalars['Float']['output'];
  /** contribution over 12 months, CNY */
  contribution: Scalars['Float']['output'];
  customers: Scalars['Int']['output'];
  /** deposit balances, CNY */
  deposits: Scalars['Float']['output'];
  /** loan and card balances owed, CNY */
  loans: Scalars['Float']['output'];
  orgUnit: OrgUnit;
  /** tiered customers per tier (tiers with customers only, top tiers first) */
  tiers: Array<TierCount>;
  /** weighted daily-average financial assets (日均综合金融资产), CNY */
  weightedAssets: Scalars['Float']['output'];
};

/** A unit of the bank: head office, branch, sub-branch or outlet */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** the roll-up of each child unit, to compare them; [] outside your scope */
  childRollups: Array<OrgRollup>;
  children: Array<OrgUnit>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: OrgLevel;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  parent: Maybe<OrgUnit>;
  /** Materialized path, e.g. /1/3/12/ */
  path: Scalars['String']['output'];
  /** customers of this unit and every unit below it at the as-of (default the latest); null outside your scope */
  rollup: Maybe<OrgRollup>;
  /** Staff of this unit (not of units below it); only within your own scope */
  staff: Array<Staff>;
};


/** A unit of the bank: head office, branch, sub-branch or outlet */
export type OrgUnitChildRollupsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A unit of the bank: head office, branch, sub-branch or outlet */
export type OrgUnitRollupArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** Page of a list; pageSize at most 100 */
export type PageInput = {
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
};

/** One unmasked read of personal data: who, when, what and why (append-only) */
export type PiiAccessEntry = {
  __typename?: 'PiiAccessEntry';
  /** REVEAL, EXPORT, DUPLICATE (told that an ID or account number exists) or SEARCH (a list narrowed by ID number or phone) */
  action: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  customerCount: Scalars['Int']['output'];
  /** null for lists, and for a customer outside your scope */
  customerId: Maybe<Scalars['ID']['output']>;
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The note given with a reveal */
  note: Maybe<Scalars['String']['output']>;
  /** Why: for a REVEAL the PiiRevealPurpose code; for the others what the system did */
  purpose: Scalars['String']['output'];
  /** The purpose chosen from the list (REVEAL only) */
  purposeCode: Maybe<PiiRevealPurpose>;
  staffId: Scalars['ID']['output'];
  staffUsername: Scalars['String']['output'];
};

export type PiiAccessLogPage = {
  __typename?: 'PiiAccessLogPage';
  items: Array<PiiAccessEntry>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Personal data that is masked unless revealed (PIPL) */
export type PiiField =
  | 'ACCOUNT_NUMBERS'
  | 'ADDRESS'
  | 'BIRTH_DATE'
  | 'EMAIL'
  | 'ID_NUMBER'
  | 'PHONE';

/** One personal-data field of one customer in clear — only the field asked for (minimum necessary) */
export type PiiReveal = {
  __typename?: 'PiiReveal';
  /** The account numbers in clear when field is ACCOUNT_NUMBERS; otherwise empty */
  accountNumbers: Array<Scalars['String']['output']>;
  customerId: Scalars['ID']['output'];
  field: PiiField;
  /** The clear value (a date of birth as YYYY-MM-DD); null when the customer has none, and for ACCOUNT_NUMBERS */
  value: Maybe<Scalars['String']['output']>;
};

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

export type PolicyStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'SUPERSEDED';

export type Query = {
  __typename?: 'Query';
  /** The policy that decides tiers now */
  activeTierPolicy: Maybe<TierPolicy>;
  /** Customers in your scope flagged at risk of leaving on a date (default: the latest scored), largest deposits first; with orgUnitId only those homed at that unit or below it (its total is that unit’s rollup.churnRisk; empty for a unit outside your scope) */
  churnRiskCustomers: ChurnRiskPage;
  /** One customer, if it is in your data scope */
  customer: Maybe<Customer>;
  customerCounts: CustomerCounts;
  /** An export you started (only yours: anyone else’s answers null) */
  customerExportJob: Maybe<CustomerExportJob>;
  /** One manager in the caller’s scope (NOT_FOUND outside it) */
  customerManager: CustomerManager;
  /** Customer managers in the caller’s scope, by unit */
  customerManagers: CustomerManagerPage;
  /** Customers in your data scope, sorted on the server (default: newest first); ties broken by id, so pages never overlap */
  customers: CustomerPage;
  departments: Array<Department>;
  /** An import started within your scope */
  importJob: Maybe<ImportJob>;
  /** The most recently started recompute */
  latestScoreJob: Maybe<ScoreJob>;
  /** The signed-in staff member */
  me: Staff;
  /** The caller's own unit: the root of everything they can see */
  myOrgUnit: OrgUnit;
  /** One unit of the bank */
  orgUnit: Maybe<OrgUnit>;
  /** Units below a unit (default: the caller’s), optionally of one level, in tree order */
  orgUnits: Array<OrgUnit>;
  /** Who saw unmasked personal data: entries made within your scope, newest first */
  piiAccessLog: PiiAccessLogPage;
  /** Head office: how many customers a policy would move between tiers at an as-of (default the latest); nothing is written */
  previewTierPolicy: TierPolicyPreview;
  /** As-of dates that have scores, newest first */
  scoreAsOfDates: Array<Scalars['String']['output']>;
  scoreJob: Maybe<ScoreJob>;
  /** One service case, if its customer is in your data scope */
  serviceCase: Maybe<ServiceCase>;
  /** Cases handled within your scope, most urgent first: open ones (earliest slaDueAt, so breached first) above resolved and closed ones (most recently finished first); open ones unless filtered by status */
  serviceCaseQueue: ServiceCasePage;
  /** Staff of your unit and the units below it */
  staff: StaffPage;
  /** Customers in your scope whose tier changed against the previous as-of, by customer id; with orgUnitId only those homed at that unit or below it (empty for a unit outside your scope) */
  tierMovements: TierMovementPage;
  /** Every tier policy, newest first, with maker and checker */
  tierPolicies: Array<TierPolicy>;
};


export type QueryChurnRiskCustomersArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerCountsArgs = {
  filter?: InputMaybe<CustomerFilter>;
};


export type QueryCustomerExportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerManagerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerManagersArgs = {
  filter?: InputMaybe<CustomerManagerFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryCustomersArgs = {
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<CustomerFilter>;
  page?: InputMaybe<PageInput>;
  sort?: InputMaybe<CustomerSort>;
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrgUnitsArgs = {
  level?: InputMaybe<OrgLevel>;
  under?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPiiAccessLogArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};


export type QueryPreviewTierPolicyArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  input: TierPolicyInput;
};


export type QueryScoreJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceCaseQueueArgs = {
  filter?: InputMaybe<ServiceCaseQueueFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryStaffArgs = {
  filter?: InputMaybe<StaffFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryTierMovementsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};

export type RecordInteractionInput = {
  channel: InteractionChannel;
  customerId: Scalars['ID']['input'];
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not before the day of the contact */
  nextStepDue?: InputMaybe<Scalars['String']['input']>;
  /** Default: now; not in the future */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
};

/** csat and/or nps — at least one */
export type RecordSurveyInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1–5 */
  csat?: InputMaybe<Scalars['Int']['input']>;
  customerId: Scalars['ID']['input'];
  /** 0–10 */
  nps?: InputMaybe<Scalars['Int']['input']>;
  /** The case this survey follows up; must be this customer’s */
  serviceCaseId?: InputMaybe<Scalars['ID']['input']>;
  /** Default: now; not in the future */
  surveyedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
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

/** Relevance 关联度 0–100 from product families and relationships */
export type RelevanceParts = {
  __typename?: 'RelevanceParts';
  /** deposit, settlement, loan, card, wealth — families held on the as-of date */
  productFamilies: Scalars['Int']['output'];
  /** household, corporate and guarantee relationships, either direction */
  relationships: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
};

/** Satisfaction 满意度 0–100 from surveys and complaints of 12 months; not measured (score null) with neither — tier rules then compare the neutral 60 */
export type SatisfactionParts = {
  __typename?: 'SatisfactionParts';
  /** average CSAT 1–5 */
  avgCsat: Maybe<Scalars['Float']['output']>;
  /** average NPS answer 0–10 */
  avgNps: Maybe<Scalars['Float']['output']>;
  /** service cases opened in 12 months */
  complaints12m: Scalars['Int']['output'];
  /** false when the customer had neither a survey nor a complaint in 12 months */
  measured: Scalars['Boolean']['output'];
  /** null when not measured */
  score: Maybe<Scalars['Float']['output']>;
};

/** A satisfaction survey answer: CSAT 1–5 and/or NPS 0–10 */
export type SatisfactionSurvey = {
  __typename?: 'SatisfactionSurvey';
  comment: Maybe<Scalars['String']['output']>;
  csat: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  nps: Maybe<Scalars['Int']['output']>;
  /** The complaint this survey followed up */
  serviceCase: Maybe<ServiceCase>;
  surveyedAt: Scalars['DateTimeISO']['output'];
  touchpoint: Touchpoint;
};

/** A whole-bank score recompute and its progress; poll scoreJob(id) while RUNNING */
export type ScoreJob = {
  __typename?: 'ScoreJob';
  /** YYYY-MM-DD */
  asOf: Scalars['String']['output'];
  error: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  processedCustomers: Scalars['Int']['output'];
  startedAt: Scalars['DateTimeISO']['output'];
  startedBy: Staff;
  status: ScoreJobStatus;
  /** customers to score (every customer not merged away) */
  totalCustomers: Scalars['Int']['output'];
};

export type ScoreJobStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** A complaint or bad-service case, with SLA and escalation up the hierarchy */
export type ServiceCase = {
  __typename?: 'ServiceCase';
  /** Case number: SC + year and month opened (Beijing time) + 7-digit sequence, e.g. SC2026110000123 */
  caseNo: Scalars['String']['output'];
  category: CaseCategory;
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The customer the case is about */
  customer: Customer;
  description: Scalars['String']['output'];
  /** 0 at the home unit; +1 for every step up */
  escalationLevel: Scalars['Int']['output'];
  /** Every recorded step, oldest first */
  events: Array<ServiceCaseEvent>;
  /** The unit handling the case now: the customer’s home unit, or an ancestor after escalation */
  handlingOrgUnit: OrgUnit;
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTimeISO']['output'];
  resolution: Maybe<Scalars['String']['output']>;
  resolvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  rootCause: Maybe<Scalars['String']['output']>;
  severity: CaseSeverity;
  /** Open (OPEN/ACKNOWLEDGED) and past slaDueAt */
  slaBreached: Scalars['Boolean']['output'];
  slaDueAt: Scalars['DateTimeISO']['output'];
  status: CaseStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** One recorded step of a service case: who, when, status and handling unit before and after */
export type ServiceCaseEvent = {
  __typename?: 'ServiceCaseEvent';
  action: CaseAction;
  at: Scalars['DateTimeISO']['output'];
  /** Who did it; null when the system did (escalation on SLA breach) */
  by: Maybe<Staff>;
  /** Handling unit before the step (null when opened) */
  fromOrgUnit: Maybe<OrgUnit>;
  fromStatus: Maybe<CaseStatus>;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Handling unit after the step */
  toOrgUnit: OrgUnit;
  toStatus: CaseStatus;
};

export type ServiceCasePage = {
  __typename?: 'ServiceCasePage';
  items: Array<ServiceCase>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** All parts optional; the queue always holds only cases handled within your scope */
export type ServiceCaseQueueFilter = {
  /** only open cases past their SLA due time */
  breachedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  severity?: InputMaybe<Array<CaseSeverity>>;
  /** default: the open ones (OPEN, ACKNOWLEDGED) */
  status?: InputMaybe<Array<CaseStatus>>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A member of staff */
export type Staff = {
  __typename?: 'Staff';
  department: Department;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  orgUnit: OrgUnit;
  /** Position, e.g. 客户经理 customer manager */
  position: Scalars['String']['output'];
  /** Roles: only for yourself, or with STAFF_READ over their unit; otherwise null */
  roles: Maybe<Array<Scalars['String']['output']>>;
  /** Login name: only for yourself, or with STAFF_READ over their unit; otherwise null */
  username: Maybe<Scalars['String']['output']>;
};

export type StaffFilter = {
  /** only this unit and the units below it */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** name or username starts with */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type StaffPage = {
  __typename?: 'StaffPage';
  items: Array<Staff>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type SurveyPage = {
  __typename?: 'SurveyPage';
  items: Array<SatisfactionSurvey>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

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

export type TierCount = {
  __typename?: 'TierCount';
  customers: Scalars['Int']['output'];
  tier: Tier;
};

/** Why a customer has their tier: the policy version, the rule, the inputs it compared */
export type TierEvidence = {
  __typename?: 'TierEvidence';
  /** e.g. "WEIGHTED_ASSETS 5,230,000 ≥ 5,000,000 → VIP (policy VALUE_PYRAMID v1)" */
  explanation: Scalars['String']['output'];
  /** the value of every metric the policy compares, e.g. { "WEIGHTED_ASSETS": 5230000 } */
  inputs: Scalars['JSON']['output'];
  /** the policy version that placed the customer */
  policy: TierPolicy;
  rule: TierRule;
};

/** The tier a customer had on one scored date, and the policy that placed them */
export type TierHistoryEntry = {
  __typename?: 'TierHistoryEntry';
  /** YYYY-MM-DD */
  asOf: Scalars['String']['output'];
  policy: Maybe<TierPolicy>;
  tier: Maybe<Tier>;
};

/** How many customers would move from one tier to another; from null = not tiered before */
export type TierMove = {
  __typename?: 'TierMove';
  customers: Scalars['Int']['output'];
  from: Maybe<Tier>;
  to: Tier;
};

/** A customer whose tier changed against the previous scored as-of; from null = not tiered then */
export type TierMovement = {
  __typename?: 'TierMovement';
  customer: Customer;
  from: Maybe<Tier>;
  to: Maybe<Tier>;
};

export type TierMovementPage = {
  __typename?: 'TierMovementPage';
  items: Array<TierMovement>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A versioned tier policy (decision system) */
export type TierPolicy = {
  __typename?: 'TierPolicy';
  /** when the checker approved it; null while a draft */
  approvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** the checker: who approved it, never its maker; null while a draft */
  approvedBy: Maybe<Staff>;
  assetCoefficients: AssetCoefficients;
  /** when the maker saved it */
  createdAt: Scalars['DateTimeISO']['output'];
  /** the maker: who drafted this version */
  createdBy: Staff;
  /** YYYY-MM-DD */
  effectiveFrom: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** the name in Chinese, as the bank’s staff read it (e.g. 日均综合金融资产分层) */
  name: Scalars['String']['output'];
  /** the name in English, for the portal in English; null: show `name` */
  nameEn: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3… per scheme */
  policyVersion: Scalars['Int']['output'];
  rules: Array<TierRule>;
  scheme: TierScheme;
  status: PolicyStatus;
  /** Pass it back to approveTierPolicy; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

export type TierPolicyInput = {
  assetCoefficients: AssetCoefficientsInput;
  /** YYYY-MM-DD */
  effectiveFrom: Scalars['String']['input'];
  /** the name in Chinese, at most 100 characters */
  name: Scalars['String']['input'];
  /** the name in English (optional, at most 100 characters); blank: none */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  rules: Array<TierRuleInput>;
  scheme: TierScheme;
};

/** What approving a policy would do at an as-of date, computed by the same SQL; nothing is written */
export type TierPolicyPreview = {
  __typename?: 'TierPolicyPreview';
  /** tiers under the previewed policy, every tier of its scheme (zeros included) */
  after: Array<TierCount>;
  asOf: Scalars['String']['output'];
  /** current tiers at the as-of */
  before: Array<TierCount>;
  customers: Scalars['Int']['output'];
  /** only actual moves (from ≠ to), largest first */
  moves: Array<TierMove>;
  moving: Scalars['Int']['output'];
};

/** One tier of a policy: the first rule (top to bottom) whose condition holds places the customer; the last has no condition */
export type TierRule = {
  __typename?: 'TierRule';
  /** { all: [..] } | { any: [..] } | { metric, op, value }; null on the last tier (everyone else) */
  condition: Maybe<Scalars['JSON']['output']>;
  /** @deprecated Free text in whichever language its author wrote. The portal writes a rule in words from its condition, in the reader’s language; new drafts leave this null. */
  description: Maybe<Scalars['String']['output']>;
  tier: Tier;
};

export type TierRuleInput = {
  /** { all: [..] } | { any: [..] } | { metric, op, value }; null on the last tier */
  condition?: InputMaybe<Scalars['JSON']['input']>;
  /** @deprecated The portal writes a rule in words from its condition, in the reader’s language; leave it out. */
  description?: InputMaybe<Scalars['String']['input']>;
  tier: Tier;
};

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

/** A booking on an account */
export type Transaction = {
  __typename?: 'Transaction';
  /** The account it was booked on */
  account: Account;
  /** Always positive; see direction */
  amount: Scalars['Float']['output'];
  balanceAfter: Maybe<Scalars['Float']['output']>;
  bookedAt: Scalars['DateTimeISO']['output'];
  category: TransactionCategory;
  channel: TransactionChannel;
  counterparty: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  direction: TransactionDirection;
  id: Scalars['ID']['output'];
};

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
  accountId?: InputMaybe<Scalars['ID']['input']>;
  categories?: InputMaybe<Array<TransactionCategory>>;
  channels?: InputMaybe<Array<TransactionChannel>>;
  /** Booked at or after */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  maxAmount?: InputMaybe<Scalars['Float']['input']>;
  minAmount?: InputMaybe<Scalars['Float']['input']>;
  /** Booked at or before */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type TransactionPage = {
  __typename?: 'TransactionPage';
  items: Array<Transaction>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Fields to change; omitted fields stay as they are, null clears an optional one */
export type UpdateCustomerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  companySize?: InputMaybe<CompanySize>;
  consentChannel?: InputMaybe<ConsentChannel>;
  email?: InputMaybe<Scalars['String']['input']>;
  incomeBand?: InputMaybe<IncomeBand>;
  industry?: InputMaybe<Scalars['String']['input']>;
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  marketingConsent?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  occupation?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  registeredCapital?: InputMaybe<Scalars['Float']['input']>;
  /** not MERGED (that is mergeCustomers) */
  status?: InputMaybe<CustomerStatus>;
};

/** Value: balances on the as-of date and daily-average financial assets (日均综合金融资产) over 12 months, CNY */
export type ValueParts = {
  __typename?: 'ValueParts';
  /** mean over the 12 months of the monthly average balances of deposits and wealth */
  dailyAvgAssets: Scalars['Float']['output'];
  /** demand, time, settlement and basic accounts open on the as-of date: last month-end balance */
  depositBalance: Scalars['Float']['output'];
  /** loans and credit cards: amount owed at the last month-end */
  loanBalance: Scalars['Float']['output'];
  /** the weighted assets on the radar’s 0–100 log scale: 100 at 5,000,000 CNY and above, 0 for none */
  score: Scalars['Float']['output'];
  /** wealth products held on the as-of date: last month-end balance */
  wealthBalance: Scalars['Float']['output'];
  /** the same, each kind weighted by the active policy’s asset coefficients (1 when no policy is active) */
  weightedAssets: Scalars['Float']['output'];
};
