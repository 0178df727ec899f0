// Service: every contact (interactions), needs and preferences, complaints with their history, and
// satisfaction surveys. Each is a pure function of the customer (own keyed PRNG streams), so the
// case pass, the event pass and the survey pass agree on case ids without remembering anything.
import type { Person } from './population';
import { Rng, Weighted } from './prng';
import { DAY, type Clock } from './time';

const HOUR = 3_600_000;
const YEAR = 365 * DAY;

/** a moment in [from, to): on a day between, in Beijing business hours 09:00–18:00, whole seconds */
function workTime(rng: Rng, from: number, to: number): number {
  const BJ = 8 * HOUR;
  const first = Math.ceil((from + BJ) / DAY),
    last = Math.floor((to + BJ) / DAY) - 1;
  if (last < first) return from + rng.int(Math.max(1, Math.floor((to - from) / 1000))) * 1000;
  return (first + rng.int(last - first + 1)) * DAY - BJ + 9 * HOUR + rng.int(9 * 3600) * 1000;
}

const iso = (ms: number) => new Date(ms).toISOString();
const w = <T>(items: Array<[T, number]>) => new Weighted<T>(items);

// ── interactions ───────────────────────────────────────────────────────────────────────────────

export const INTERACTION_COLUMNS = [
  'id',
  'customer_id',
  'staff_id',
  'org_unit_id',
  'channel',
  'occurred_at',
  'summary',
  'outcome',
  'next_step',
  'next_step_due',
  'created_at',
] as const;
type IChannel = 'VISIT' | 'PHONE' | 'COUNTER' | 'MOBILE' | 'WECHAT' | 'EMAIL' | 'EVENT';
const I_CHANNELS_PERSON = [
  w<IChannel>([
    ['COUNTER', 30],
    ['PHONE', 20],
    ['WECHAT', 25],
    ['MOBILE', 12],
    ['VISIT', 5],
    ['EVENT', 6],
    ['EMAIL', 2],
  ]),
  w<IChannel>([
    ['COUNTER', 45],
    ['PHONE', 30],
    ['WECHAT', 8],
    ['VISIT', 8],
    ['EVENT', 8],
    ['MOBILE', 1],
  ]),
];
const I_CHANNELS_CORP = w<IChannel>([
  ['VISIT', 35],
  ['PHONE', 25],
  ['COUNTER', 15],
  ['WECHAT', 12],
  ['EMAIL', 8],
  ['EVENT', 5],
]);
const SUMMARIES: Record<IChannel, string[]> = {
  VISIT: [
    '上门拜访，了解客户家庭资产配置情况',
    '走访客户，介绍新发行的稳健型理财产品',
    '拜访客户，了解近期购房及贷款需求',
    '上门为行动不便的老年客户办理业务并讲解防诈骗知识',
  ],
  PHONE: [
    '电话回访，告知定期存款即将到期，建议续存',
    '电话沟通信用卡分期及积分活动',
    '电话核实客户联系方式和地址变更',
    '电话邀请客户参加网点理财沙龙',
    '电话回访上次投诉处理结果',
  ],
  COUNTER: [
    '客户到柜面办理大额取款，顺便咨询理财产品',
    '办理借记卡挂失补卡',
    '柜面办理定期存款开户',
    '客户咨询个人养老金账户开立流程',
    '办理手机银行开通及转账限额调整',
  ],
  MOBILE: ['手机银行在线客服：咨询转账限额', '手机银行在线客服：咨询信用卡账单分期', '手机银行留言：申请预约大额取现'],
  WECHAT: [
    '企业微信推送理财产品信息，客户有兴趣',
    '企业微信沟通存款利率调整',
    '企业微信答复客户关于基金定投的问题',
    '企业微信发送节日问候及网点活动通知',
  ],
  EMAIL: ['发送对账单及产品说明书', '邮件发送理财产品风险揭示书', '邮件沟通年度授信资料清单'],
  EVENT: ['参加网点理财沙龙', '参加"金秋理财节"客户答谢活动', '参加反诈宣传进社区活动', '参加新春客户联谊会'],
};
const CORP_SUMMARIES: Record<IChannel, string[]> = {
  VISIT: [
    '走访企业，了解经营状况与资金需求',
    '实地调查企业生产经营情况（贷后检查）',
    '拜访企业财务负责人，介绍代发工资与现金管理服务',
    '上门核实企业注册地址及实际经营地址',
  ],
  PHONE: ['电话沟通流动资金贷款续贷安排', '电话确认对公账户年检资料', '电话介绍票据贴现业务'],
  COUNTER: ['企业经办人到柜面办理对公账户变更', '办理单位结算卡', '办理银行承兑汇票托收'],
  MOBILE: ['企业手机银行咨询批量代发操作'],
  WECHAT: ['企业微信沟通授信材料补充事项', '企业微信发送供应链金融产品介绍'],
  EMAIL: ['邮件发送授信申请资料清单', '邮件发送对公账户对账单'],
  EVENT: ['参加支行举办的中小企业融资对接会', '参加银企座谈会'],
};
const OUTCOMES = ['客户有意向，约定下周面谈', '客户暂无需求', '已当场办理', '客户需与家人商量后答复', '已解答，客户满意', null, null];
const NEXT_STEPS = [
  '跟进理财产品购买意向',
  '提醒客户定期存款到期续存',
  '准备贷款申请资料清单',
  '邀请客户参加下次理财沙龙',
  '回访客户业务办理情况',
];

