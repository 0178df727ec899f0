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

/** DRAFT (the trainer is writing it) → SUBMITTED (awaits the manager) → ACKNOWLEDGED (the manager has read it) */
export type AssessmentStatus =
  | 'ACKNOWLEDGED'
  | 'DRAFT'
  | 'SUBMITTED';

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

/** A task made by hand */
export type CreateTaskInput = {
  /** For whom: a customer the manager keeps or one of their unit; none for an event */
  customerId?: string | null | undefined;
  /** YYYY-MM-DD, today (Beijing) or later, within a year */
  dueOn: string;
  kind: TaskKind;
  /** Whose task; default the caller (only a leader of the unit may give one to a colleague) */
  managerId?: string | null | undefined;
  note?: string | null | undefined;
  title: string;
};

/** Which customers of the ledger: all parts optional, combined with AND; your data scope always applies */
export type LedgerFilter = {
  /** Only customers flagged at churn risk on the latest scored date */
  churnRiskOnly?: boolean | null | undefined;
  /** true: the latest contact’s next step has fallen due (due today or earlier, Beijing calendar); false: it has not (no next step, no due date, or due later) */
  hasNextStepDue?: boolean | null | undefined;
  /** Only customers with a time deposit maturing or a loan falling due within this many days (1 to 90): from today to today + days, Beijing calendar */
  maturingWithinDays?: number | null | undefined;
  /** Not contacted for at least this many days (1 to 3650): no contact since that many days before today (Beijing calendar), never contacted included */
  notContactedForDays?: number | null | undefined;
  /** Only customers in one of these tiers as the bank stands now (analysis_api.customer_tier); a customer not tiered matches none */
  tiers?: Array<Tier> | null | undefined;
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

/** Page of a list; pageSize at most 100 */
export type PageInput = {
  page?: number;
  pageSize?: number;
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

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Which tasks: by status, due date (YYYY-MM-DD, both ends included), kind; or only the overdue ones */
export type TaskFilter = {
  dueFrom?: string | null | undefined;
  dueTo?: string | null | undefined;
  kinds?: Array<TaskKind> | null | undefined;
  /** Only open tasks due before today (Beijing) */
  overdueOnly?: boolean;
  statuses?: Array<TaskStatus> | null | undefined;
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

export type ManagerAssessmentFragment = { id: string, status: AssessmentStatus, overall: number | null, assessedAt: string, submittedAt: string | null, acknowledgedAt: string | null, managerComment: string | null, version: number, manager: { id: string }, assessor: { id: string, name: string }, model: { id: string, modelVersion: number, dimensions: Array<{ dimension: CompetencyDimension, name: string, nameEn: string, weight: number, levels: Array<{ level: number, descriptor: string, descriptorEn: string }>, targets: Array<{ grade: ManagerGrade, level: number }> }> }, scores: Array<{ dimension: CompetencyDimension, score: number, evidence: string }> };

export type ManagerMyAssessmentQueryVariables = Exact<{
  id: string;
}>;


export type ManagerMyAssessmentQuery = { customerManager: { id: string, grade: ManagerGrade, latestAssessment: { id: string, status: AssessmentStatus, overall: number | null, assessedAt: string, submittedAt: string | null, acknowledgedAt: string | null, managerComment: string | null, version: number, manager: { id: string }, assessor: { id: string, name: string }, model: { id: string, modelVersion: number, dimensions: Array<{ dimension: CompetencyDimension, name: string, nameEn: string, weight: number, levels: Array<{ level: number, descriptor: string, descriptorEn: string }>, targets: Array<{ grade: ManagerGrade, level: number }> }> }, scores: Array<{ dimension: CompetencyDimension, score: number, evidence: string }> } | null, competencyHistory: Array<{ assessmentId: string, submittedAt: string, status: AssessmentStatus, overall: number, modelVersion: number }> } };

export type ManagerAcknowledgeAssessmentMutationVariables = Exact<{
  id: string;
  version: number;
  comment?: string | null | undefined;
}>;


export type ManagerAcknowledgeAssessmentMutation = { acknowledgeAssessment: { id: string, status: AssessmentStatus, overall: number | null, assessedAt: string, submittedAt: string | null, acknowledgedAt: string | null, managerComment: string | null, version: number, manager: { id: string }, assessor: { id: string, name: string }, model: { id: string, modelVersion: number, dimensions: Array<{ dimension: CompetencyDimension, name: string, nameEn: string, weight: number, levels: Array<{ level: number, descriptor: string, descriptorEn: string }>, targets: Array<{ grade: ManagerGrade, level: number }> }> }, scores: Array<{ dimension: CompetencyDimension, score: number, evidence: string }> } };

export type ManagerMeQueryVariables = Exact<{
  id: string;
}>;


export type ManagerMeQuery = { customerManager: { id: string, grade: ManagerGrade, employment: ManagerEmployment, capacity: number, portfolioSize: number, staff: { id: string, name: string }, orgUnit: { id: string, name: string, nameEn: string | null }, ledgerSummary: { customers: number, deposits: number, loans: number, atChurnRisk: number, maturingDeposits: { count: number, amount: number, firstDate: string | null }, loansDue: { count: number, amount: number, firstDate: string | null } } } };

export type ManagerLedgerQueryVariables = Exact<{
  id: string;
  page?: PageInput | null | undefined;
  sort?: LedgerSort | null | undefined;
  direction?: SortDirection | null | undefined;
  filter?: LedgerFilter | null | undefined;
}>;


export type ManagerLedgerQuery = { customerManager: { id: string, ledger: { total: number, page: number, pageSize: number, trendMonths: Array<string>, items: Array<{ customerNo: string, tier: Tier | null, depositBalance: number, loanBalance: number, depositTrend: Array<number>, loanTrend: Array<number>, productsHeld: Array<AccountKind>, lastContactAt: string | null, nextStep: string | null, nextStepDue: string | null, churnRisk: boolean | null, customer: { id: string, name: string }, maturingDeposits: { count: number, amount: number, firstDate: string | null }, loansDue: { count: number, amount: number, firstDate: string | null } }> } } };

export type ManagerExportLedgerMutationVariables = Exact<{
  managerId: string;
  filter?: LedgerFilter | null | undefined;
}>;


export type ManagerExportLedgerMutation = { exportLedger: { filename: string, contentType: string, rows: number, csv: string } };

export type ManagerChurnRiskQueryVariables = Exact<{
  id: string;
  page?: PageInput | null | undefined;
}>;


export type ManagerChurnRiskQuery = { customerManager: { id: string, ledger: { total: number, page: number, pageSize: number, items: Array<{ customerNo: string, tier: Tier | null, depositBalance: number, lastContactAt: string | null, nextStep: string | null, nextStepDue: string | null, customer: { id: string, name: string, score: { asOf: string, churnReasons: Array<{ code: ChurnReasonCode, percent: number | null, from: number | null, to: number | null, days: number | null, complaints: number | null, csat: number | null }> } | null } }> } } };

export type ManagerTierMovementsQueryVariables = Exact<{
  managerId: string;
  page?: PageInput | null | undefined;
}>;


export type ManagerTierMovementsQuery = { tierMovements: { total: number, page: number, pageSize: number, items: Array<{ from: Tier | null, to: Tier | null, customer: { id: string, name: string, customerNo: string } }> } };

export type ManagerScorecardQueryVariables = Exact<{
  id: string;
  period: string;
}>;


export type ManagerScorecardQuery = { customerManager: { id: string, scorecard: { period: string, from: string, to: string, customers: number, total: number | null, scoredWeight: number, surveys: number, tasksDue: number, tasksOnTime: number, lines: Array<{ measure: ScorecardMeasure, penalty: boolean, actual: number | null, target: number | null, achievement: number | null, weight: number, points: number | null }>, weights: { id: string, version: number, effectiveFrom: string }, targets: { period: string, version: number } | null } | null } };

export type ManagerTaskFragment = { id: string, kind: TaskKind, title: string, note: string | null, dueOn: string, status: TaskStatus, overdue: boolean, completedAt: string | null, outcome: string | null, source: TaskSource, version: number, customer: { id: string, name: string, customerNo: string } | null };

export type ManagerTasksQueryVariables = Exact<{
  id: string;
  page?: PageInput | null | undefined;
  filter?: TaskFilter | null | undefined;
}>;


export type ManagerTasksQuery = { customerManager: { id: string, tasks: { total: number, page: number, pageSize: number, items: Array<{ id: string, kind: TaskKind, title: string, note: string | null, dueOn: string, status: TaskStatus, overdue: boolean, completedAt: string | null, outcome: string | null, source: TaskSource, version: number, customer: { id: string, name: string, customerNo: string } | null }> } } };

export type ManagerTaskSummaryQueryVariables = Exact<{
  id: string;
}>;


export type ManagerTaskSummaryQuery = { customerManager: { id: string, taskSummary: { open: number, dueToday: number, overdue: number } | null } };

export type ManagerCompleteTaskMutationVariables = Exact<{
  id: string;
  version: number;
  outcome: string;
}>;


export type ManagerCompleteTaskMutation = { completeTask: { id: string, kind: TaskKind, title: string, note: string | null, dueOn: string, status: TaskStatus, overdue: boolean, completedAt: string | null, outcome: string | null, source: TaskSource, version: number, customer: { id: string, name: string, customerNo: string } | null } };

export type ManagerRescheduleTaskMutationVariables = Exact<{
  id: string;
  version: number;
  dueOn: string;
}>;


export type ManagerRescheduleTaskMutation = { rescheduleTask: { id: string, kind: TaskKind, title: string, note: string | null, dueOn: string, status: TaskStatus, overdue: boolean, completedAt: string | null, outcome: string | null, source: TaskSource, version: number, customer: { id: string, name: string, customerNo: string } | null } };

export type ManagerCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type ManagerCreateTaskMutation = { createTask: { id: string, kind: TaskKind, title: string, note: string | null, dueOn: string, status: TaskStatus, overdue: boolean, completedAt: string | null, outcome: string | null, source: TaskSource, version: number, customer: { id: string, name: string, customerNo: string } | null } };

export type ManagerCustomerPickQueryVariables = Exact<{
  search: string;
  managerId: string;
}>;


export type ManagerCustomerPickQuery = { customers: { items: Array<{ id: string, name: string, customerNo: string }> } };

export const ManagerAssessmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptor"}},{"kind":"Field","name":{"kind":"Name","value":"descriptorEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<ManagerAssessmentFragment, unknown>;
export const ManagerTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ManagerTaskFragment, unknown>;
export const ManagerMyAssessmentDocument = {"__meta__":{"hash":"sha256:38b0fedc4fae7e899759808c86c169049911d7ad8fc57fc8150f42695950da09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerMyAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerAssessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencyHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptor"}},{"kind":"Field","name":{"kind":"Name","value":"descriptorEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<ManagerMyAssessmentQuery, ManagerMyAssessmentQueryVariables>;
export const ManagerAcknowledgeAssessmentDocument = {"__meta__":{"hash":"sha256:0398a9aec62900c2ef33b4e6fae4171522948a0caf166e54a0d22d45e7dcf6fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManagerAcknowledgeAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerAssessment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"managerComment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"descriptor"}},{"kind":"Field","name":{"kind":"Name","value":"descriptorEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<ManagerAcknowledgeAssessmentMutation, ManagerAcknowledgeAssessmentMutationVariables>;
export const ManagerMeDocument = {"__meta__":{"hash":"sha256:5cf175bd25d7b5fe26ff1feb15e4a72c29e7964ad5e542d3c3efd42c85a7794b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"portfolioSize"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"deposits"}},{"kind":"Field","name":{"kind":"Name","value":"loans"}},{"kind":"Field","name":{"kind":"Name","value":"maturingDeposits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loansDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atChurnRisk"}}]}}]}}]}}]} as unknown as DocumentNode<ManagerMeQuery, ManagerMeQueryVariables>;
export const ManagerLedgerDocument = {"__meta__":{"hash":"sha256:faf1b926f16b73bc4f83792097e0bd8f3d1c5e0924b50d76c2a0d778492ebb28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"trendMonths"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"depositBalance"}},{"kind":"Field","name":{"kind":"Name","value":"loanBalance"}},{"kind":"Field","name":{"kind":"Name","value":"depositTrend"}},{"kind":"Field","name":{"kind":"Name","value":"loanTrend"}},{"kind":"Field","name":{"kind":"Name","value":"maturingDeposits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loansDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepDue"}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagerLedgerQuery, ManagerLedgerQueryVariables>;
export const ManagerExportLedgerDocument = {"__meta__":{"hash":"sha256:42377d09e1b14b80ab3637589166576ca7b7b3ac3e04df02d52a178302372362"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManagerExportLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"managerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}}]} as unknown as DocumentNode<ManagerExportLedgerMutation, ManagerExportLedgerMutationVariables>;
export const ManagerChurnRiskDocument = {"__meta__":{"hash":"sha256:90c6aba705805ee1dc00aac51e58eac52556b2a7e4af94e4404a4206ae4d8ae6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerChurnRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"churnRiskOnly"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DEPOSITS"}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"churnReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"depositBalance"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepDue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagerChurnRiskQuery, ManagerChurnRiskQueryVariables>;
export const ManagerTierMovementsDocument = {"__meta__":{"hash":"sha256:b3d503591982a71ca84f1da8ca5e83232f018a1f25b818482317649f1f19fe23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerTierMovements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierMovements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"managerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagerTierMovementsQuery, ManagerTierMovementsQueryVariables>;
export const ManagerScorecardDocument = {"__meta__":{"hash":"sha256:3af16bca33506a553f73bd58b37ab2d45aa214bfa252e5268b1eda1d1c95821e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"scoredWeight"}},{"kind":"Field","name":{"kind":"Name","value":"surveys"}},{"kind":"Field","name":{"kind":"Name","value":"tasksDue"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagerScorecardQuery, ManagerScorecardQueryVariables>;
export const ManagerTasksDocument = {"__meta__":{"hash":"sha256:260aeb9d5e4fd3ac4c2a2779968ae446cdf21eed01161bc85cd670eb1bfb76d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerTask"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ManagerTasksQuery, ManagerTasksQueryVariables>;
export const ManagerTaskSummaryDocument = {"__meta__":{"hash":"sha256:572490f9169d34302ba431213b344be2a117866acdbfdcbd4c26ea05ec658e25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerTaskSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<ManagerTaskSummaryQuery, ManagerTaskSummaryQueryVariables>;
export const ManagerCompleteTaskDocument = {"__meta__":{"hash":"sha256:623f67246828e066e9e34ea848429a4d82adbd9d3175911f95203b03ddfa2107"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManagerCompleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ManagerCompleteTaskMutation, ManagerCompleteTaskMutationVariables>;
export const ManagerRescheduleTaskDocument = {"__meta__":{"hash":"sha256:67cf4516298ed69b4a08bca3ef6fc91e2e1fbf0d61a23a353b4f2a5147854d97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManagerRescheduleTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ManagerRescheduleTaskMutation, ManagerRescheduleTaskMutationVariables>;
export const ManagerCreateTaskDocument = {"__meta__":{"hash":"sha256:abfdb27098acc198f6589215384f03defd174c1abbdb8b63daafeb35b37e8fe9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ManagerCreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ManagerCreateTaskMutation, ManagerCreateTaskMutationVariables>;
export const ManagerCustomerPickDocument = {"__meta__":{"hash":"sha256:9a6c3ef15e7b3647103d3db9f16c56807e8f7a78162e7a17832d8fdadf209a8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerCustomerPick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"managerIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"managerId"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"20"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}}]}}]}}]}}]} as unknown as DocumentNode<ManagerCustomerPickQuery, ManagerCustomerPickQueryVariables>;