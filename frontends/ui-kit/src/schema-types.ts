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

/** A competency assessment of a customer manager by training staff */
export type Assessment = {
  __typename?: 'Assessment';
  acknowledgedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** when the trainer started it */
  assessedAt: Scalars['DateTimeISO']['output'];
  /** The trainer who assessed */
  assessor: Staff;
  id: Scalars['ID']['output'];
  /** The manager assessed */
  manager: CustomerManager;
  /** what the manager said when acknowledging */
  managerComment: Maybe<Scalars['String']['output']>;
  /** The model version it was made with (its weights and descriptors) */
  model: CompetencyModel;
  /** the model’s weighted mean of the six scores, 2 decimals; null while a draft */
  overall: Maybe<Scalars['Float']['output']>;
  /** Scores so far (a submitted assessment has all six), in the model’s order */
  scores: Array<AssessmentScore>;
  status: AssessmentStatus;
  submittedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Pass it back to the next change; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** A score of one requirement with what the trainer saw */
export type AssessmentScore = {
  __typename?: 'AssessmentScore';
  dimension: CompetencyDimension;
  /** the evidence: what the trainer observed */
  evidence: Scalars['String']['output'];
  /** 1–5 in half steps (3.5: between the descriptors of 3 and 4) */
  score: Scalars['Float']['output'];
};

export type AssessmentScoreInput = {
  dimension: CompetencyDimension;
  /** what the trainer observed: required, at most 1000 characters */
  evidence: Scalars['String']['input'];
  /** 1–5 in half steps (1, 1.5 … 5) */
  score: Scalars['Float']['input'];
};

/** DRAFT (the trainer is writing it) → SUBMITTED (awaits the manager) → ACKNOWLEDGED (the manager has read it) */
export type AssessmentStatus =
  | 'ACKNOWLEDGED'
  | 'DRAFT'
  | 'SUBMITTED';

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

/** Give one customer or a selection a (new) primary manager */
export type AssignCustomersInput = {
  /** 1 to 500 customers of the caller’s scope, each once */
  customerIds: Array<Scalars['ID']['input']>;
  handoverNote?: InputMaybe<Scalars['String']['input']>;
  /** An active manager of the caller’s scope */
  managerId: Scalars['ID']['input'];
  reason: AssignmentReason;
};

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

/** Scores against outcomes: the points and Pearson’s correlation */
export type CompetencyCorrelation = {
  __typename?: 'CompetencyCorrelation';
  /** Pearson’s r (−1 … 1, 4 decimals); null with fewer than 3 managers or when scores or outcomes do not vary */
  correlation: Maybe<Scalars['Float']['output']>;
  points: Array<CompetencyOutcomePoint>;
};

/** A requirement of the competency model (客户经理胜任力) */
export type CompetencyDimension =
  /** 良好的道德素质 — sound ethics */
  | 'ETHICS'
  /** 身体健康 — physical health (fitness for the work, never medical data) */
  | 'HEALTH'
  /** 创新能力 — innovation */
  | 'INNOVATION'
  /** 应知知识 — required knowledge */
  | 'KNOWLEDGE'
  /** 与时俱进的观念 — an up-to-date mindset */
  | 'MINDSET'
  /** 业务与服务技能 — business and service skills */
  | 'SKILLS';

/** A dimension of the latest submitted assessment below the target of the manager’s grade */
export type CompetencyGap = {
  __typename?: 'CompetencyGap';
  assessmentId: Scalars['ID']['output'];
  dimension: CompetencyDimension;
  /** target − score */
  gap: Scalars['Float']['output'];
  score: Scalars['Float']['output'];
  /** the grade’s target level (in the model version of the assessment) */
  target: Scalars['Int']['output'];
};

/** One submitted assessment as a point of the manager’s competency over time (a radar per point) */
export type CompetencyHistoryPoint = {
  __typename?: 'CompetencyHistoryPoint';
  assessmentId: Scalars['ID']['output'];
  /** the model version it was scored against */
  modelVersion: Scalars['Int']['output'];
  overall: Scalars['Float']['output'];
  scores: Array<DimensionScore>;
  status: AssessmentStatus;
  submittedAt: Scalars['DateTimeISO']['output'];
};

/** What a level of one requirement looks like in a manager’s work */
export type CompetencyLevel = {
  __typename?: 'CompetencyLevel';
  /** in Chinese, as the bank’s staff read it */
  descriptor: Scalars['String']['output'];
  descriptorEn: Scalars['String']['output'];
  /** 1 (below what the job needs) … 5 (a role model) */
  level: Scalars['Int']['output'];
};

/** A version of the competency model (胜任力模型); assessments keep the version they were made with */
export type CompetencyModel = {
  __typename?: 'CompetencyModel';
  /** whether new assessments use this version now */
  active: Scalars['Boolean']['output'];
  /** the six requirements in order */
  dimensions: Array<CompetencyRequirement>;
  /** YYYY-MM-DD: the newest model in effect is the one new assessments use */
  effectiveFrom: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 1, 2, 3… */
  modelVersion: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  /** why this version (its weights, what changed) */
  note: Maybe<Scalars['String']['output']>;
};

/** One manager in a scatter: a competency score against their scorecard total */
export type CompetencyOutcomePoint = {
  __typename?: 'CompetencyOutcomePoint';
  manager: CustomerManager;
  /** the scorecard total of the period */
  outcome: Scalars['Float']['output'];
  /** the score (1–5) of the assessment in force at the period’s end */
  score: Scalars['Float']['output'];
};

/** One of the six requirements: its weight in the overall score, its levels, each grade’s target */
export type CompetencyRequirement = {
  __typename?: 'CompetencyRequirement';
  dimension: CompetencyDimension;
  /** levels 1 to 5 */
  levels: Array<CompetencyLevel>;
  /** e.g. 良好的道德素质 */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  /** TRAINEE … PRINCIPAL */
  targets: Array<GradeTarget>;
  /** share of the overall score; the six sum to 1 */
  weight: Scalars['Float']['output'];
};

/** Competency vs outcome: which dimensions go with results, across the managers of a unit */
export type CompetencyVsOutcome = {
  __typename?: 'CompetencyVsOutcome';
  /** the six dimensions in the model’s order */
  dimensions: Array<DimensionOutcome>;
  /** managers with both an assessment in force at the period’s end and a scorecard total */
  managers: Scalars['Int']['output'];
  orgUnit: OrgUnit;
  /** the overall score against the outcome */
  overall: CompetencyCorrelation;
  /** YYYY-MM */
  period: Scalars['String']['output'];
};

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

/** A task made by hand */
export type CreateTaskInput = {
  /** For whom: a customer the manager keeps or one of their unit; none for an event */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD, today (Beijing) or later, within a year */
  dueOn: Scalars['String']['input'];
  kind: TaskKind;
  /** Whose task; default the caller (only a leader of the unit may give one to a colleague) */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
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
  /** Every primary manager the customer had, newest first */
  managerHistory: Array<PortfolioAssignment>;
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
  /** Every assessment, newest first (drafts to trainers only); empty for a reader who may not see them */
  assessments: Array<Assessment>;
  /** How many customers this manager can serve well */
  capacity: Scalars['Int']['output'];
  /** Dimensions of the latest submitted assessment below the grade’s target, the largest gap first */
  competencyGaps: Array<CompetencyGap>;
  /** Overall and per-dimension scores of each submitted assessment, oldest first: the radar over time */
  competencyHistory: Array<CompetencyHistoryPoint>;
  employment: ManagerEmployment;
  grade: ManagerGrade;
  id: Scalars['ID']['output'];
  /** The newest submitted or acknowledged assessment */
  latestAssessment: Maybe<Assessment>;
  /** The ledger (台账): the customers of the manager’s current portfolio that are in your scope, with balances, 12-month trends, maturities, products, last contact and next step; sorted, filtered and paged on the server (default: DEPOSITS, its natural direction) */
  ledger: LedgerPage;
  /** The whole ledger in figures (the portfolio’s customers in your scope) */
  ledgerSummary: LedgerSummary;
  /** The unit the manager works in */
  orgUnit: OrgUnit;
  /** How many customers the manager keeps now */
  portfolioSize: Scalars['Int']['output'];
  /** The manager’s scorecard (考核) for a month against their targets; null for a manager outside your scope */
  scorecard: Maybe<Scorecard>;
  specialty: ManagerSpecialty;
  /** The staff member: name, position, unit */
  staff: Staff;
  /** Open, due today, overdue (Beijing calendar); null outside the caller’s scope */
  taskSummary: Maybe<TaskSummary>;
  /** The manager’s tasks: open ones first, soonest due first; empty outside the caller’s scope */
  tasks: TaskPage;
  /** Courses planned for the manager: open ones first, then finished */
  trainingPlan: Array<TrainingPlanItem>;
  /** Pass it back to an edit; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};


/** A customer manager (客户经理): a staff member who keeps a portfolio of customers */
export type CustomerManagerLedgerArgs = {
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<LedgerFilter>;
  page?: InputMaybe<PageInput>;
  sort?: InputMaybe<LedgerSort>;
};


/** A customer manager (客户经理): a staff member who keeps a portfolio of customers */
export type CustomerManagerScorecardArgs = {
  period: Scalars['String']['input'];
};


/** A customer manager (客户经理): a staff member who keeps a portfolio of customers */
export type CustomerManagerTasksArgs = {
  filter?: InputMaybe<TaskFilter>;
  page?: InputMaybe<PageInput>;
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

/** One dimension’s scores against the managers’ scorecard totals */
export type DimensionOutcome = {
  __typename?: 'DimensionOutcome';
  /** Pearson’s r (−1 … 1, 4 decimals); null with fewer than 3 managers or when scores or outcomes do not vary */
  correlation: Maybe<Scalars['Float']['output']>;
  dimension: CompetencyDimension;
  points: Array<CompetencyOutcomePoint>;
};

/** One requirement’s score at one point in time */
export type DimensionScore = {
  __typename?: 'DimensionScore';
  dimension: CompetencyDimension;
  score: Scalars['Float']['output'];
};

/** The level a grade should reach in one requirement */
export type GradeTarget = {
  __typename?: 'GradeTarget';
  grade: ManagerGrade;
  level: Scalars['Int']['output'];
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

/** Accounts falling due in the next 30 days (Beijing calendar, today included) */
export type LedgerDue = {
  __typename?: 'LedgerDue';
  /** their balance, CNY accounts only (as the balances) */
  amount: Scalars['Float']['output'];
  /** accounts (every currency) */
  count: Scalars['Int']['output'];
  /** the first of their dates, YYYY-MM-DD; null when none */
  firstDate: Maybe<Scalars['String']['output']>;
};

/** A ledger as CSV (UTF-8 with BOM); the export is recorded in the ledger export log */
export type LedgerExport = {
  __typename?: 'LedgerExport';
  contentType: Scalars['String']['output'];
  csv: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  /** customers in the file */
  rows: Scalars['Int']['output'];
};

/** Which customers of the ledger: all parts optional, combined with AND; your data scope always applies */
export type LedgerFilter = {
  /** Only customers flagged at churn risk on the latest scored date */
  churnRiskOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: the latest contact’s next step has fallen due (due today or earlier, Beijing calendar); false: it has not (no next step, no due date, or due later) */
  hasNextStepDue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only customers with a time deposit maturing or a loan falling due within this many days (1 to 90): from today to today + days, Beijing calendar */
  maturingWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** Not contacted for at least this many days (1 to 3650): no contact since that many days before today (Beijing calendar), never contacted included */
  notContactedForDays?: InputMaybe<Scalars['Int']['input']>;
  /** Only customers in one of these tiers as the bank stands now (analysis_api.customer_tier); a customer not tiered matches none */
  tiers?: InputMaybe<Array<Tier>>;
};

/** A page of a manager’s ledger */
export type LedgerPage = {
  __typename?: 'LedgerPage';
  items: Array<LedgerRow>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  /** The trends’ 12 months, YYYY-MM, oldest first */
  trendMonths: Array<Scalars['String']['output']>;
};

/** One customer of a manager’s ledger (台账) */
export type LedgerRow = {
  __typename?: 'LedgerRow';
  /** Flagged at churn risk on the latest scored date; null when not scored */
  churnRisk: Maybe<Scalars['Boolean']['output']>;
  /** The customer (name, status … from the customers subgraph) */
  customer: Customer;
  customerNo: Scalars['String']['output'];
  /** Demand, time, settlement and basic accounts not closed, CNY — the customer’s balances.deposits in the customers subgraph */
  depositBalance: Scalars['Float']['output'];
  /** Month-end deposits of the 12 months ending with the last complete month (Beijing calendar), oldest first; 0 where none */
  depositTrend: Array<Scalars['Float']['output']>;
  /** The latest contact; null when never contacted */
  lastContactAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Loans and credit cards not closed, CNY — balances.loans + balances.creditCardDebt in the customers subgraph */
  loanBalance: Scalars['Float']['output'];
  /** Month-end loans and card debt of the same 12 months, oldest first */
  loanTrend: Array<Scalars['Float']['output']>;
  /** Loans falling due in the next 30 days */
  loansDue: LedgerDue;
  /** Time deposits maturing in the next 30 days */
  maturingDeposits: LedgerDue;
  /** The next step written at the latest contact */
  nextStep: Maybe<Scalars['String']['output']>;
  /** Its due date, YYYY-MM-DD */
  nextStepDue: Maybe<Scalars['String']['output']>;
  /** Kinds of account held (not closed), in AccountKind order */
  productsHeld: Array<AccountKind>;
  /** Tier as the bank stands now (analysis_api.customer_tier); null: not tiered */
  tier: Maybe<Tier>;
  /** 1 for the top tier of the active scheme (VIP / GOLD) downwards */
  tierRank: Maybe<Scalars['Int']['output']>;
};

/** Sort keys of a manager’s ledger (台账); ties broken by customer id in the same direction */
export type LedgerSort =
  /** customer number (ASC) */
  | 'CUSTOMER_NO'
  /** deposit balance now, CNY (default direction DESC: largest first) */
  | 'DEPOSITS'
  /** latest contact (DESC: most recent first); never contacted counts as longest ago */
  | 'LAST_CONTACT'
  /** loan and credit-card balance now, CNY (DESC: largest first) */
  | 'LOANS'
  /** the next time deposit maturing or loan falling due, from today (ASC: soonest first); nothing due counts as farthest */
  | 'MATURING'
  /** tier rank within the active scheme (DESC: VIP/GOLD first); customers not tiered count as lowest */
  | 'TIER';

/** A manager’s whole ledger in figures: the customers of their portfolio in your scope */
export type LedgerSummary = {
  __typename?: 'LedgerSummary';
  /** Customers flagged at churn risk on the latest scored date */
  atChurnRisk: Scalars['Int']['output'];
  customers: Scalars['Int']['output'];
  /** Σ depositBalance, CNY */
  deposits: Scalars['Float']['output'];
  /** Σ loanBalance, CNY */
  loans: Scalars['Float']['output'];
  /** Loans falling due in the next 30 days */
  loansDue: LedgerDue;
  /** Time deposits maturing in the next 30 days */
  maturingDeposits: LedgerDue;
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

/** A customer manager’s figures in a unit’s roll-up: what their customers bring and how they fare */
export type ManagerFigures = {
  __typename?: 'ManagerFigures';
  /** complaints (service cases) of those customers opened in the month */
  complaints: Scalars['Int']['output'];
  /** contribution (贡献度) of those customers over the 12 months to contributionAsOf, CNY (analysis’s definition) */
  contribution: Scalars['Float']['output'];
  /** the scored date the contribution is as of: the latest on or before the month’s end (null: none) */
  contributionAsOf: Maybe<Scalars['String']['output']>;
  /** customers in the manager’s portfolio now (within your scope) */
  customers: Scalars['Int']['output'];
  /** resolved by the field resolver */
  manager: CustomerManager;
  /** the customers per tier (latest tiers), top tiers first */
  tiers: Array<ManagerTierCount>;
};

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

/** A customer manager’s targets for a month (考核目标) */
export type ManagerTarget = {
  __typename?: 'ManagerTarget';
  /** deposits gained over the month, CNY */
  depositGrowth: Scalars['Float']['output'];
  /** month-end deposits, CNY */
  depositStock: Scalars['Float']['output'];
  /** fees of the month, CNY */
  intermediaryIncome: Scalars['Float']['output'];
  /** loans gained over the month, CNY */
  loanGrowth: Scalars['Float']['output'];
  /** month-end loans and card balances owed, CNY */
  loanStock: Scalars['Float']['output'];
  manager: Maybe<CustomerManager>;
  /** basic accounts opened in the month */
  newBasicAccounts: Scalars['Int']['output'];
  /** share of the month’s tasks done by their due date, 0–1 */
  onTimeTaskRate: Scalars['Float']['output'];
  /** YYYY-MM */
  period: Scalars['String']['output'];
  /** mean CSAT of the month’s surveys, 1–5 */
  satisfaction: Scalars['Float']['output'];
  /** who set them last; null: the demo seed */
  setBy: Maybe<Staff>;
  /** pass it back to setManagerTargets; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** One manager’s targets for the month */
export type ManagerTargetInput = {
  /** deposits gained over the month, CNY, ≥ 0 */
  depositGrowth: Scalars['Float']['input'];
  /** month-end deposits, CNY, ≥ 0 */
  depositStock: Scalars['Float']['input'];
  /** fees of the month, CNY, ≥ 0 */
  intermediaryIncome: Scalars['Float']['input'];
  /** loans gained over the month, CNY, ≥ 0 */
  loanGrowth: Scalars['Float']['input'];
  /** month-end loans and card balances owed, CNY, ≥ 0 */
  loanStock: Scalars['Float']['input'];
  managerId: Scalars['ID']['input'];
  /** basic accounts opened in the month, ≥ 0 */
  newBasicAccounts: Scalars['Int']['input'];
  /** share of the month’s tasks done by their due date, 0–1 */
  onTimeTaskRate: Scalars['Float']['input'];
  /** mean CSAT of the month’s surveys, 1–5 */
  satisfaction: Scalars['Float']['input'];
  /** the version of this manager’s targets for the month as you read them; omit when none are set. Stale → CONFLICT */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** One manager’s open tasks, for their head */
export type ManagerTaskSummary = {
  __typename?: 'ManagerTaskSummary';
  dueToday: Scalars['Int']['output'];
  manager: CustomerManager;
  open: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
};

export type ManagerTierCount = {
  __typename?: 'ManagerTierCount';
  customers: Scalars['Int']['output'];
  tier: Tier;
};

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
  /** The assessed manager: acknowledge a submitted assessment of oneself, with a comment */
  acknowledgeAssessment: Assessment;
  /** OPEN → ACKNOWLEDGED */
  acknowledgeServiceCase: ServiceCase;
  /** Both customers must be in your scope; read back from the "from" side */
  addRelationship: CustomerRelationship;
  /** A second leader, never the maker (FORBIDDEN): move the transfer’s customers now; a stale version is CONFLICT */
  approvePortfolioTransfer: PortfolioTransfer;
  /** A second head-office analyst, never the draft’s author (FORBIDDEN): make a draft ACTIVE (the previous one SUPERSEDED) and re-tier the latest as-of with it */
  approveTierPolicy: TierPolicy;
  /** Give one customer or a selection (1–500, in scope, open) a primary manager; the previous period ends, history is kept. More than 50 changing manager: a PENDING transfer for a second leader */
  assignCustomers: ReassignmentResult;
  /** Not needed any more, and why */
  cancelTask: Task;
  captureNeed: CustomerNeed;
  /** RESOLVED → CLOSED */
  closeServiceCase: ServiceCase;
  /** Done, with what came of it */
  completeTask: Task;
  /** Registers a customer. A duplicate ID number / credit code is refused (field idNumber) naming the existing record when it is in your scope, as "duplicate of a customer you cannot see" otherwise; every such answer is in the PII access log, at most 20 per staff member and hour (then RATE_LIMITED) */
  createCustomer: Customer;
  /** A task by hand: for oneself, or (a leader) for a manager of the unit */
  createTask: Task;
  /** Escalates every open case handled within your scope whose SLA has passed, one step up; returns how many moved (also runs every minute inside the subgraph) */
  escalateOverdueServiceCases: Scalars['Int']['output'];
  /** To the parent unit of the current handler, with a fresh SLA window; not above head office */
  escalateServiceCase: ServiceCase;
  /** A manager’s ledger as CSV, filtered as on screen, by customer number (at most 10,000 rows); recorded in the ledger export log; cells a spreadsheet would run as a formula start with a quote */
  exportLedger: LedgerExport;
  /** Folds a duplicate record (mergedId) into survivorId: accounts, transactions, interactions, needs, cases, surveys and relationships move; the merged record stays with status MERGED and mergedInto. Both must be in your scope */
  mergeCustomers: Customer;
  /** Opens a case about a customer in your scope; handled first by the customer’s home unit, SLA from severity */
  openServiceCase: ServiceCase;
  /** Trainer: add catalog courses for a manager’s current gaps (idempotent: no course twice while open) */
  planTraining: PlanTrainingResult;
  /** Recomputes one customer in your scope (same SQL as the batch, one id) and tiers them; default date: the latest scored */
  recomputeCustomerScore: CustomerScore;
  /** Record a contact; you and your unit are taken from your login */
  recordInteraction: Interaction;
  recordSurvey: SatisfactionSurvey;
  /** Turn a pending transfer down (its maker may withdraw it): nothing moves */
  rejectPortfolioTransfer: PortfolioTransfer;
  removeRelationship: Scalars['Boolean']['output'];
  /** Another day (YYYY-MM-DD, today or later) for an open task */
  rescheduleTask: Task;
  /** OPEN or ACKNOWLEDGED → RESOLVED, with root cause and resolution */
  resolveServiceCase: ServiceCase;
  /** One personal-data field of a customer in your scope, in clear, for a purpose from the bank's list (minimum necessary); each reveal is one row in the PII access log (who, customer, field, purpose, note, when) */
  revealCustomerPii: PiiReveal;
  /** Run the task rules now for a unit in the caller’s scope (default: the whole scope) */
  runTaskRules: TaskRulesRun;
  /** Trainer: start a draft assessment of a manager in scope (not oneself), or change one’s own draft (assessmentId + version); the draft’s scores become these */
  saveAssessmentDraft: Assessment;
  /** Head-office strategy analyst: validate and save a policy as the next DRAFT version of its scheme */
  saveTierPolicyDraft: TierPolicy;
  /** Sets the month’s targets of managers in your scope, all or nothing (a manager outside it: NOT_FOUND; a stale version: CONFLICT) */
  setManagerTargets: Array<ManagerTarget>;
  /** Adds a version of a unit’s scorecard weights (yours by default), in force from this month or later */
  setScorecardWeights: ScorecardWeights;
  /** Starts a CSV export of your scoped customer list (at most 50,000 rows) and returns its job at once; poll customerExportJob(id). Unmasked only with CUSTOMER_PII_REVEAL; recorded in the PII access log when it runs; one at a time per staff member (a second while one runs is RATE_LIMITED); cells that a spreadsheet would run as a formula start with a quote */
  startCustomerExport: CustomerExportJob;
  /** Starts a CSV import (at most 50,000 rows, 10 MB) and returns its job at once; poll importJob(id). CUSTOMERS columns: kind,name,id_number,phone,address,email,gender,birth_date,occupation,income_band,industry,legal_representative,registered_capital,company_size,marketing_consent,consent_channel,home_org_unit_id. ACCOUNTS columns: customer_no,account_no,kind,currency,balance,credit_limit,interest_rate,opened_on,matures_on. Rows that duplicate an existing ID or account number are audited and budgeted (at most 20 per staff member and hour; beyond it RATE_LIMITED) */
  startImport: ImportJob;
  /** Head office (strategy analyst or system admin): recomputes every customer as of a date (default: the last month-end with balance data) in the background and tiers them with the active policy; one at a time. Poll scoreJob(id). */
  startScoreRecompute: ScoreJob;
  /** Trainer: submit one’s draft (all six dimensions scored); the overall is weighted by the model */
  submitAssessment: Assessment;
  /** A contact’s next step as a follow-up of the customer’s manager; once per contact */
  taskFromNextStep: Task;
  /** Move a manager’s whole portfolio (in scope) to another manager: at once up to 50 customers, above that a PENDING transfer a second leader approves */
  transferPortfolio: ReassignmentResult;
  /** Edits a customer at `version`; CONFLICT when someone else changed it since */
  updateCustomer: Customer;
  /** Change a manager of the caller’s scope (grade, employment, specialty, capacity, active); a stale version is CONFLICT; deactivating one who keeps customers is refused until the portfolio is transferred */
  updateCustomerManager: CustomerManager;
  updateNeedStatus: CustomerNeed;
  /** Trainer: PLANNED → IN_PROGRESS → COMPLETED, or CANCELLED while open */
  updateTrainingPlanItem: TrainingPlanItem;
};


export type MutationAcknowledgeAssessmentArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAcknowledgeServiceCaseArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationAddRelationshipArgs = {
  input: AddRelationshipInput;
};


export type MutationApprovePortfolioTransferArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationApproveTierPolicyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAssignCustomersArgs = {
  input: AssignCustomersInput;
};


export type MutationCancelTaskArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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


export type MutationCompleteTaskArgs = {
  id: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationEscalateServiceCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationExportLedgerArgs = {
  filter?: InputMaybe<LedgerFilter>;
  managerId: Scalars['ID']['input'];
};


export type MutationMergeCustomersArgs = {
  mergedId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  survivorId: Scalars['ID']['input'];
};


export type MutationOpenServiceCaseArgs = {
  input: OpenServiceCaseInput;
};


export type MutationPlanTrainingArgs = {
  managerId: Scalars['ID']['input'];
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


export type MutationRejectPortfolioTransferArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationRemoveRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRescheduleTaskArgs = {
  dueOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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


export type MutationRunTaskRulesArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSaveAssessmentDraftArgs = {
  input: SaveAssessmentDraftInput;
};


export type MutationSaveTierPolicyDraftArgs = {
  input: TierPolicyInput;
};


export type MutationSetManagerTargetsArgs = {
  input: SetManagerTargetsInput;
};


export type MutationSetScorecardWeightsArgs = {
  input: SetScorecardWeightsInput;
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


export type MutationSubmitAssessmentArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationTaskFromNextStepArgs = {
  interactionId: Scalars['ID']['input'];
};


export type MutationTransferPortfolioArgs = {
  input: TransferPortfolioInput;
};


export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateCustomerManagerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerManagerInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateNeedStatusArgs = {
  id: Scalars['ID']['input'];
  status: NeedStatus;
  version: Scalars['Int']['input'];
};


export type MutationUpdateTrainingPlanItemArgs = {
  id: Scalars['ID']['input'];
  status: TrainingPlanStatus;
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
  /** Per manager of this unit and the units below it: contribution, tier mix, complaints of their customers; [] outside your scope */
  managerFigures: Array<ManagerFigures>;
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
export type OrgUnitManagerFiguresArgs = {
  period: Scalars['String']['input'];
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

/** What planTraining did */
export type PlanTrainingResult = {
  __typename?: 'PlanTrainingResult';
  /** how many courses were added (0 when the plan already covers every gap) */
  added: Scalars['Int']['output'];
  /** the items added */
  items: Array<TrainingPlanItem>;
  manager: CustomerManager;
};

export type PolicyStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'SUPERSEDED';

/** A period with one primary customer manager: who assigned them, when, why, and who came before */
export type PortfolioAssignment = {
  __typename?: 'PortfolioAssignment';
  /** The second leader, when an approved transfer made this assignment */
  approvedBy: Maybe<Staff>;
  /** Who assigned this manager; null for the initial allocation */
  assignedBy: Maybe<Staff>;
  /** null while this is the customer’s manager */
  endedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who ended this period (the next assignment’s leader) */
  endedBy: Maybe<Staff>;
  /** What the previous manager handed over */
  handoverNote: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  manager: CustomerManager;
  /** The manager before (the “from”); null for the first */
  previousManager: Maybe<CustomerManager>;
  reason: AssignmentReason;
  startedAt: Scalars['DateTimeISO']['output'];
};

/** A request to move many customers to another manager; a second leader approves or rejects it */
export type PortfolioTransfer = {
  __typename?: 'PortfolioTransfer';
  /** How many customers would move when it was requested */
  customerCount: Scalars['Int']['output'];
  decidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The checker who approved or rejected it (or its maker, withdrawing it) */
  decidedBy: Maybe<Staff>;
  /** Why it was rejected */
  decisionNote: Maybe<Scalars['String']['output']>;
  /** Whose whole portfolio moves; null for a selection */
  fromManager: Maybe<CustomerManager>;
  handoverNote: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** How many moved on approval (customers may have moved or closed meanwhile) */
  movedCount: Maybe<Scalars['Int']['output']>;
  reason: AssignmentReason;
  requestedAt: Scalars['DateTimeISO']['output'];
  /** The maker: the leader who asked for it */
  requestedBy: Staff;
  status: PortfolioTransferStatus;
  toManager: CustomerManager;
  /** Pass it back to approve or reject; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

export type PortfolioTransferPage = {
  __typename?: 'PortfolioTransferPage';
  items: Array<PortfolioTransfer>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** PENDING until a second leader approves (the customers move) or rejects (nothing moves) */
export type PortfolioTransferStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type Query = {
  __typename?: 'Query';
  /** The policy that decides tiers now */
  activeTierPolicy: Maybe<TierPolicy>;
  /** One assessment: trainers, of a manager in their scope; a manager, their own once submitted (NOT_FOUND otherwise) */
  assessment: Assessment;
  /** Customers in your scope flagged at risk of leaving on a date (default: the latest scored), largest deposits first; with orgUnitId only those homed at that unit or below it (its total is that unit’s rollup.churnRisk; empty for a unit outside your scope) */
  churnRiskCustomers: ChurnRiskPage;
  /** The competency model in effect (or one version of it): six weighted requirements, level descriptors 1–5, each grade’s targets */
  competencyModel: CompetencyModel;
  /** Every version of the competency model, newest first */
  competencyModels: Array<CompetencyModel>;
  /** Trainer: each dimension’s scores against the managers’ scorecard totals for a month (YYYY-MM), across a unit (default the caller’s): a scatter and Pearson’s r per dimension */
  competencyVsOutcome: CompetencyVsOutcome;
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
  /** The month’s targets of the managers of a unit (default yours) and the units below it, in your scope */
  managerTargets: Array<ManagerTarget>;
  /** Each active manager of a unit in the caller’s scope with their open, due-today and overdue tasks, most overdue first */
  managerTaskSummaries: Array<ManagerTaskSummary>;
  /** The signed-in staff member */
  me: Staff;
  /** The caller's own unit: the root of everything they can see */
  myOrgUnit: OrgUnit;
  /** One unit of the bank */
  orgUnit: Maybe<OrgUnit>;
  /** Units below a unit (default: the caller’s), optionally of one level, in tree order */
  orgUnits: Array<OrgUnit>;
  /** Overdue tasks of the managers of a unit in the caller’s scope (default: the whole scope), oldest first */
  overdueTasks: TaskPage;
  /** Who saw unmasked personal data: entries made within your scope, newest first */
  piiAccessLog: PiiAccessLogPage;
  /** Portfolio transfers of the caller’s scope, newest first */
  portfolioTransfers: PortfolioTransferPage;
  /** Head office: how many customers a policy would move between tiers at an as-of (default the latest); nothing is written */
  previewTierPolicy: TierPolicyPreview;
  /** As-of dates that have scores, newest first */
  scoreAsOfDates: Array<Scalars['String']['output']>;
  scoreJob: Maybe<ScoreJob>;
  /** The scorecard weights in force for a unit (default yours) this month, and every version that applies to it */
  scorecardWeights: ScorecardWeightsHistory;
  /** The active managers of a unit (default yours) and the units below it compared for a month: highest total first, then unscored */
  scorecards: ScorecardPage;
  /** One service case, if its customer is in your data scope */
  serviceCase: Maybe<ServiceCase>;
  /** Cases handled within your scope, most urgent first: open ones (earliest slaDueAt, so breached first) above resolved and closed ones (most recently finished first); open ones unless filtered by status */
  serviceCaseQueue: ServiceCasePage;
  /** Staff of your unit and the units below it */
  staff: StaffPage;
  /** One task of a manager in the caller’s scope (NOT_FOUND outside it) */
  task: Task;
  /** Trainer: per dimension across a unit’s managers (default the caller’s unit) — assessed, mean score, below target */
  teamCompetencyGaps: TeamCompetencyGaps;
  /** Customers in your scope whose tier changed against the previous as-of, by customer id; with orgUnitId only those homed at that unit or below it (empty for a unit outside your scope); with managerId only those whose current primary manager that is */
  tierMovements: TierMovementPage;
  /** Every tier policy, newest first, with maker and checker */
  tierPolicies: Array<TierPolicy>;
  /** The training catalog, by dimension and level */
  trainingCourses: Array<TrainingCourse>;
};


export type QueryAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChurnRiskCustomersArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};


export type QueryCompetencyModelArgs = {
  modelVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompetencyVsOutcomeArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
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


export type QueryManagerTargetsArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
};


export type QueryManagerTaskSummariesArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrgUnitsArgs = {
  level?: InputMaybe<OrgLevel>;
  under?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOverdueTasksArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};


export type QueryPiiAccessLogArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};


export type QueryPortfolioTransfersArgs = {
  page?: InputMaybe<PageInput>;
  status?: InputMaybe<PortfolioTransferStatus>;
};


export type QueryPreviewTierPolicyArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  input: TierPolicyInput;
};


export type QueryScoreJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScorecardWeightsArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryScorecardsArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
  period: Scalars['String']['input'];
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


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamCompetencyGapsArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTierMovementsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};


export type QueryTrainingCoursesArgs = {
  dimension?: InputMaybe<CompetencyDimension>;
};

/** What an assignment or a portfolio transfer did */
export type ReassignmentResult = {
  __typename?: 'ReassignmentResult';
  /** Customers who now have the manager (0 while a transfer awaits approval) */
  assigned: Scalars['Int']['output'];
  /** The receiving manager; portfolioSize counts the customers just moved */
  manager: CustomerManager;
  /** Set when the move is large enough to need a second leader: nothing moved yet, the request is PENDING */
  transfer: Maybe<PortfolioTransfer>;
  /** Customers who already had the manager: left as they were */
  unchanged: Scalars['Int']['output'];
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

/** A draft’s scores, all replaced by these: a new draft without assessmentId, a change with assessmentId and version */
export type SaveAssessmentDraftInput = {
  /** the draft to change; none starts a new one */
  assessmentId?: InputMaybe<Scalars['ID']['input']>;
  managerId: Scalars['ID']['input'];
  /** any of the six so far; submitting needs all six */
  scores: Array<AssessmentScoreInput>;
  /** the draft’s version, required with assessmentId (stale → CONFLICT) */
  version?: InputMaybe<Scalars['Int']['input']>;
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

/** A customer manager’s scorecard (考核) for a month: each measure, the weights in force, the total */
export type Scorecard = {
  __typename?: 'Scorecard';
  /** customers measured: the manager’s current portfolio within your scope */
  customers: Scalars['Int']['output'];
  /** the first day of the month, YYYY-MM-DD; the stocks grow from the previous month’s end */
  from: Scalars['String']['output'];
  /** every measure in card order, the penalty included */
  lines: Array<ScorecardLine>;
  manager: CustomerManager;
  /** YYYY-MM (a Beijing calendar month) */
  period: Scalars['String']['output'];
  /** Σ weights of the measures scored: the total is out of this (up to 120 % of it) */
  scoredWeight: Scalars['Float']['output'];
  /** surveys with a CSAT in the month (what satisfaction averages) */
  surveys: Scalars['Int']['output'];
  /** the month’s targets (with their version); null when none are set */
  targets: Maybe<ManagerTarget>;
  /** tasks due in the month up to today, not cancelled */
  tasksDue: Scalars['Int']['output'];
  /** of those, done by their due date (Beijing day) */
  tasksOnTime: Scalars['Int']['output'];
  /** the last day of the month, YYYY-MM-DD: the stocks are month-end balances */
  to: Scalars['String']['output'];
  /** Σ points of the scored measures less the penalty, to 2 decimals; null when no measure is scored (no targets) */
  total: Maybe<Scalars['Float']['output']>;
  /** the weights in force for the manager’s unit in the month */
  weights: ScorecardWeights;
};

/** One measure of a scorecard: what was achieved against the target, and the points it earned */
export type ScorecardLine = {
  __typename?: 'ScorecardLine';
  /** actual ÷ target, to 4 decimals (a target of 0 is met unless the figure shrank); null without both */
  achievement: Maybe<Scalars['Float']['output']>;
  /** what the manager’s customers did in the month (CNY, a count, a CSAT, a share); null when not measurable (no survey, no task due) */
  actual: Maybe<Scalars['Float']['output']>;
  measure: ScorecardMeasure;
  /** true for the penalty (new overdue loans): no target, its points are taken off */
  penalty: Scalars['Boolean']['output'];
  /** weight × achievement (between 0 and 120 %), to 2 decimals; the penalty’s are negative; null when not scored */
  points: Maybe<Scalars['Float']['output']>;
  /** the month’s target; null when none is set (and for the penalty) */
  target: Maybe<Scalars['Float']['output']>;
  /** the weight in force (percent); for the penalty, the most it can take off */
  weight: Scalars['Float']['output'];
};

/** A measure of the customer-manager scorecard (客户经理考核) */
export type ScorecardMeasure =
  /** 存款增量: deposits at the month’s end less those at its start (the previous month’s end), CNY */
  | 'DEPOSIT_GROWTH'
  /** 存款余额: month-end deposits of the manager’s customers, CNY */
  | 'DEPOSIT_STOCK'
  /** 中间业务收入: fees debited in the month (analysis’s fee income), CNY */
  | 'INTERMEDIARY_INCOME'
  /** 贷款增量: loans at the month’s end less those at its start, CNY */
  | 'LOAN_GROWTH'
  /** 贷款余额: month-end loans and card balances owed, CNY */
  | 'LOAN_STOCK'
  /** 新开基本账户: basic accounts opened in the month */
  | 'NEW_BASIC_ACCOUNTS'
  /** 新增逾期贷款 (a penalty): loans that fell due in the month and were still owed at its end */
  | 'NEW_OVERDUE_LOANS'
  /** 任务按时完成率: tasks due in the month done by their due date, a share 0–1 */
  | 'ON_TIME_TASK_RATE'
  /** 客户满意度: mean CSAT (1–5) of the month’s surveys of the manager’s customers */
  | 'SATISFACTION';

/** The weight of each measure, percent; they sum to 100 */
export type ScorecardMeasureWeightsInput = {
  depositGrowth: Scalars['Float']['input'];
  depositStock: Scalars['Float']['input'];
  intermediaryIncome: Scalars['Float']['input'];
  loanGrowth: Scalars['Float']['input'];
  loanStock: Scalars['Float']['input'];
  newBasicAccounts: Scalars['Float']['input'];
  onTimeTaskRate: Scalars['Float']['input'];
  satisfaction: Scalars['Float']['input'];
};

export type ScorecardPage = {
  __typename?: 'ScorecardPage';
  items: Array<Scorecard>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A version of the scorecard weights (percent, summing to 100) and the overdue-loan penalty */
export type ScorecardWeights = {
  __typename?: 'ScorecardWeights';
  depositGrowth: Scalars['Float']['output'];
  depositStock: Scalars['Float']['output'];
  /** YYYY-MM: the first month it applies to */
  effectiveFrom: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  intermediaryIncome: Scalars['Float']['output'];
  loanGrowth: Scalars['Float']['output'];
  loanStock: Scalars['Float']['output'];
  newBasicAccounts: Scalars['Float']['output'];
  onTimeTaskRate: Scalars['Float']['output'];
  /** the unit it applies to (and those below); null: the whole bank */
  orgUnit: Maybe<OrgUnit>;
  /** the most points new overdue loans can take off in a month */
  overduePenaltyCap: Scalars['Float']['output'];
  /** points taken off per new overdue loan */
  overduePenaltyPerLoan: Scalars['Float']['output'];
  /** why the weights are what they are */
  reason: Scalars['String']['output'];
  satisfaction: Scalars['Float']['output'];
  setAt: Scalars['DateTimeISO']['output'];
  /** who set it; null: the bank’s default */
  setBy: Maybe<Staff>;
  /** 1, 2, … per unit: pass it back when setting the next version (stale → CONFLICT) */
  version: Scalars['Int']['output'];
};

/** The weights in force for a unit now, and every version that applies or applied to it */
export type ScorecardWeightsHistory = {
  __typename?: 'ScorecardWeightsHistory';
  /** in force this month */
  current: ScorecardWeights;
  /** the versions of the unit and of the units above it (the bank-wide default included), latest month first */
  history: Array<ScorecardWeights>;
};

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

/** Targets of several managers for one month, set together (all or nothing) */
export type SetManagerTargetsInput = {
  /** YYYY-MM, a Beijing calendar month */
  period: Scalars['String']['input'];
  targets: Array<ManagerTargetInput>;
};

/** A new version of a unit’s scorecard weights, in force from a month */
export type SetScorecardWeightsInput = {
  /** YYYY-MM: the first month it applies to — this month or later (a closed month is never re-scored) */
  effectiveFrom: Scalars['String']['input'];
  /** the unit whose managers (and those below) it applies to; default your own unit */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** the most points new overdue loans take off in a month, 0–100 */
  overduePenaltyCap: Scalars['Float']['input'];
  /** points taken off per new overdue loan, 0–100 */
  overduePenaltyPerLoan: Scalars['Float']['input'];
  /** why these weights (kept with the version) */
  reason: Scalars['String']['input'];
  /** the unit’s latest version as you read it (scorecardWeights); omit when the unit has none of its own. Stale → CONFLICT */
  version?: InputMaybe<Scalars['Int']['input']>;
  weights: ScorecardMeasureWeightsInput;
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

/** A customer manager’s task: what to do, for whom, by when, and what came of it */
export type Task = {
  __typename?: 'Task';
  /** When it was done (null while open, and when cancelled) */
  completedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who made it by hand or from a next step; null: a rule */
  createdBy: Maybe<Staff>;
  /** For whom; null for none, or when outside the caller’s scope */
  customer: Maybe<Customer>;
  /** The day it is due (YYYY-MM-DD, Beijing calendar) */
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: TaskKind;
  /** Whose task it is */
  manager: CustomerManager;
  note: Maybe<Scalars['String']['output']>;
  /** What came of it; for a cancelled task, why */
  outcome: Maybe<Scalars['String']['output']>;
  /** Open and due before today on the Beijing calendar */
  overdue: Scalars['Boolean']['output'];
  source: TaskSource;
  status: TaskStatus;
  title: Scalars['String']['output'];
  /** Pass it back to an edit; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** Which tasks: by status, due date (YYYY-MM-DD, both ends included), kind; or only the overdue ones */
export type TaskFilter = {
  dueFrom?: InputMaybe<Scalars['String']['input']>;
  dueTo?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<TaskKind>>;
  /** Only open tasks due before today (Beijing) */
  overdueOnly?: Scalars['Boolean']['input'];
  statuses?: InputMaybe<Array<TaskStatus>>;
};

/** What the task is: a contact, marketing, an intermediary service or an event */
export type TaskKind =
  /** 电话 call */
  | 'CALL'
  /** 代收代付 collection & payment agency */
  | 'COLLECTION_PAYMENT_AGENCY'
  /** 资信调查 credit investigation */
  | 'CREDIT_INVESTIGATION'
  /** 财务顾问 financial advisory */
  | 'FINANCIAL_ADVISORY'
  /** 跟进 follow-up */
  | 'FOLLOW_UP'
  /** 信息咨询 information consulting */
  | 'INFORMATION_CONSULTING'
  /** 中介服务 intermediary service */
  | 'INTERMEDIARY_SERVICE'
  /** 贷款营销 loan marketing */
  | 'LOAN_MARKETING'
  /** 寻找合作伙伴与销售渠道 finding partners and sales channels for a corporate customer */
  | 'PARTNER_MATCHMAKING'
  /** 结算 settlement */
  | 'SETTLEMENT'
  /** 主题活动 themed event */
  | 'THEMED_EVENT'
  /** 拜访 visit */
  | 'VISIT';

export type TaskPage = {
  __typename?: 'TaskPage';
  items: Array<Task>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Tasks the rules made in this run, per rule (a trigger already handled makes none) */
export type TaskRulesRun = {
  __typename?: 'TaskRulesRun';
  /** a churn-risk flag → a visit */
  churnRisks: Scalars['Int']['output'];
  /** a complaint closed → a follow-up call */
  closedComplaints: Scalars['Int']['output'];
  /** a time deposit maturing within 30 days → a call */
  maturingDeposits: Scalars['Int']['output'];
};

/** What made the task */
export type TaskSource =
  /** rule: the customer is flagged at risk of leaving */
  | 'CHURN_RISK'
  /** rule: the customer’s complaint was closed */
  | 'COMPLAINT_CLOSED'
  /** rule: a time deposit matures within 30 days */
  | 'DEPOSIT_MATURING'
  /** made by hand */
  | 'MANUAL'
  /** a contact’s next step */
  | 'NEXT_STEP';

/** 待办 open · 已完成 done · 已取消 cancelled */
export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** A manager’s open tasks: how many, due today, overdue (Beijing calendar) */
export type TaskSummary = {
  __typename?: 'TaskSummary';
  dueToday: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
};

/** Competency gaps of the managers of a unit and the units below it */
export type TeamCompetencyGaps = {
  __typename?: 'TeamCompetencyGaps';
  /** the six dimensions in the model’s order */
  dimensions: Array<TeamDimensionGap>;
  /** active managers of the team */
  managers: Scalars['Int']['output'];
  /** of them, with a submitted assessment */
  managersAssessed: Scalars['Int']['output'];
  orgUnit: OrgUnit;
};

/** One dimension across a team: the latest submitted assessment of each active manager */
export type TeamDimensionGap = {
  __typename?: 'TeamDimensionGap';
  /** managers below their grade’s target */
  belowTarget: Scalars['Int']['output'];
  dimension: CompetencyDimension;
  managersAssessed: Scalars['Int']['output'];
  /** null when nobody is assessed */
  meanScore: Maybe<Scalars['Float']['output']>;
  /** mean of their grades’ targets */
  meanTarget: Maybe<Scalars['Float']['output']>;
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

/** A course of the training catalog */
export type TrainingCourse = {
  __typename?: 'TrainingCourse';
  active: Scalars['Boolean']['output'];
  /** catalog code, e.g. SKL-302 */
  code: Scalars['String']['output'];
  dimension: CompetencyDimension;
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** the level (2–5) the course brings a manager to */
  level: Scalars['Int']['output'];
  /** in Chinese */
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
};

/** A course in a manager’s training plan, for a gap of their latest assessment */
export type TrainingPlanItem = {
  __typename?: 'TrainingPlanItem';
  /** the assessment whose gap this closes */
  assessmentId: Scalars['ID']['output'];
  course: TrainingCourse;
  dimension: CompetencyDimension;
  /** when it was completed or cancelled */
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  manager: CustomerManager;
  plannedAt: Scalars['DateTimeISO']['output'];
  /** the trainer who planned it; null when seeded */
  plannedBy: Maybe<Staff>;
  /** the score when planned */
  scoreAtPlanning: Scalars['Float']['output'];
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: TrainingPlanStatus;
  /** the grade’s target when planned */
  targetLevel: Scalars['Int']['output'];
  /** Pass it back to updateTrainingPlanItem; a stale one is CONFLICT */
  version: Scalars['Int']['output'];
};

/** PLANNED → IN_PROGRESS → COMPLETED; PLANNED or IN_PROGRESS → CANCELLED */
export type TrainingPlanStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

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

/** Move every customer a manager keeps (in the caller’s scope) to another manager */
export type TransferPortfolioInput = {
  fromManagerId: Scalars['ID']['input'];
  handoverNote?: InputMaybe<Scalars['String']['input']>;
  reason: AssignmentReason;
  /** An active manager of the caller’s scope, not fromManagerId */
  toManagerId: Scalars['ID']['input'];
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

/** What changes about a manager; fields left out stay as they are */
export type UpdateCustomerManagerInput = {
  /** false: the manager leaves the system — only once they keep no customers */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** How many customers they can serve well, 1–5000 */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  employment?: InputMaybe<ManagerEmployment>;
  grade?: InputMaybe<ManagerGrade>;
  specialty?: InputMaybe<ManagerSpecialty>;
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