export interface InteractionRow {
  customerId: number;
  staffId: number;
  orgUnitId: number;
  channel: IChannel;
  occurredAt: number;
  summary: string;
  outcome: string | null;
  nextStep: string | null;
  nextStepDue: number | null;
  createdAt: number;
}

/** The customer's own manager most of the time, another of the outlet's managers sometimes. */
function managerOf(p: Person, rng: Rng): number {
  const m = p.staff.managers;
  return rng.chance(0.8) ? m[p.row.id % m.length] : m[rng.int(m.length)];
}
function tellerOf(p: Person, rng: Rng): number {
  return rng.chance(0.85) ? p.staff.tellers[rng.int(p.staff.tellers.length)] : p.staff.head;
}

export function planInteractions(p: Person, clock: Clock, key: readonly number[]): InteractionRow[] {
  if (p.row.status === 'CLOSED') return [];
  const rng = Rng.keyed(key, p.row.id, 4);
  const corporate = p.row.kind === 'CORPORATE';
  const mean = p.row.status === 'DORMANT' ? 0.3 : corporate ? 2 + 2.5 * p.activity : 0.5 + 1.2 * p.activity + (p.wealth >= 3 ? 1.5 : 0);
  const count = poisson(rng, mean);
  const out: InteractionRow[] = [];
  const from = Math.max(p.created, clock.asOf - YEAR);
  for (let i = 0; i < count; i++) {
    const channel = corporate ? I_CHANNELS_CORP.pick(rng) : I_CHANNELS_PERSON[p.age >= 55 ? 1 : 0].pick(rng);
    const at = workTime(rng, from, clock.asOf);
    const staffId = channel === 'COUNTER' ? tellerOf(p, rng) : managerOf(p, rng);
    const pool = (corporate ? CORP_SUMMARIES : SUMMARIES)[channel];
    const next = rng.chance(0.35);
    out.push({
      customerId: p.row.id,
      staffId,
      orgUnitId: p.outlet.id,
      channel,
      occurredAt: at,
      summary: pool[rng.int(pool.length)],
      outcome: OUTCOMES[rng.int(OUTCOMES.length)],
      nextStep: next ? NEXT_STEPS[rng.int(NEXT_STEPS.length)] : null,
      nextStepDue: next ? at + (3 + rng.int(28)) * DAY : null,
      createdAt: Math.min(clock.asOf - 1000, at + (5 + rng.int(240)) * 60_000),
    });
  }
  return out.sort((a, b) => a.occurredAt - b.occurredAt);
}

