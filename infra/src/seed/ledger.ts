// Accounts and their money: which accounts a customer holds, and a year of postings on them.
//
// planAccounts() is a pure function of the customer (its own keyed PRNG stream), so every pass can
// rebuild a customer's accounts — and their ids, from a running counter — in O(1) memory.
// simulate() replays the customer's year in time order over all their accounts at once, so both
// legs of a transfer between them agree, debits never overdraw a deposit, cards stay within their
// limit, and each posting carries the balance after it. The account pass (final balances), the
// transaction pass (the rows) and the monthly-balance pass (average and closing) replay the same
// year and see the same postings.
//
// Signs: balances are what the customer holds, except LOAN and CREDIT_CARD, whose balance is what
// the customer owes (≥ 0). CREDIT raises a deposit and lowers a debt; DEBIT the opposite.
// Money is handled in integer cents.
import { cityOfBranch } from './geo';
import { companyName, personName } from './names';
import type { Person } from './population';
import { logUniform } from './population';
import { Rng, Weighted } from './prng';
import { DAY, type Clock } from './time';

export type AccountKind = 'DEMAND_DEPOSIT' | 'TIME_DEPOSIT' | 'LOAN' | 'CREDIT_CARD' | 'WEALTH' | 'SETTLEMENT' | 'BASIC';
export type Channel = 'COUNTER' | 'ATM' | 'MOBILE' | 'ONLINE' | 'POS';
export type Category =
  | 'DEPOSIT'
  | 'WITHDRAWAL'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT'
  | 'SALARY'
  | 'CARD_SPEND'
  | 'LOAN_DRAWDOWN'
  | 'LOAN_REPAYMENT'
  | 'INTEREST'
  | 'FEE'
  | 'COLLECTION_PAYMENT_AGENCY'
  | 'BILL_SETTLEMENT'
  | 'WEALTH_PURCHASE'
  | 'WEALTH_REDEMPTION';

export interface Account {
  id: number;
  no: string;
  kind: AccountKind;
  /** Beijing day numbers */
  opened: number;
  matures: number | null;
  closed: number | null;
  status: 'OPEN' | 'FROZEN' | 'CLOSED';
  /** percent per annum, 4 decimals, or null */
  rate: string | null;
  /** cents */
  limit: number | null;
  liability: boolean;
  /** cents: balance when the history starts (at the later of its start and the opening day) */
  start: number;
  /** loans: principal (cents), term in months, monthly rate, 'annuity' (等额本息) or 'bullet' (interest monthly, principal at maturity) */
  principal: number;
  term: number;
  monthlyRate: number;
  schedule: 'annuity' | 'bullet' | null;
  purpose: string | null;
}

export const ACCOUNT_COLUMNS = [
  'id',
  'account_no',
  'customer_id',
  'kind',
  'currency',
  'balance',
  'credit_limit',
  'interest_rate',
  'opened_on',
  'matures_on',
  'closed_on',
  'status',
  'created_at',
  'updated_at',
] as const;
export const TRANSACTION_COLUMNS = [
  'id',
  'account_id',
  'customer_id',
  'booked_at',
  'amount',
  'direction',
  'channel',
  'category',
  'counterparty',
  'description',
  'balance_after',
] as const;
export const MONTHLY_COLUMNS = ['account_id', 'month', 'average_balance', 'closing_balance'] as const;

// ── dates ──────────────────────────────────────────────────────────────────────────────────────

/** the same day of the month `k` months later (clamped to the month's length) */
export function addMonths(day: number, k: number): number {
  const d = new Date(day * DAY);
  const y = d.getUTCFullYear(),
    m = d.getUTCMonth() + k,
    dom = d.getUTCDate();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(y, m, Math.min(dom, last)) / DAY);
}

/** whole months from `a` to `b` (b ≥ a), by calendar */
function monthsBetween(a: number, b: number): number {
  const x = new Date(a * DAY),
    y = new Date(b * DAY);
  let n = (y.getUTCFullYear() - x.getUTCFullYear()) * 12 + y.getUTCMonth() - x.getUTCMonth();
  if (addMonths(a, n) > b) n--;
  return n;
}

// ── account numbers: unique by construction (each embeds the account id) ─────────────────────

