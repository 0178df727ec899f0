import type { LedgerRow, Me } from '../src/ledger/ledger.queries';
import type { TaskRow } from '../src/tasks/tasks.queries';
import type { ChurnRow, TierMovement } from '../src/movements/movements.queries';
import type { Scorecard } from '../src/scorecard/scorecard.queries';
import type { Assessment } from '../src/assessment/assessment.queries';

// Fixtures typed by the generated types of the remote's documents: a field or an enum value the API
// does not have does not compile.

const noDue = { count: 0, amount: 0, firstDate: null };

export const me: Me = {
  id: '11',
  grade: 'INTERMEDIATE',
  employment: 'FULL_TIME',
  capacity: 300,
  portfolioSize: 1234,
  staff: { id: '11', name: '赵敏' },
  orgUnit: { id: '4', name: '中关村网点', nameEn: 'Zhongguancun Outlet' },
  ledgerSummary: {
    customers: 1234,
    deposits: 325_000_000, // 3.25亿元
    loans: 48_500_000, // 4,850万元
    maturingDeposits: { count: 7, amount: 1_250_000, firstDate: '2025-04-02' },
    loansDue: noDue,
    atChurnRisk: 12,
  },
};

export const trendMonths = [
  '2024-04',
  '2024-05',
  '2024-06',
  '2024-07',
  '2024-08',
  '2024-09',
  '2024-10',
  '2024-11',
  '2024-12',
  '2025-01',
  '2025-02',
  '2025-03',
];
const rising = (from: number, step: number) => trendMonths.map((_, i) => from + i * step);
const zeros = trendMonths.map(() => 0);

export const ledgerRows: LedgerRow[] = [
  {
    customer: { id: '101', name: '张伟' },
    customerNo: 'C00000101',
    tier: 'VIP',
    depositBalance: 12_500_000,
    loanBalance: 0,
    depositTrend: rising(10_000_000, 250_000),
    loanTrend: zeros,
    maturingDeposits: { count: 2, amount: 3_000_000, firstDate: '2025-04-05' },
    loansDue: noDue,
    productsHeld: ['DEMAND_DEPOSIT', 'TIME_DEPOSIT', 'WEALTH'],
    // 01:30 on 1 April in Beijing, still 31 March in UTC
    lastContactAt: '2025-03-31T17:30:00.000Z',
    nextStep: '到期前电话确认续存',
    nextStepDue: '2000-01-01',
    churnRisk: false,
  },
  {
    customer: { id: '102', name: '北京星河科技有限公司' },
    customerNo: 'C00000102',
    tier: 'KEY',
    depositBalance: 860_000,
    loanBalance: 5_000_000,
    depositTrend: rising(1_500_000, -50_000),
    loanTrend: rising(5_000_000, 0),
    maturingDeposits: noDue,
    loansDue: { count: 1, amount: 5_000_000, firstDate: '2025-04-20' },
    productsHeld: ['SETTLEMENT', 'BASIC', 'LOAN'],
    lastContactAt: null,
    nextStep: null,
    nextStepDue: null,
    churnRisk: true,
  },
];

export const ledgerPage = (items: LedgerRow[] = ledgerRows, total = 42, page = 1, pageSize = 20) => ({
  customerManager: { id: '11', ledger: { items, total, page, pageSize, trendMonths } },
});

const task = (over: Partial<TaskRow> & Pick<TaskRow, 'id' | 'title' | 'dueOn'>): TaskRow => ({
  kind: 'CALL',
  note: null,
  status: 'OPEN',
  overdue: false,
  completedAt: null,
  outcome: null,
  source: 'MANUAL',
  customer: { id: '101', name: '张伟', customerNo: 'C00000101' },
  version: 1,
  ...over,
});

export const tasksNow = (today: string): TaskRow[] => [
  task({
    id: 't1',
    title: '回访投诉处理结果',
    dueOn: '2025-03-01',
    overdue: true,
    kind: 'FOLLOW_UP',
    source: 'COMPLAINT_CLOSED',
    version: 3,
  }),
  task({ id: 't2', title: '定期存款到期提醒', dueOn: today, kind: 'CALL', source: 'DEPOSIT_MATURING' }),
];
export const tasksUpcoming: TaskRow[] = [
  task({
    id: 't3',
    title: '为企业客户对接供应链合作伙伴',
    dueOn: '2099-01-10',
    kind: 'PARTNER_MATCHMAKING',
    customer: { id: '102', name: '北京星河科技有限公司', customerNo: 'C00000102' },
  }),
  task({ id: 't4', title: '理财沙龙', dueOn: '2099-01-20', kind: 'THEMED_EVENT', customer: null, note: '网点二楼会议室' }),
];
export const tasksDone: TaskRow[] = [
  task({
    id: 't5',
    title: '上门拜访',
    dueOn: '2025-02-01',
    kind: 'VISIT',
    status: 'DONE',
    completedAt: '2025-02-01T02:00:00.000Z',
    outcome: '客户同意开立理财账户',
  }),
];