// ── needs and preferences ───────────────────────────────────────────────────────────────────────

export const NEED_COLUMNS = [
  'id',
  'customer_id',
  'category',
  'description',
  'priority',
  'status',
  'captured_by_staff_id',
  'captured_at',
  'created_at',
  'updated_at',
  'version',
] as const;
type NeedCategory = 'SAVINGS' | 'LOAN' | 'WEALTH' | 'INSURANCE' | 'CARD' | 'SETTLEMENT' | 'PAYROLL' | 'CONSULTING' | 'OTHER';
const NEEDS: Record<NeedCategory, string[]> = {
  SAVINGS: ['希望有收益更高、期限灵活的储蓄产品', '为子女教育储蓄，关注大额存单', '关注三年期定期存款利率'],
  LOAN: [
    '计划购房，咨询首套房贷款额度与利率',
    '装修需要资金，咨询消费贷款',
    '购车分期需求',
    '企业扩大生产，需要流动资金贷款',
    '希望办理经营性贷款续贷',
  ],
  WEALTH: ['希望配置稳健型理财，风险承受能力中等', '关注养老规划及个人养老金产品', '有闲置资金，希望了解净值型理财', '希望做基金定投'],
  INSURANCE: ['为父母咨询重疾险', '关注子女教育金保险', '咨询家庭财产保险'],
  CARD: ['希望提高信用卡额度', '需要一张境外消费免货币转换费的信用卡', '希望办理联名信用卡'],
  SETTLEMENT: ['需要开立一般结算账户', '希望开通企业网银及批量转账', '需要现金管理和资金归集服务', '咨询跨境人民币结算'],
  PAYROLL: ['希望由我行代发员工工资', '咨询代发工资配套的员工专属理财'],
  CONSULTING: ['咨询企业财务顾问服务', '需要资信调查证明用于投标', '咨询上市前财务规范辅导'],
  OTHER: ['希望网点延长周末营业时间', '建议增加老年人专用服务窗口', '需要上门服务'],
};
const NEED_PERSON = [
  w<NeedCategory>([
    ['CARD', 25],
    ['LOAN', 25],
    ['SAVINGS', 20],
    ['WEALTH', 15],
    ['INSURANCE', 8],
    ['OTHER', 7],
  ]),
  w<NeedCategory>([
    ['WEALTH', 35],
    ['SAVINGS', 20],
    ['INSURANCE', 20],
    ['LOAN', 10],
    ['CONSULTING', 5],
    ['CARD', 5],
    ['OTHER', 5],
  ]),
  w<NeedCategory>([
    ['SAVINGS', 40],
    ['WEALTH', 25],
    ['INSURANCE', 15],
    ['OTHER', 20],
  ]),
];
const NEED_CORP = w<NeedCategory>([
  ['SETTLEMENT', 25],
  ['LOAN', 30],
  ['PAYROLL', 20],
  ['CONSULTING', 15],
  ['WEALTH', 5],
  ['OTHER', 5],
]);
const NEED_STATUS = w<'OPEN' | 'IN_PROGRESS' | 'FULFILLED' | 'DROPPED'>([
  ['OPEN', 30],
  ['IN_PROGRESS', 20],
  ['FULFILLED', 35],
  ['DROPPED', 15],
]);
const PRIORITY = w<'LOW' | 'MEDIUM' | 'HIGH'>([
  ['LOW', 25],
  ['MEDIUM', 55],
  ['HIGH', 20],
]);

export interface NeedRow {
  customerId: number;
  category: NeedCategory;
  description: string;
  priority: string;
  status: string;
  staffId: number;
  capturedAt: number;
  updatedAt: number;
  version: number;
}