function luhn(digits: string): string {
  let sum = 0;
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const BRANCH_DIGIT: Record<string, string> = { BJ: '1', SH: '2', GZ: '3', CD: '4' };
const PRODUCT_CODE: Partial<Record<AccountKind, string>> = { DEMAND_DEPOSIT: '08', TIME_DEPOSIT: '09', WEALTH: '11' };

/**
 * Debit cards, time deposits and wealth accounts: 6222 + product (2) + branch (1) + id (11) + Luhn = 19 digits;
 * credit cards: 625907 + id (9) + Luhn = 16; loans: 8 + branch + 21 + id (14) + Luhn = 19;
 * company accounts: 1 + branch + outlet (2) + 01 basic | 02 general + id (11) + Luhn = 18.
 */
export function accountNo(kind: AccountKind, id: number, branch: string, outletId: number): string {
  const b = BRANCH_DIGIT[branch] ?? '9';
  let body: string;
  switch (kind) {
    case 'CREDIT_CARD':
      body = `625907${String(id).padStart(9, '0')}`;
      break;
    case 'LOAN':
      body = `8${b}21${String(id).padStart(14, '0')}`;
      break;
    case 'BASIC':
    case 'SETTLEMENT':
      body = `1${b}${String(outletId % 100).padStart(2, '0')}${kind === 'BASIC' ? '01' : '02'}${String(id).padStart(11, '0')}`;
      break;
    default:
      body = `6222${PRODUCT_CODE[kind]}${b}${String(id).padStart(11, '0')}`;
  }
  return body + luhn(body);
}

// ── the plan ───────────────────────────────────────────────────────────────────────────────────

const TD_TERMS = new Weighted<number>([
  [3, 15],
  [6, 20],
  [12, 35],
  [24, 10],
  [36, 15],
  [60, 5],
]);
const TD_RATE: Record<number, number> = { 3: 0.85, 6: 1.05, 12: 1.15, 24: 1.2, 36: 1.5, 60: 1.55 };
/** balances in yuan by income band (0–4) or company size (0–3) */
const DEMAND = [
  [300, 8_000],
  [2_000, 30_000],
  [8_000, 90_000],
  [30_000, 300_000],
  [100_000, 2_000_000],
] as const;
const TD_PRINCIPAL = [
  [5_000, 30_000],
  [10_000, 80_000],
  [30_000, 200_000],
  [50_000, 500_000],
  [200_000, 3_000_000],
] as const;
const WEALTH = [
  [10_000, 50_000],
  [20_000, 100_000],
  [50_000, 300_000],
  [100_000, 1_000_000],
  [300_000, 5_000_000],
] as const;
const CARD_LIMIT = [5_000, 10_000, 20_000, 50_000, 100_000];
const MORTGAGE = [
  [300_000, 600_000],
  [400_000, 900_000],
  [600_000, 1_800_000],
  [900_000, 3_000_000],
  [1_500_000, 6_000_000],
] as const;
const CORP_BALANCE = [
  [50_000, 500_000],
  [500_000, 5_000_000],
  [5_000_000, 50_000_000],
  [50_000_000, 500_000_000],
] as const;
const CORP_LOAN = [
  [300_000, 2_000_000],
  [2_000_000, 20_000_000],
  [20_000_000, 100_000_000],
  [100_000_000, 500_000_000],
] as const;

const yuan = (rng: Rng, range: readonly [number, number], round = 1) =>
  Math.round(logUniform(rng, range[0], range[1]) / round) * round * 100;
const pct = (x: number) => x.toFixed(4);

/** Annuity installment (cents) for principal P (cents), monthly rate r, n months. */
function installment(P: number, r: number, n: number): number {
  if (r === 0) return Math.ceil(P / n);
  const f = Math.pow(1 + r, n);
  return Math.round((P * r * f) / (f - 1));
}

export interface PlanContext {
  clock: Clock;
  key: readonly number[];
  /** the id the customer's first account gets */
  firstId: number;
}

/** The customer's accounts, ids from ctx.firstId on. */
export function planAccounts(p: Person, ctx: PlanContext): Account[] {
  const { clock } = ctx;
  const rng = Rng.keyed(ctx.key, p.row.id, 2);
  const accounts: Account[] = [];
  const h = p.holdings;
  const { startDay, asOfDay } = clock;
  const created = p.createdDay;
  const span = (from: number) => Math.max(1, asOfDay - from);
  const add = (kind: AccountKind, opened: number, extra: Partial<Account> = {}): Account => {
    const id = ctx.firstId + accounts.length;
    const a: Account = {
      id,
      no: accountNo(kind, id, p.outlet.branch, p.outlet.id),
      kind,
      opened,
      matures: null,
      closed: null,
      status: 'OPEN',
      rate: null,
      limit: null,
      liability: kind === 'LOAN' || kind === 'CREDIT_CARD',
      start: 0,
      principal: 0,
      term: 0,
      monthlyRate: 0,
      schedule: null,
      purpose: null,
      ...extra,
    };
    if (a.closed !== null) a.status = 'CLOSED';
    accounts.push(a);
    return a;
  };
  const startBalance = (opened: number, cents: number) => (opened < startDay ? cents : 0);

  if (p.row.status === 'CLOSED') {
    // the relationship ended: every account closed, balances paid out
    const closed = created < startDay - 30 ? created + 1 + rng.int(startDay - created - 1) : created + rng.int(span(created));
    add(p.row.kind === 'INDIVIDUAL' ? 'DEMAND_DEPOSIT' : 'BASIC', created, { closed, rate: pct(p.row.kind === 'INDIVIDUAL' ? 0.1 : 0.2) });
    if (p.row.kind === 'INDIVIDUAL' && rng.chance(0.3))
      add('CREDIT_CARD', created + rng.int(Math.max(1, closed - created)), { closed, rate: pct(18.25), limit: CARD_LIMIT[p.wealth] * 100 });
    return accounts;
  }

  if (p.row.kind === 'INDIVIDUAL') {
    const band = p.wealth;
    const needsDemand = p.salaried || p.retired || h.creditCard || h.mortgage || h.consumerLoan || h.wealth || h.timeDeposits > 0;
    if (h.closedOld && created < startDay - 400) {
      const opened = created + rng.int(200);
      add('DEMAND_DEPOSIT', opened, { closed: opened + 30 + rng.int(startDay - opened - 30), rate: pct(0.1) });
    }
    // nearly everyone has a current account; the few who do not keep a passbook time deposit
    const demand = needsDemand || rng.chance(0.97);
    if (demand) {
      const frozen = p.row.status === 'DORMANT' && rng.chance(0.2);
      add('DEMAND_DEPOSIT', created, {
        rate: pct(0.1),
        start: startBalance(created, (yuan(rng, DEMAND[band]) / 100) * 100),
        status: frozen ? 'FROZEN' : 'OPEN',
      });
    }
    for (let i = 0; i < (demand ? h.timeDeposits : 1); i++) {
      const term = TD_TERMS.pick(rng);
      const earliest = Math.max(created, addMonths(startDay, -term) + 1);
      const opened = earliest + rng.int(span(earliest));
      const matures = addMonths(opened, term);
      const principal = yuan(rng, TD_PRINCIPAL[band], 1000);
      add('TIME_DEPOSIT', opened, {
        matures,
        closed: matures < asOfDay ? matures : null,
        rate: pct(TD_RATE[term] + (rng.int(3) - 1) * 0.05),
        start: startBalance(opened, principal),
        principal,
        term,
      });
    }
    if (h.creditCard) {
      const opened = created + Math.floor(rng.float() * rng.float() * span(created));
      const limit = Math.round((CARD_LIMIT[band] * (0.5 + 1.5 * rng.float())) / 1000) * 1000 * 100;
      add('CREDIT_CARD', opened, { rate: pct(18.25), limit, start: startBalance(opened, Math.round(limit * 0.25 * rng.float())) });
    }
    if (h.mortgage) {
      const earliest = Math.max(created, asOfDay - 12 * 365);
      const opened = earliest + rng.int(span(earliest));
      const term = rng.pick([240, 300, 360]);
      const principal = yuan(rng, MORTGAGE[band], 10_000);
      const rate = 3.05 + rng.int(26) * 0.05;
      const a = add('LOAN', opened, {
        matures: addMonths(opened, term),
        rate: pct(rate),
        principal,
        term,
        monthlyRate: rate / 1200,
        schedule: 'annuity',
        purpose: '个人住房贷款',
      });
      a.start = opened < startDay ? outstanding(a, startDay) : 0;
    }
    if (h.consumerLoan) {
      const term = rng.pick([12, 24, 36]);
      const earliest = Math.max(created, addMonths(startDay, -term) + 1);
      const opened = earliest + rng.int(span(earliest));
      const matures = addMonths(opened, term);
      const principal = yuan(rng, [20_000, 60_000 + 60_000 * band], 1000);
      const rate = 3.6 + rng.int(50) * 0.1;
      const a = add('LOAN', opened, {
        matures,
        closed: matures < asOfDay ? matures : null,
        rate: pct(rate),
        principal,
        term,
        monthlyRate: rate / 1200,
        schedule: 'annuity',
        purpose: rng.pick(['个人消费贷款', '装修贷款', '汽车消费贷款', '教育消费贷款']),
      });
      a.start = opened < startDay ? outstanding(a, startDay) : 0;
    }
    if (h.wealth) {
      const opened = created + Math.floor(rng.float() * span(created));
      add('WEALTH', opened, {
        rate: pct(2.1 + rng.int(35) * 0.05),
        start: startBalance(opened, yuan(rng, WEALTH[band], 1000)),
        purpose: rng.pick(['稳健型理财', '现金管理类理财', '固收+理财', '封闭式净值型理财']),
      });
    }
  } else {
    const size = p.wealth;
    if (h.closedOld && created < startDay - 400) {
      const opened = created + 30 + rng.int(200);
      add('SETTLEMENT', opened, { closed: opened + 60 + rng.int(startDay - opened - 60), rate: pct(0.2) });
    }
    const frozen = p.row.status === 'DORMANT' && rng.chance(0.2);
    add('BASIC', created, {
      rate: pct(0.2),
      start: startBalance(created, yuan(rng, CORP_BALANCE[size])),
      status: frozen ? 'FROZEN' : 'OPEN',
    });
    for (let i = 0; i < h.settlement; i++) {
      const opened = created + Math.floor(rng.float() * span(created));
      add('SETTLEMENT', opened, { rate: pct(0.2), start: startBalance(opened, Math.round(yuan(rng, CORP_BALANCE[size]) * 0.3)) });
    }
    for (let i = 0; i < h.timeDeposits; i++) {
      const term = rng.pick([3, 6, 12, 12, 24, 36]);
      const earliest = Math.max(created, addMonths(startDay, -term) + 1);
      const opened = earliest + rng.int(span(earliest));
      const matures = addMonths(opened, term);
      const principal = Math.round(yuan(rng, CORP_BALANCE[size], 10_000) * 0.6);
      add('TIME_DEPOSIT', opened, {
        matures,
        closed: matures < asOfDay ? matures : null,
        rate: pct(TD_RATE[term] + 0.1),
        start: startBalance(opened, principal),
        principal,
        term,
      });
    }
    if (h.corporateLoan) {
      const earliest = Math.max(created, addMonths(startDay, -12) + 1);
      const opened = earliest + rng.int(span(earliest));
      const matures = addMonths(opened, 12);
      const principal = yuan(rng, CORP_LOAN[size], 10_000);
      const rate = 2.9 + rng.int(24) * 0.1;
      add('LOAN', opened, {
        matures,
        closed: matures < asOfDay ? matures : null,
        rate: pct(rate),
        principal,
        term: 12,
        monthlyRate: rate / 1200,
        schedule: 'bullet',
        start: startBalance(opened, principal),
        purpose: '流动资金贷款',
      });
    }
  }
  return accounts;
}

/** Outstanding principal of an annuity loan on `day`, after the installments due before it (cents). */
function outstanding(a: Account, day: number): number {
  const paid = Math.min(a.term, monthsBetween(a.opened, day - 1));
  const pay = installment(a.principal, a.monthlyRate, a.term);
  let rest = a.principal;
  for (let k = 1; k <= paid && rest > 0; k++) rest -= Math.min(rest, pay - Math.round(rest * a.monthlyRate));
  return Math.max(0, rest);
}

// ── the year ───────────────────────────────────────────────────────────────────────────────────

/** One posting as simulate() reports it. `after` is the balance after it. */
export type Emit = (
  account: number,
  day: number,
  second: number,
  cents: number,
  credit: boolean,
  channel: Channel,
  category: Category,
  counterparty: string | null,
  description: string | null,
  after: number,
) => void;

enum Dyn {
  Fixed,
  Interest,
  CardRepay,
  Maturity,
  Fund,
  Redeem,
}

interface Ev {
  key: number;
  seq: number;
  a: number;
  credit: boolean;
  cents: number;
  /** the other leg (an account of the same customer), or -1 */
  b: number;
  centsB: number;
  channel: Channel;
  cat: Category;
  catB: Category;
  cp: string | null;
  desc: string | null;
  cpB: string | null;
  descB: string | null;
  dyn: Dyn;
  mandatory: boolean;
}

type AgeGroup = 0 | 1 | 2 | 3;
const ageGroup = (age: number): AgeGroup => (age < 30 ? 0 : age < 50 ? 1 : age < 65 ? 2 : 3);
const w = <T>(items: Array<[T, number]>) => new Weighted<T>(items);
const TRANSFER_CH = [
  w<Channel>([
    ['MOBILE', 85],
    ['ONLINE', 10],
    ['COUNTER', 5],
  ]),
  w<Channel>([
    ['MOBILE', 70],
    ['ONLINE', 15],
    ['COUNTER', 15],
  ]),
  w<Channel>([
    ['MOBILE', 45],
    ['ONLINE', 10],
    ['COUNTER', 45],
  ]),
  w<Channel>([
    ['MOBILE', 20],
    ['ONLINE', 5],
    ['COUNTER', 75],
  ]),
];
const CASH_CH = [
  w<Channel>([
    ['ATM', 85],
    ['COUNTER', 15],
  ]),
  w<Channel>([
    ['ATM', 75],
    ['COUNTER', 25],
  ]),
  w<Channel>([
    ['ATM', 55],
    ['COUNTER', 45],
  ]),
  w<Channel>([
    ['ATM', 30],
    ['COUNTER', 70],
  ]),
];
const CARD_CH = [
  w<Channel>([
    ['ONLINE', 55],
    ['POS', 45],
  ]),
  w<Channel>([
    ['ONLINE', 40],
    ['POS', 60],
  ]),
  w<Channel>([
    ['ONLINE', 20],
    ['POS', 80],
  ]),
  w<Channel>([
    ['ONLINE', 8],
    ['POS', 92],
  ]),
];
const CORP_CH = w<Channel>([
  ['ONLINE', 62],
  ['COUNTER', 23],
  ['MOBILE', 15],
]);

type Kind = 'spend' | 'atm' | 'out' | 'in' | 'utility' | 'deposit' | 'buy' | 'redeem';
const KINDS: Array<Weighted<Kind>> = [
  w<Kind>([
    ['spend', 55],
    ['atm', 5],
    ['out', 16],
    ['in', 9],
    ['utility', 10],
    ['deposit', 1],
    ['buy', 2],
    ['redeem', 2],
  ]),
  w<Kind>([
    ['spend', 50],
    ['atm', 7],
    ['out', 16],
    ['in', 8],
    ['utility', 12],
    ['deposit', 2],
    ['buy', 3],
    ['redeem', 2],
  ]),
  w<Kind>([
    ['spend', 40],
    ['atm', 12],
    ['out', 14],
    ['in', 8],
    ['utility', 15],
    ['deposit', 5],
    ['buy', 3],
    ['redeem', 3],
  ]),
  w<Kind>([
    ['spend', 28],
    ['atm', 20],
    ['out', 10],
    ['in', 8],
    ['utility', 18],
    ['deposit', 10],
    ['buy', 3],
    ['redeem', 3],
  ]),
];
type CorpKind = 'receipt' | 'payment' | 'bill-in' | 'bill-out' | 'utility' | 'fee' | 'cash-in' | 'cash-out';
const CORP_KINDS = w<CorpKind>([
  ['receipt', 38],
  ['payment', 34],
  ['bill-in', 5],
  ['bill-out', 4],
  ['utility', 8],
  ['fee', 6],
  ['cash-in', 3],
  ['cash-out', 2],
]);

const MERCHANTS_POS = [
  '永辉超市',
  '华润万家',
  '沃尔玛',
  '盒马鲜生',
  '中国石化加油站',
  '中国石油加油站',
  '星巴克',
  '海底捞',
  '肯德基',
  '麦当劳',
  '屈臣氏',
  '万达影城',
  '国美电器',
  '苏宁易购门店',
  '大参林药房',
  '老百姓大药房',
  '优衣库',
  '名创优品',
  '瑞幸咖啡',
  '喜茶',
  '7-Eleven',
  '全家便利店',
  '百果园',
  '西贝莜面村',
];
const MERCHANTS_ONLINE = [
  '淘宝',
  '天猫',
  '京东',
  '拼多多',
  '美团',
  '美团外卖',
  '饿了么',
  '携程旅行',
  '滴滴出行',
  '12306铁路客票',
  '抖音电商',
  '唯品会',
  '爱奇艺会员',
  '腾讯视频',
  '网易严选',
  '中国移动话费充值',
];
const FESTIVE = ['12306铁路客票', '携程旅行', '京东年货节', '天猫年货节', '永辉超市', '华润万家'];
const UTILITIES: ReadonlyArray<readonly [string, string, number]> = [
  ['国家电网', '电费', 1],
  ['自来水公司', '水费', 0.4],
  ['燃气集团', '燃气费', 0.6],
  ['中国移动', '话费', 0.5],
  ['中国联通', '宽带费', 0.4],
  ['物业服务中心', '物业费', 1.5],
  ['社会保险事业管理中心', '城乡居民医保代缴', 1],
  ['交通违法罚没', '交通罚款代缴', 0.8],
];

/**
 * A customer's year of postings, in time order, through `emit`. `accounts` are the customer's
 * (planAccounts); their running balance is left in `balances` (cents, same order).
 */
export function simulate(
  p: Person,
  accounts: Account[],
  clock: Clock,
  key: readonly number[],
  perYear: number,
  emit: Emit,
  balances: number[],
): void {
  balances.length = accounts.length;
  for (let i = 0; i < accounts.length; i++) balances[i] = accounts[i].start;
  if (p.row.status === 'CLOSED') return;
  const rng = Rng.keyed(key, p.row.id, 3);
  const { startDay, asOfDay } = clock;
  const events: Ev[] = [];
  let seq = 0;
  const push = (
    day: number,
    second: number,
    a: number,
    credit: boolean,
    cents: number,
    channel: Channel,
    cat: Category,
    cp: string | null,
    desc: string | null,
    b = -1,
    catB: Category = cat,
    cpB: string | null = null,
    descB: string | null = null,
    dyn = Dyn.Fixed,
    mandatory = false,
    centsB = cents,
  ) => {
    if (day >= asOfDay) return; // a follow-up (taxes after payroll, fees after interest) that would fall after the as-of day
    events.push({
      key: day * 86_400 + second,
      seq: seq++,
      a,
      credit,
      cents,
      b,
      centsB,
      channel,
      cat,
      catB,
      cp,
      desc,
      cpB,
      descB,
      dyn,
      mandatory,
    });
  };
  const individual = p.row.kind === 'INDIVIDUAL';
  const main = individual
    ? accounts.findIndex((a) => a.kind === 'DEMAND_DEPOSIT' && a.closed === null)
    : accounts.findIndex((a) => a.kind === 'BASIC' && a.closed === null);
  const active = (a: Account) => a.closed === null || a.closed > startDay;
  /** first and last+1 day a discretionary posting can fall on for an account */
  const from = (a: Account) => Math.max(startDay, a.opened, p.createdDay);
  const to = (a: Account) => Math.min(asOfDay, a.closed ?? asOfDay);
  const who = p.row.name;
  let structural = 0;

  // ── structural postings: salary, pension, interest, loans, cards, time deposits, payroll, taxes ──
  const monthDays = (a: Account, dom: number, f: (day: number, k: number) => void) => {
    for (let k = 0; k < clock.months.length; k++) {
      const m = clock.months[k];
      const day = m.first + dom - 1;
      if (day >= m.end || day < from(a) || day >= to(a)) continue;
      f(day, k);
    }
  };
  const quarterly = (a: Account, f: (day: number) => void) => {
    for (const m of clock.months) {
      if (m.month % 3 !== 0) continue;
      const day = m.first + 20; // interest is settled on the 20th of the last month of a quarter and paid on the 21st
      if (day >= m.end || day < from(a) || day >= to(a)) continue;
      f(day);
    }
  };

  if (main >= 0) {
    const m = accounts[main];
    if (p.row.status === 'ACTIVE') {
      if (individual && p.salaried && p.monthlyIncome > 0) {
        const employer = companyName(rng, cityOfBranch(p.outlet.branch).short);
        const dom = rng.pick([5, 8, 10, 15, 20, 25]);
        monthDays(m, dom, (day, k) => {
          const month = clock.months[k].month;
          // the year-end bonus comes with January's or February's pay (before Spring Festival)
          const bonus = (month === 1 && rng.chance(0.5)) || (month === 2 && rng.chance(0.3)) ? 1 + rng.float() * 2 : 0;
          const cents = Math.round((p.monthlyIncome * (0.97 + 0.06 * rng.float()) * (1 + bonus)) / 100) * 100;
          push(
            day,
            9 * 3600 + rng.int(3 * 3600),
            main,
            true,
            cents,
            'ONLINE',
            'SALARY',
            employer,
            bonus ? '代发工资（含年终奖）' : '代发工资',
          );
          structural++;
        });
      } else if (individual && p.retired) {
        monthDays(m, 5, (day) => {
          push(day, 8 * 3600 + rng.int(3600), main, true, p.monthlyIncome, 'ONLINE', 'TRANSFER_IN', '社会保险基金管理中心', '养老金发放');
          structural++;
        });
      }
      if (!individual) {
        const dom = rng.pick([8, 10, 15]);
        const tax = cityOfBranch(p.outlet.branch).name.replace('市', '');
        monthDays(m, dom, (day) => {
          push(
            day,
            10 * 3600 + rng.int(3600),
            main,
            false,
            Math.round(p.monthlyIncome * (0.95 + 0.1 * rng.float())),
            'ONLINE',
            'SALARY',
            '员工工资代发',
            '代发工资',
            -1,
            'SALARY',
            null,
            null,
            Dyn.Fixed,
            true,
          );
          push(
            day + 5,
            9 * 3600 + rng.int(3600),
            main,
            false,
            Math.round(p.monthlyIncome * (0.35 + 0.1 * rng.float())),
            'ONLINE',
            'COLLECTION_PAYMENT_AGENCY',
            `国家税务总局${tax}市税务局`,
            '代扣税费及社会保险费',
            -1,
            'COLLECTION_PAYMENT_AGENCY',
            null,
            null,
            Dyn.Fixed,
            true,
          );
          structural += 2;
        });
      }
      if (individual && rng.chance(0.15))
        quarterly(m, (day) => {
          push(day + 2, 3600, main, false, 600, 'ONLINE', 'FEE', null, '短信通知服务费');
          structural++;
        });
      if (!individual)
        quarterly(m, (day) => {
          push(day + 1, 3600, main, false, rng.pick([3000, 5000, 10000]), 'ONLINE', 'FEE', null, '账户管理费及网银年费');
          structural++;
        });
    }
  }
  accounts.forEach((a, i) => {
    if (!active(a)) return;
    // quarterly interest on deposits (dormant ones too: interest is what a sleeping account still sees)
    if (a.kind === 'DEMAND_DEPOSIT' || a.kind === 'BASIC' || a.kind === 'SETTLEMENT') {
      quarterly(a, (day) => {
        push(day, 1800, i, true, 0, 'ONLINE', 'INTEREST', null, '结息', -1, 'INTEREST', null, null, Dyn.Interest);
        structural++;
      });
    }
    if (a.kind === 'WEALTH')
      quarterly(a, (day) => {
        push(day + 1, 2 * 3600, i, true, 0, 'ONLINE', 'INTEREST', null, '理财收益结转', -1, 'INTEREST', null, null, Dyn.Interest);
        structural++;
      });
    if (a.kind === 'TIME_DEPOSIT') {
      if (a.opened >= startDay) {
        push(
          a.opened,
          10 * 3600 + rng.int(6 * 3600),
          i,
          true,
          a.principal,
          main >= 0 ? 'MOBILE' : 'COUNTER',
          'TRANSFER_IN',
          who,
          `${a.term}个月定期存款开户`,
          main,
          'TRANSFER_OUT',
          null,
          '转存定期',
          Dyn.Fund,
        );
        structural++;
      }
      if (a.closed !== null) {
        push(a.closed, 30, i, true, 0, 'ONLINE', 'INTEREST', null, '定期存款到期利息', -1, 'INTEREST', null, null, Dyn.Interest);
        push(
          a.closed,
          60,
          i,
          false,
          0,
          'ONLINE',
          main >= 0 ? 'TRANSFER_OUT' : 'WITHDRAWAL',
          null,
          '定期存款到期支取',
          main,
          'TRANSFER_IN',
          null,
          '定期存款到期转入',
          Dyn.Maturity,
        );
        structural += main >= 0 ? 3 : 2;
      }
    }
    if (a.kind === 'CREDIT_CARD' && main >= 0) {
      const due = 5 + rng.int(20);
      monthDays(a, due, (day) => {
        push(
          day,
          6 * 3600,
          main,
          false,
          0,
          'ONLINE',
          'TRANSFER_OUT',
          null,
          '信用卡自动还款',
          i,
          'TRANSFER_IN',
          null,
          '自动还款',
          Dyn.CardRepay,
          true,
        );
        structural += 2;
      });
    }
    if (a.kind === 'LOAN') {
      const payer = main;
      if (a.opened >= startDay) {
        const consumer = a.schedule === 'annuity' && a.purpose !== '个人住房贷款';
        const credited = consumer || a.schedule === 'bullet' ? payer : -1;
        push(
          a.opened,
          11 * 3600 + rng.int(4 * 3600),
          i,
          false,
          a.principal,
          'COUNTER',
          'LOAN_DRAWDOWN',
          credited >= 0
            ? who
            : rng.pick(['万科物业开发有限公司', '保利房地产开发有限公司', '碧桂园房地产开发有限公司', '个人住房售房款监管账户']),
          `${a.purpose}发放`,
          credited,
          'LOAN_DRAWDOWN',
          null,
          `${a.purpose}放款`,
        );
        structural += credited >= 0 ? 2 : 1;
      }
      let rest = a.principal;
      const pay = installment(a.principal, a.monthlyRate, a.term);
      for (let k = 1; k <= a.term; k++) {
        const day = addMonths(a.opened, k);
        if (day >= asOfDay) break;
        const interest = a.schedule === 'bullet' ? Math.round(a.principal * a.monthlyRate) : Math.round(rest * a.monthlyRate);
        const principal = a.schedule === 'bullet' ? (k === a.term ? a.principal : 0) : k === a.term ? rest : Math.min(rest, pay - interest);
        rest -= principal;
        if (day < startDay || payer < 0) continue;
        const total = principal + interest;
        const desc = a.schedule === 'bullet' ? (principal ? '贷款到期还本付息' : '贷款按月付息') : `第${k}/${a.term}期还款`;
        if (principal > 0)
          push(
            day,
            7 * 3600,
            payer,
            false,
            total,
            'ONLINE',
            'LOAN_REPAYMENT',
            null,
            desc,
            i,
            'LOAN_REPAYMENT',
            null,
            `${desc}（本金）`,
            Dyn.Fixed,
            true,
            principal,
          );
        else
          push(
            day,
            7 * 3600,
            payer,
            false,
            total,
            'ONLINE',
            'LOAN_REPAYMENT',
            null,
            desc,
            -1,
            'LOAN_REPAYMENT',
            null,
            null,
            Dyn.Fixed,
            true,
          );
        structural += principal > 0 ? 2 : 1;
      }
    }
  });

  // ── discretionary postings: as many as the density leaves after the structural ones ───────
  if (main >= 0 && p.row.status === 'ACTIVE') {
    const m = accounts[main];
    const first = from(m),
      last = to(m);
    const share = Math.max(0, last - first) / Math.max(1, asOfDay - startDay);
    const want = Math.max(0, Math.round(perYear * DENSITY_CALIBRATION * p.activity * share) - structural);
    const days = last - first;
    const pickDay = (lo = first, hi = last): number => {
      for (let tries = 0; tries < 8; tries++) {
        const day = lo + rng.int(hi - lo);
        if (rng.float() * 3.2 < clock.season(day)) return day;
      }
      return lo + rng.int(hi - lo);
    };
    if (want > 0 && days > 0) {
      if (individual) discretionary(p, accounts, main, want, rng, pickDay, push, ageGroup(p.age), who);
      else corporate(p, accounts, main, want, rng, pickDay, push);
    }
  }

  // ── replay in time order ───────────────────────────────────────────────────────────────────
  events.sort((x, y) => x.key - y.key || x.seq - y.seq);
  for (const e of events) {
    const day = Math.floor(e.key / 86_400),
      second = e.key % 86_400;
    const a = accounts[e.a];
    let cents = e.cents,
      centsB = e.centsB;
    switch (e.dyn) {
      case Dyn.Fixed:
        break; // the amount was set when the event was planned
      case Dyn.Interest: {
        const rate = Number(a.rate ?? 0) / 100;
        cents = a.kind === 'TIME_DEPOSIT' ? Math.round((balances[e.a] * rate * a.term) / 12) : Math.round((balances[e.a] * rate) / 4);
        break;
      }
      case Dyn.CardRepay:
        cents = centsB = balances[e.b];
        break;
      case Dyn.Maturity:
        cents = centsB = balances[e.a];
        break;
      case Dyn.Redeem:
        cents = centsB = Math.floor((balances[e.a] * (0.2 + 0.5 * rng.float())) / 100_000) * 100_000;
        break;
      case Dyn.Fund:
        if (e.b < 0 || balances[e.b] < e.centsB + 50_000) {
          // not enough on the current account: the customer brings the money to the counter
          put(e.a, day, second, cents, true, 'COUNTER', 'DEPOSIT', who, e.desc);
          continue;
        }
        break;
    }
    if (cents <= 0) continue;
    if (e.b < 0 && !e.credit && a.kind === 'TIME_DEPOSIT') {
      // a matured time deposit without a current account: paid out in cash
      put(e.a, day, second, cents, false, 'COUNTER', 'WITHDRAWAL', who, e.desc);
      continue;
    }
    // the paying leg must be covered: a deposit cannot go below zero, a card above its limit
    const payer = e.credit ? e.b : e.a;
    const payCents = e.credit ? centsB : cents;
    if (payer >= 0) {
      const pa = accounts[payer];
      const short = pa.liability ? (pa.limit !== null ? balances[payer] + payCents - pa.limit : -1) : payCents - balances[payer];
      if (short > 0) {
        if (!e.mandatory || pa.liability) continue;
        // a repayment due: the customer tops up from another bank first
        const top = Math.ceil((short + 50_000) / 10_000) * 10_000;
        put(payer, day, second, top, true, 'MOBILE', 'TRANSFER_IN', individual ? `${who}（他行账户）` : '本单位他行账户', '他行转入');
      }
    }
    put(e.a, day, second, cents, e.credit, e.channel, e.cat, e.cp, e.desc);
    if (e.b >= 0) put(e.b, day, second, centsB, !e.credit, e.channel, e.catB, e.cpB ?? (individual ? who : p.row.name), e.descB);
  }

  function put(
    i: number,
    day: number,
    second: number,
    cents: number,
    credit: boolean,
    channel: Channel,
    cat: Category,
    cp: string | null,
    desc: string | null,
  ) {
    const a = accounts[i];
    balances[i] += (credit !== a.liability ? 1 : -1) * cents;
    emit(i, day, second, cents, credit, channel, cat, cp, desc, balances[i]);
  }
}

/** Tuned so that the average customer ends up near `perYear` postings (see README). */
export const DENSITY_CALIBRATION = 1.18;

type Push = (
  day: number,
  second: number,
  a: number,
  credit: boolean,
  cents: number,
  channel: Channel,
  cat: Category,
  cp: string | null,
  desc: string | null,
  b?: number,
  catB?: Category,
  cpB?: string | null,
  descB?: string | null,
  dyn?: Dyn,
  mandatory?: boolean,
  centsB?: number,
) => void;

/** exponential with mean 1, capped: amounts that vary like real ones do */
const spread = (rng: Rng) => Math.min(6, -Math.log(1 - rng.float() * 0.9999));

function discretionary(
  p: Person,
  accounts: Account[],
  main: number,
  want: number,
  rng: Rng,
  pickDay: (lo?: number, hi?: number) => number,
  push: Push,
  g: AgeGroup,
  who: string,
) {
  const card = accounts.findIndex((a) => a.kind === 'CREDIT_CARD' && a.closed === null);
  const wealth = accounts.findIndex((a) => a.kind === 'WEALTH' && a.closed === null);
  const kinds: Kind[] = [];
  const n: Record<Kind, number> = { spend: 0, atm: 0, out: 0, in: 0, utility: 0, deposit: 0, buy: 0, redeem: 0 };
  for (let i = 0; i < want; i++) {
    let k = KINDS[g].pick(rng);
    if ((k === 'buy' || k === 'redeem') && wealth < 0) k = 'spend';
    if (p.business && rng.chance(0.25)) k = 'in'; // the self-employed live on incoming transfers
    kinds.push(k);
    n[k]++;
  }
  // monthly budgets (cents) by the customer's means, spread over the year's events of each kind
  const pay = p.monthlyIncome > 0 ? p.monthlyIncome : [2500, 6000, 12000, 25000, 70000][p.wealth] * 100;
  const budget: Record<Kind, number> = {
    spend: pay * 12 * 0.35,
    atm: pay * 12 * 0.08,
    out: pay * 12 * 0.2,
    utility: pay * 12 * 0.06,
    deposit: pay * 12 * 0.1,
    in: p.salaried || p.retired ? pay * 12 * 0.15 : pay * 12 * 0.95,
    buy: pay * 12 * 0.5,
    redeem: 0,
  };
  const city = cityOfBranch(p.outlet.branch).short;
  for (const k of kinds) {
    const mean = budget[k] / Math.max(1, n[k]);
    const day = pickDay();
    const t = 7 * 3600 + rng.int(16 * 3600);
    const counter = 9 * 3600 + rng.int(8 * 3600);
    switch (k) {
      case 'spend': {
        const ch = CARD_CH[g].pick(rng);
        const festive = ch === 'ONLINE' && rng.chance(0.15) ? FESTIVE[rng.int(FESTIVE.length)] : null;
        const merchant =
          festive ?? (ch === 'POS' ? MERCHANTS_POS[rng.int(MERCHANTS_POS.length)] : MERCHANTS_ONLINE[rng.int(MERCHANTS_ONLINE.length)]);
        const cents = Math.max(100, Math.round(mean * spread(rng)));
        const onCard = card >= 0 && day >= accounts[card].opened && rng.chance(0.7);
        push(day, t, onCard ? card : main, false, cents, ch, 'CARD_SPEND', merchant, ch === 'POS' ? '刷卡消费' : '网上支付');
        break;
      }
      case 'atm': {
        const ch = CASH_CH[g].pick(rng);
        push(
          day,
          ch === 'COUNTER' ? counter : t,
          main,
          false,
          Math.max(10_000, Math.round((mean * spread(rng)) / 10_000) * 10_000),
          ch,
          'WITHDRAWAL',
          null,
          ch === 'ATM' ? 'ATM取款' : '柜面取款',
        );
        break;
      }
      case 'out': {
        const ch = TRANSFER_CH[g].pick(rng);
        push(
          day,
          ch === 'COUNTER' ? counter : t,
          main,
          false,
          Math.max(1000, Math.round((mean * spread(rng)) / 100) * 100),
          ch,
          'TRANSFER_OUT',
          personName(rng, rng.chance(0.5) ? 'M' : 'F', 1950 + rng.int(55)),
          rng.pick(['转账', '转账', '还款', '房租', '生活费', '红包']),
        );
        break;
      }
      case 'in': {
        const ch = TRANSFER_CH[g].pick(rng);
        const business = p.business && rng.chance(0.7);
        push(
          day,
          ch === 'COUNTER' ? counter : t,
          main,
          true,
          Math.max(1000, Math.round((mean * spread(rng)) / 100) * 100),
          ch,
          'TRANSFER_IN',
          business ? companyName(rng, city) : personName(rng, rng.chance(0.5) ? 'M' : 'F', 1950 + rng.int(55)),
          business ? '货款' : rng.pick(['转账', '转账', '报销款', '红包', '生活费']),
        );
        break;
      }
      case 'utility': {
        const [payee, what, scale] = UTILITIES[rng.int(UTILITIES.length)];
        const ch = TRANSFER_CH[g].pick(rng);
        push(
          day,
          ch === 'COUNTER' ? counter : t,
          main,
          false,
          Math.max(1000, Math.round(mean * scale * spread(rng))),
          ch,
          'COLLECTION_PAYMENT_AGENCY',
          payee,
          `代缴${what}`,
        );
        break;
      }
      case 'deposit': {
        const ch = CASH_CH[g].pick(rng);
        push(
          day,
          ch === 'COUNTER' ? counter : t,
          main,
          true,
          Math.max(10_000, Math.round((mean * spread(rng)) / 10_000) * 10_000),
          ch,
          'DEPOSIT',
          who,
          '现金存入',
        );
        break;
      }
      case 'buy': {
        if (day < accounts[wealth].opened) break;
        const cents = Math.max(1_000_000, Math.round((mean * spread(rng)) / 100_000) * 100_000);
        push(
          day,
          counter,
          main,
          false,
          cents,
          TRANSFER_CH[g].pick(rng),
          'WEALTH_PURCHASE',
          null,
          `购买${accounts[wealth].purpose}`,
          wealth,
          'WEALTH_PURCHASE',
          null,
          '理财申购确认',
        );
        break;
      }
      case 'redeem': {
        if (day < accounts[wealth].opened) break;
        push(
          day,
          counter,
          wealth,
          false,
          0,
          TRANSFER_CH[g].pick(rng),
          'WEALTH_REDEMPTION',
          null,
          '理财赎回',
          main,
          'WEALTH_REDEMPTION',
          null,
          `赎回${accounts[wealth].purpose}`,
          Dyn.Redeem,
        );
        break;
      }
    }
  }
}

function corporate(p: Person, accounts: Account[], main: number, want: number, rng: Rng, pickDay: () => number, push: Push) {
  const usable = accounts
    .map((a, i) => (a.closed === null && (a.kind === 'BASIC' || a.kind === 'SETTLEMENT') ? i : -1))
    .filter((i) => i >= 0);
  const kinds: CorpKind[] = [];
  const n: Record<CorpKind, number> = {
    receipt: 0,
    payment: 0,
    'bill-in': 0,
    'bill-out': 0,
    utility: 0,
    fee: 0,
    'cash-in': 0,
    'cash-out': 0,
  };
  for (let i = 0; i < want; i++) {
    const k = CORP_KINDS.pick(rng);
    kinds.push(k);
    n[k]++;
  }
  const payroll = p.monthlyIncome * 12;
  // a year's turnover: sales cover payroll, taxes and suppliers
  const budget: Record<CorpKind, number> = {
    receipt: payroll * 2.4,
    payment: payroll * 1.1,
    'bill-in': payroll * 0.4,
    'bill-out': payroll * 0.3,
    utility: payroll * 0.05,
    fee: payroll * 0.002,
    'cash-in': payroll * 0.05,
    'cash-out': payroll * 0.05,
  };
  const city = cityOfBranch(p.outlet.branch).short;
  for (const k of kinds) {
    const mean = budget[k] / Math.max(1, n[k]);
    const day = pickDay();
    const t = 9 * 3600 + rng.int(9 * 3600);
    const acct = usable.length > 1 && rng.chance(0.35) ? usable[1 + rng.int(usable.length - 1)] : main;
    if (day < accounts[acct].opened) continue;
    const ch = CORP_CH.pick(rng);
    const cents = Math.max(10_000, Math.round(mean * spread(rng)));
    switch (k) {
      case 'receipt':
        push(day, t, acct, true, cents, ch, 'TRANSFER_IN', companyName(rng, city), rng.pick(['货款', '服务费', '工程款', '合同款']));
        break;
      case 'payment':
        push(day, t, acct, false, cents, ch, 'TRANSFER_OUT', companyName(rng, city), rng.pick(['采购款', '货款', '租金', '服务费']));
        break;
      case 'bill-in':
        push(
          day,
          t,
          acct,
          true,
          Math.round(cents / 100_000) * 100_000 || 100_000,
          'COUNTER',
          'BILL_SETTLEMENT',
          companyName(rng, city),
          '银行承兑汇票解付',
        );
        break;
      case 'bill-out':
        push(
          day,
          t,
          acct,
          false,
          Math.round(cents / 100_000) * 100_000 || 100_000,
          'COUNTER',
          'BILL_SETTLEMENT',
          companyName(rng, city),
          '商业汇票到期付款',
        );
        break;
      case 'utility': {
        const [payee, what] = rng.pick([
          ['国家电网', '电费'],
          ['自来水公司', '水费'],
          ['燃气集团', '燃气费'],
          ['中国电信', '通信费'],
          ['物业服务中心', '物业费'],
        ] as const);
        push(day, t, acct, false, cents, 'ONLINE', 'COLLECTION_PAYMENT_AGENCY', payee, `代扣${what}`);
        break;
      }
      case 'fee':
        push(
          day,
          t,
          acct,
          false,
          Math.max(200, Math.min(cents, 50_000)),
          'ONLINE',
          'FEE',
          null,
          rng.pick(['跨行转账手续费', '网银服务费', '回单柜服务费']),
        );
        break;
      case 'cash-in':
        push(day, t, acct, true, Math.round(cents / 10_000) * 10_000 || 10_000, 'COUNTER', 'DEPOSIT', p.row.name, '现金缴存');
        break;
      case 'cash-out':
        push(day, t, acct, false, Math.round(cents / 10_000) * 10_000 || 10_000, 'COUNTER', 'WITHDRAWAL', p.row.name, '备用金提取');
        break;
    }
  }
}

// ── COPY text ──────────────────────────────────────────────────────────────────────────────────

/** cents → "123.45" (exact; no floating point) */
export function money(cents: number): string {
  const neg = cents < 0;
  const s = String(neg ? -cents : cents).padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}