export const churnRows: ChurnRow[] = [
  {
    customer: {
      id: '102',
      name: '北京星河科技有限公司',
      score: {
        asOf: '2025-03-31',
        churnReasons: [
          { code: 'DEPOSITS_DOWN', percent: 60, from: 2_150_000, to: 860_000, days: null, complaints: null, csat: null },
          { code: 'INACTIVE_90D', percent: null, from: null, to: null, days: 95, complaints: null, csat: null },
        ],
      },
    },
    customerNo: 'C00000102',
    tier: 'KEY',
    depositBalance: 860_000,
    lastContactAt: null,
    nextStep: '拜访财务负责人',
    nextStepDue: '2099-04-01',
  },
];

// my customers' movements (the server filters by primary manager): up, down, tiered for the first time
export const movements: TierMovement[] = [
  { from: 'KEY', to: 'VIP', customer: { id: '101', name: '张伟', customerNo: 'C00000101' } },
  { from: 'VIP', to: 'CRITICAL', customer: { id: '201', name: '李娜', customerNo: 'C00000201' } },
  { from: null, to: 'BASIC', customer: { id: '202', name: '王芳', customerNo: 'C00000202' } },
];

export const scorecard = (period: string): Scorecard => ({
  period,
  from: `${period}-01`,
  to: `${period}-31`,
  customers: 1234,
  total: 92.35,
  scoredWeight: 100,
  surveys: 18,
  tasksDue: 20,
  tasksOnTime: 17,
  lines: [
    { measure: 'DEPOSIT_STOCK', penalty: false, actual: 325_000_000, target: 300_000_000, achievement: 1.0833, weight: 25, points: 27.08 },
    { measure: 'DEPOSIT_GROWTH', penalty: false, actual: 5_000_000, target: 8_000_000, achievement: 0.625, weight: 15, points: 9.38 },
    { measure: 'LOAN_STOCK', penalty: false, actual: 48_500_000, target: 50_000_000, achievement: 0.97, weight: 15, points: 14.55 },
    { measure: 'LOAN_GROWTH', penalty: false, actual: 1_000_000, target: 2_000_000, achievement: 0.5, weight: 10, points: 5 },
    { measure: 'NEW_OVERDUE_LOANS', penalty: true, actual: 2, target: null, achievement: null, weight: 10, points: -4 },
    { measure: 'INTERMEDIARY_INCOME', penalty: false, actual: 56_000, target: 50_000, achievement: 1.12, weight: 10, points: 11.2 },
    { measure: 'NEW_BASIC_ACCOUNTS', penalty: false, actual: 3, target: 4, achievement: 0.75, weight: 5, points: 3.75 },
    { measure: 'SATISFACTION', penalty: false, actual: 4.56, target: 4.5, achievement: 1.0133, weight: 10, points: 10.13 },
    { measure: 'ON_TIME_TASK_RATE', penalty: false, actual: 0.85, target: 0.9, achievement: 0.9444, weight: 10, points: 9.44 },
  ],
  weights: { id: '1', version: 1, effectiveFrom: '2025-01' },
  targets: { period, version: 2 },
});

const DIMENSIONS = [
  ['ETHICS', '良好的道德素质', 'Sound ethics', 0.2, 3],
  ['MINDSET', '与时俱进的观念', 'Up-to-date mindset', 0.1, 3],
  ['INNOVATION', '创新能力', 'Innovation', 0.15, 3],
  ['SKILLS', '业务与服务技能', 'Business and service skills', 0.3, 4],
  ['KNOWLEDGE', '应知知识', 'Required knowledge', 0.15, 3],
  ['HEALTH', '身体健康', 'Physical health', 0.1, 3],
] as const;
const SCORES = [4, 3.5, 2.5, 4.5, 3, 3];

export const assessment = (over: Partial<Assessment> = {}): Assessment => ({
  id: 'a7',
  status: 'SUBMITTED',
  overall: 3.68,
  assessedAt: '2025-03-10T02:00:00.000Z',
  submittedAt: '2025-03-12T02:00:00.000Z',
  acknowledgedAt: null,
  managerComment: null,
  version: 4,
  manager: { id: '11' },
  assessor: { id: '15', name: '孙培训' },
  model: {
    id: '1',
    modelVersion: 1,
    dimensions: DIMENSIONS.map(([dimension, name, nameEn, weight, target]) => ({
      dimension,
      name,
      nameEn,
      weight,
      levels: [1, 2, 3, 4, 5].map((level) => ({
        level,
        descriptor: `${name}第${level}级的表现`,
        descriptorEn: `${nameEn} at level ${level}`,
      })),
      targets: [
        { grade: 'JUNIOR', level: 2 },
        { grade: 'INTERMEDIATE', level: target },
      ],
    })),
  },
  scores: DIMENSIONS.map(([dimension, name], i) => ({ dimension, score: SCORES[i], evidence: `${name}：培训观察到的具体表现` })),
  ...over,
});