export function planNeeds(p: Person, clock: Clock, key: readonly number[]): NeedRow[] {
  if (p.row.status === 'CLOSED') return [];
  const rng = Rng.keyed(key, p.row.id, 5);
  const corporate = p.row.kind === 'CORPORATE';
  const count = rng.chance(corporate ? 0.5 : 0.28) ? (rng.chance(corporate ? 0.3 : 0.2) ? 2 : 1) : 0;
  const out: NeedRow[] = [];
  const from = Math.max(p.created, clock.asOf - YEAR);
  for (let i = 0; i < count; i++) {
    const category = corporate ? NEED_CORP.pick(rng) : NEED_PERSON[p.age >= 60 ? 2 : p.wealth >= 3 ? 1 : 0].pick(rng);
    const status = NEED_STATUS.pick(rng);
    const capturedAt = workTime(rng, from, clock.asOf);
    const moves = status === 'OPEN' ? 0 : status === 'IN_PROGRESS' ? 1 : 1 + rng.int(2);
    const updatedAt = moves ? Math.min(clock.asOf - 1000, capturedAt + (1 + rng.int(45)) * DAY) : capturedAt;
    out.push({
      customerId: p.row.id,
      category,
      description: NEEDS[category][rng.int(NEEDS[category].length)],
      priority: PRIORITY.pick(rng),
      status,
      staffId: managerOf(p, rng),
      capturedAt,
      updatedAt,
      version: 1 + moves,
    });
  }
  return out;
}

// ── service cases ──────────────────────────────────────────────────────────────────────────────

export const CASE_COLUMNS = [
  'id',
  'case_no',
  'customer_id',
  'category',
  'severity',
  'title',
  'description',
  'status',
  'opened_at',
  'sla_due_at',
  'handling_org_unit_id',
  'handling_org_path',
  'escalation_level',
  'opened_by_staff_id',
  'root_cause',
  'resolution',
  'resolved_at',
  'closed_at',
  'created_at',
  'updated_at',
  'version',
] as const;
export const CASE_EVENT_COLUMNS = [
  'id',
  'case_id',
  'at',
  'action',
  'by_staff_id',
  'from_status',
  'to_status',
  'from_org_path',
  'to_org_path',
  'note',
] as const;
export type Severity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export const SLA_HOURS: Record<Severity, number> = { CRITICAL: 4, HIGH: 24, MEDIUM: 72, LOW: 168 };
type CaseCategory = 'SERVICE_ATTITUDE' | 'WAIT_TIME' | 'FEES' | 'PRODUCT' | 'SYSTEM' | 'MIS_SELLING' | 'PRIVACY' | 'OTHER';
type CaseStatus = 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED' | 'CLOSED';
const SEVERITY = w<Severity>([
  ['LOW', 35],
  ['MEDIUM', 40],
  ['HIGH', 20],
  ['CRITICAL', 5],
]);
const CASE_STATUS = w<CaseStatus>([
  ['CLOSED', 72],
  ['RESOLVED', 8],
  ['ACKNOWLEDGED', 9],
  ['OPEN', 11],
]);
const CASE_CATEGORY = w<CaseCategory>([
  ['WAIT_TIME', 24],
  ['SERVICE_ATTITUDE', 20],
  ['FEES', 15],
  ['SYSTEM', 14],
  ['PRODUCT', 12],
  ['MIS_SELLING', 6],
  ['PRIVACY', 3],
  ['OTHER', 6],
]);
const CASES: Record<CaseCategory, Array<[string, string, string, string]>> = {
  // title, description, root cause, resolution
  WAIT_TIME: [
    [
      '网点排队时间过长',
      '客户反映周一上午在网点排队等候超过一小时，仅开放两个窗口。',
      '周一业务高峰窗口配置不足',
      '向客户致歉，调整高峰期弹性窗口排班，并引导客户使用智能柜员机',
    ],
    [
      '预约取现未按时办理',
      '客户提前预约大额取现，到网点后仍等候四十分钟。',
      '预约信息未及时同步至柜面',
      '致歉并优化预约取现流程，指定专人负责预约客户',
    ],
  ],
  SERVICE_ATTITUDE: [
    [
      '柜员服务态度生硬',
      '客户反映办理业务时柜员语气不耐烦，解释不清。',
      '员工服务规范执行不到位',
      '当面致歉，对相关员工进行服务礼仪再培训',
    ],
    [
      '客户经理未及时回复',
      '客户多次联系客户经理咨询贷款进度未获回复。',
      '客户经理工作量过大，跟进不及时',
      '致歉并指定专人跟进，建立回复时限要求',
    ],
  ],
  FEES: [
    [
      '对账户管理费有异议',
      '客户对被扣收的小额账户管理费不认可，认为未被告知。',
      '收费告知不充分',
      '经核实符合减免条件，已退还相关费用并加强收费公示',
    ],
    [
      '跨行转账手续费扣收疑问',
      '客户认为手机银行跨行转账应免费却被扣费。',
      '客户使用的是柜面渠道，适用收费标准',
      '耐心解释收费标准，客户表示理解',
    ],
  ],
  SYSTEM: [
    [
      '手机银行转账失败',
      '客户在手机银行转账时多次提示系统繁忙，资金未到账。',
      '第三方支付通道临时故障',
      '故障已修复，协助客户完成转账并致歉',
    ],
    ['ATM吞卡', '客户在自助设备取款时银行卡被吞。', '设备读卡模块故障', '当日取回并归还银行卡，设备已报修'],
  ],
  PRODUCT: [
    [
      '理财产品收益低于预期',
      '客户认为所购理财产品实际收益明显低于宣传的业绩比较基准。',
      '市场波动导致净值下跌，客户对业绩比较基准理解有偏差',
      '详细解释产品净值变动原因及风险揭示内容',
    ],
    ['信用卡积分规则变更', '客户对积分兑换规则调整不满。', '规则调整公告推送不到位', '解释规则并赠送部分积分作为补偿'],
  ],
  MIS_SELLING: [
    [
      '疑似误导销售保险产品',
      '客户称在办理存款时被推荐购买了分红型保险，未被告知期限和退保损失。',
      '销售人员风险揭示不充分',
      '按规定办理犹豫期内退保，对销售人员问责并开展合规培训',
    ],
  ],
  PRIVACY: [
    [
      '个人信息泄露疑虑',
      '客户接到自称银行工作人员的推销电话，怀疑个人信息被泄露。',
      '经核查非本行渠道泄露，疑为外部诈骗电话',
      '向客户说明核查结果，提示防范电信诈骗',
    ],
  ],
  OTHER: [['网点停车不便', '客户反映网点门前停车位被占用，办理业务不便。', '周边停车资源紧张', '与物业协调增设临时停车位']],
};

export interface CaseEvent {
  at: number;
  action: 'OPENED' | 'ACKNOWLEDGED' | 'RESOLVED' | 'CLOSED';
  staffId: number;
  from: CaseStatus | null;
  to: CaseStatus;
  note: string | null;
}
export interface CaseRow {
  id: number;
  caseNo: string;
  customerId: number;
  category: CaseCategory;
  severity: Severity;
  title: string;
  description: string;
  status: CaseStatus;
  openedAt: number;
  slaDueAt: number;
  orgUnitId: number;
  orgPath: string;
  openedBy: number;
  rootCause: string | null;
  resolution: string | null;
  resolvedAt: number | null;
  closedAt: number | null;
  events: CaseEvent[];
}

/** SC + year and month opened (Beijing time) + 7-digit sequence, as the customers subgraph numbers them */
export function caseNo(n: number, openedAt: number): string {
  const d = new Date(openedAt + 8 * HOUR);
  return `SC${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(n).padStart(7, '0')}`;
}

/** The customer's cases (ids from firstId), with their events in order. */
export function planCases(p: Person, clock: Clock, key: readonly number[], firstId: number): CaseRow[] {
  if (p.row.status === 'CLOSED') return [];
  const rng = Rng.keyed(key, p.row.id, 6);
  const count = rng.chance(p.row.kind === 'CORPORATE' ? 0.04 : 0.028) ? (rng.chance(0.12) ? 2 : 1) : 0;
  const out: CaseRow[] = [];
  const asOf = clock.asOf;
  for (let i = 0; i < count; i++) {
    const severity = SEVERITY.pick(rng);
    const category = CASE_CATEGORY.pick(rng);
    const [title, description, rootCause, resolution] = rng.pick(CASES[category]);
    const status = CASE_STATUS.pick(rng);
    const sla = SLA_HOURS[severity] * HOUR;
    const openedBy = rng.chance(0.6) ? tellerOf(p, rng) : managerOf(p, rng);
    const handler = rng.chance(0.5) ? p.staff.head : managerOf(p, rng);
    let openedAt: number;
    if (status === 'OPEN' || status === 'ACKNOWLEDGED') {
      // still open: about half already past the SLA (the escalation job's work), half still within it
      openedAt = asOf - Math.max(60_000, Math.round((rng.float() * 2 * sla) / 1000) * 1000);
    } else if (status === 'RESOLVED') {
      openedAt = asOf - (2 + rng.int(12)) * DAY - rng.int(86_400) * 1000;
    } else {
      openedAt = workTime(rng, Math.max(p.created, asOf - YEAR), asOf - 15 * DAY);
    }
    if (openedAt <= p.created) continue; // not a customer yet
    const events: CaseEvent[] = [{ at: openedAt, action: 'OPENED', staffId: openedBy, from: null, to: 'OPEN', note: '受理客户投诉' }];
    let resolvedAt: number | null = null,
      closedAt: number | null = null;
    if (status !== 'OPEN') {
      const room = status === 'ACKNOWLEDGED' ? asOf - openedAt : sla;
      const ack = openedAt + Math.max(1000, Math.round((Math.min(room * 0.4, 2 * HOUR) * rng.float()) / 1000) * 1000);
      events.push({ at: ack, action: 'ACKNOWLEDGED', staffId: handler, from: 'OPEN', to: 'ACKNOWLEDGED', note: '已联系客户，开始处理' });
      if (status === 'RESOLVED' || status === 'CLOSED') {
        const late = rng.chance(0.15);
        resolvedAt = Math.max(
          ack + 60_000,
          openedAt + Math.round(((late ? 1.1 + 2 * rng.float() : 0.2 + 0.7 * rng.float()) * sla) / 1000) * 1000,
        );
        if (resolvedAt >= asOf) resolvedAt = asOf - 60_000;
        events.push({ at: resolvedAt, action: 'RESOLVED', staffId: handler, from: 'ACKNOWLEDGED', to: 'RESOLVED', note: resolution });
        if (status === 'CLOSED') {
          closedAt = Math.min(asOf - 1000, resolvedAt + (1 + rng.int(72)) * HOUR);
          events.push({
            at: closedAt,
            action: 'CLOSED',
            staffId: p.staff.head,
            from: 'RESOLVED',
            to: 'CLOSED',
            note: rng.chance(0.7) ? '客户确认处理结果，结案' : '回访无异议，结案',
          });
        }
      }
    }
    const id = firstId + out.length;
    out.push({
      id,
      caseNo: caseNo(id, openedAt),
      customerId: p.row.id,
      category,
      severity,
      title,
      description,
      status,
      openedAt,
      slaDueAt: openedAt + sla,
      orgUnitId: p.outlet.id,
      orgPath: p.outlet.path,
      openedBy,
      rootCause: resolvedAt ? rootCause : null,
      resolution: resolvedAt ? resolution : null,
      resolvedAt,
      closedAt,
      events,
    });
  }
  return out;
}

// ── satisfaction surveys ─────────────────────────────────────────────────────────────────────

export const SURVEY_COLUMNS = [
  'id',
  'customer_id',
  'touchpoint',
  'csat',
  'nps',
  'comment',
  'surveyed_at',
  'service_case_id',
  'recorded_by_staff_id',
  'created_at',
] as const;
type Touchpoint = 'COUNTER' | 'MANAGER_VISIT' | 'COMPLAINT_HANDLING' | 'MOBILE';
export interface SurveyRow {
  customerId: number;
  touchpoint: Touchpoint;
  csat: number | null;
  nps: number | null;
  comment: string | null;
  at: number;
  caseId: number | null;
  staffId: number | null;
}
const GOOD = ['服务热情周到', '办理速度快', '客户经理很专业', '环境整洁，等候时间短', '手机银行操作方便'];
const BAD = ['等候时间太长', '解释不够清楚', '问题处理太慢', '希望改进服务态度', '手机银行经常卡顿'];

export function planSurveys(p: Person, clock: Clock, key: readonly number[], cases: readonly CaseRow[]): SurveyRow[] {
  if (p.row.status === 'CLOSED') return [];
  const rng = Rng.keyed(key, p.row.id, 7);
  const out: SurveyRow[] = [];
  const complained = cases.length > 0;
  for (const c of cases) {
    if (c.status !== 'CLOSED' || !rng.chance(0.6)) continue;
    const late = c.resolvedAt! > c.slaDueAt;
    const csat = Math.max(1, Math.min(5, 1 + rng.int(4) - (late ? 1 : 0)));
    const nps = Math.max(0, Math.min(10, rng.int(8) - (late ? 2 : 0)));
    out.push({
      customerId: p.row.id,
      touchpoint: 'COMPLAINT_HANDLING',
      csat,
      nps: rng.chance(0.8) ? nps : null,
      comment: rng.chance(0.6) ? BAD[rng.int(BAD.length)] : null,
      at: Math.min(clock.asOf - 1000, c.closedAt! + (1 + rng.int(3)) * DAY),
      caseId: c.id,
      staffId: p.staff.head,
    });
  }
  const chance = (p.row.status === 'DORMANT' ? 0.03 : 0.12) * (1 + 0.3 * p.activity);
  const count = rng.chance(chance) ? 1 + (rng.chance(0.25) ? 1 : 0) : 0;
  const from = Math.max(p.created, clock.asOf - YEAR);
  for (let i = 0; i < count; i++) {
    const touchpoint: Touchpoint =
      p.row.kind === 'CORPORATE'
        ? rng.chance(0.7)
          ? 'MANAGER_VISIT'
          : 'COUNTER'
        : p.age < 40
          ? rng.chance(0.6)
            ? 'MOBILE'
            : 'COUNTER'
          : rng.chance(0.5)
            ? 'COUNTER'
            : rng.chance(0.6)
              ? 'MANAGER_VISIT'
              : 'MOBILE';
    // mostly content; a recent complaint colours every answer
    const base = 3.3 + 1.7 * rng.float() - (complained ? 1.3 : 0) + (touchpoint === 'MANAGER_VISIT' ? 0.3 : 0);
    const csat = Math.max(1, Math.min(5, Math.round(base)));
    const nps = Math.max(0, Math.min(10, Math.round(base * 2 + rng.float() * 2 - 1)));
    const which = rng.float();
    out.push({
      customerId: p.row.id,
      touchpoint,
      csat: which < 0.85 ? csat : null,
      nps: which > 0.3 ? nps : null,
      comment: rng.chance(0.4) ? (csat >= 4 ? GOOD[rng.int(GOOD.length)] : BAD[rng.int(BAD.length)]) : null,
      at: workTime(rng, from, clock.asOf),
      caseId: null,
      staffId: touchpoint === 'COUNTER' ? tellerOf(p, rng) : touchpoint === 'MANAGER_VISIT' ? managerOf(p, rng) : null,
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0,
    prod = rng.float();
  while (prod > limit && k < 50) {
    k++;
    prod *= rng.float();
  }
  return k;
}

export { iso };
