// The population: the customer stream enriched with what a bank knows about each customer —
// occupation and income, industry and size, e-mail, marketing consent, which products they hold,
// how active they are — and the relationships between customers of the same outlet.
//
// Every pass of the seed (customers, accounts, transactions, cases …) walks this stream again from
// the start, so everything here must be a pure function of the seed: the enrichment draws from a
// per-customer keyed stream (Rng.keyed), and relationships pick partners from small per-outlet
// rings of recent customers (O(outlets) memory), which every pass rebuilds identically.
import type { Outlet, StaffRow } from './bank';
import { generateCustomers, type CompanySize, type ConsentChannel, type CustomerRow, type IncomeBand } from './customers';
import { personName } from './names';
import { hashString, Rng, Weighted } from './prng';
import { DAY, dayOf, type Clock } from './time';

export type RelationshipKind =
  | 'HOUSEHOLD'
  | 'SPOUSE'
  | 'PARENT_OF'
  | 'EXECUTIVE_OF'
  | 'LEGAL_REPRESENTATIVE_OF'
  | 'GUARANTOR_FOR'
  | 'PARENT_COMPANY_OF'
  | 'GROUP_AFFILIATE';

export interface Link {
  from: number;
  to: number;
  kind: RelationshipKind;
  note: string | null;
  /** ms: when the bank recorded it */
  at: number;
  staffId: number;
}

/** What the account planner needs to know about a customer. */
export interface Holdings {
  creditCard: boolean;
  mortgage: boolean;
  consumerLoan: boolean;
  wealth: boolean;
  timeDeposits: number;
  /** an old account closed before the history starts */
  closedOld: boolean;
  /** companies: general settlement accounts besides the basic account */
  settlement: number;
  corporateLoan: boolean;
}

export interface Person {
  row: CustomerRow;
  /** ms */
  created: number;
  /** Beijing day number of `created` */
  createdDay: number;
  /** individuals: whole years at the as-of date; companies: years in business */
  age: number;
  /** individuals: salary (or pension) per month in cents, 0 if none; companies: monthly payroll */
  monthlyIncome: number;
  salaried: boolean;
  retired: boolean;
  /** self-employed / business owners: irregular income by transfer */
  business: boolean;
  /** 0 (closed) … ~2.5: scales discretionary transactions and contacts */
  activity: number;
  /** 0 LOW … 4 HIGH; companies: 0 MICRO … 3 LARGE */
  wealth: number;
  holdings: Holdings;
  links: Link[];
  outlet: Outlet;
  staff: OutletStaff;
}

export interface OutletStaff {
  head: number;
  tellers: number[];
  managers: number[];
}

export const INCOME_BANDS: readonly IncomeBand[] = ['LOW', 'LOWER_MIDDLE', 'MIDDLE', 'UPPER_MIDDLE', 'HIGH'];
const SIZES: readonly CompanySize[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];
/** monthly salary range in yuan per income band */
const SALARY: ReadonlyArray<readonly [number, number]> = [
  [2_800, 5_000],
  [5_000, 9_000],
  [9_000, 16_000],
  [16_000, 35_000],
  [35_000, 120_000],
];

interface Occupation {
  name: string;
  band: number;
  salaried: boolean;
  business?: boolean;
}
const OCCUPATIONS = new Weighted<Occupation>([
  [{ name: '企业职员', band: 1.6, salaried: true }, 24],
  [{ name: '工程师', band: 2.4, salaried: true }, 7],
  [{ name: '软件工程师', band: 2.8, salaried: true }, 5],
  [{ name: '公务员', band: 2.0, salaried: true }, 5],
  [{ name: '事业单位职工', band: 1.8, salaried: true }, 5],
  [{ name: '教师', band: 1.8, salaried: true }, 5],
  [{ name: '医生', band: 2.6, salaried: true }, 3],
  [{ name: '护士', band: 1.5, salaried: true }, 3],
  [{ name: '金融从业人员', band: 2.8, salaried: true }, 3],
  [{ name: '律师', band: 3.0, salaried: true }, 1],
  [{ name: '销售人员', band: 1.4, salaried: true }, 6],
  [{ name: '工人', band: 0.9, salaried: true }, 8],
  [{ name: '服务业从业人员', band: 0.8, salaried: true }, 6],
  [{ name: '快递员', band: 1.0, salaried: true }, 2],
  [{ name: '个体工商户', band: 1.6, salaried: false, business: true }, 7],
  [{ name: '私营企业主', band: 3.3, salaried: false, business: true }, 3],
  [{ name: '自由职业者', band: 1.3, salaried: false, business: true }, 4],
  [{ name: '农民', band: 0.4, salaried: false, business: true }, 1],
]);

/** Industry (GB/T 4754 section) by the line-of-business word in the company's name. */
const INDUSTRY_BY_WORD: ReadonlyArray<readonly [string, string]> = [
  ['网络科技', '信息传输、软件和信息技术服务业'],
  ['信息技术', '信息传输、软件和信息技术服务业'],
  ['教育科技', '教育'],
  ['环保科技', '科学研究和技术服务业'],
  ['科技', '科学研究和技术服务业'],
  ['商贸', '批发和零售业'],
  ['贸易', '批发和零售业'],
  ['装饰工程', '建筑业'],
  ['建筑工程', '建筑业'],
  ['建材', '制造业'],
  ['餐饮管理', '住宿和餐饮业'],
  ['供应链管理', '交通运输、仓储和邮政业'],
  ['物流', '交通运输、仓储和邮政业'],
  ['医疗器械', '制造业'],
  ['医药', '批发和零售业'],
  ['文化传媒', '文化、体育和娱乐业'],
  ['广告', '租赁和商务服务业'],
  ['电子', '制造业'],
  ['机械设备', '制造业'],
  ['企业管理咨询', '租赁和商务服务业'],
  ['食品', '制造业'],
  ['服装', '制造业'],
  ['房地产开发', '房地产业'],
  ['物业管理', '房地产业'],
  ['汽车销售服务', '批发和零售业'],
  ['新能源', '电力、热力、燃气及水生产和供应业'],
  ['投资管理', '金融业'],
];

const EMAIL_DOMAINS = new Weighted([
  ['qq.com', 40],
  ['163.com', 25],
  ['126.com', 10],
  ['sina.com', 5],
  ['outlook.com', 6],
  ['gmail.com', 4],
  ['foxmail.com', 5],
  ['139.com', 5],
] as const);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const sizes = new Weighted<number>([
  [0, 45],
  [1, 35],
  [2, 15],
  [3, 5],
]);
/** registered capital in yuan by size */
const CAPITAL: ReadonlyArray<readonly [number, number]> = [
  [100_000, 1_000_000],
  [1_000_000, 10_000_000],
  [10_000_000, 100_000_000],
  [100_000_000, 2_000_000_000],
];
/** the company's monthly payroll in yuan by size */
const PAYROLL: ReadonlyArray<readonly [number, number]> = [
  [15_000, 80_000],
  [80_000, 600_000],
  [600_000, 4_000_000],
  [4_000_000, 30_000_000],
];

const consentByAge = (age: number) => (age < 35 ? CONSENT_YOUNG : age < 55 ? CONSENT_MID : CONSENT_OLD);
const CONSENT_YOUNG = new Weighted<ConsentChannel>([
  ['MOBILE', 60],
  ['ONLINE', 20],
  ['COUNTER', 12],
  ['PHONE', 5],
  ['PAPER', 3],
]);
const CONSENT_MID = new Weighted<ConsentChannel>([
  ['MOBILE', 40],
  ['ONLINE', 15],
  ['COUNTER', 28],
  ['PHONE', 10],
  ['PAPER', 7],
]);
const CONSENT_OLD = new Weighted<ConsentChannel>([
  ['COUNTER', 50],
  ['PAPER', 20],
  ['PHONE', 15],
  ['MOBILE', 15],
]);
const CONSENT_CORP = new Weighted<ConsentChannel>([
  ['COUNTER', 45],
  ['ONLINE', 30],
  ['PAPER', 15],
  ['PHONE', 10],
]);

/** log-uniform in [lo, hi] */
export function logUniform(rng: Rng, lo: number, hi: number): number {
  return lo * Math.exp(rng.float() * Math.log(hi / lo));
}

interface RingEntry {
  id: number;
  name: string;
  gender: 'M' | 'F';
  born: number;
  created: number;
  partnered: boolean;
  band: number;
}
interface CompanyEntry {
  id: number;
  created: number;
}
const RING = 24;

export function outletStaff(staff: readonly StaffRow[]): Map<number, OutletStaff> {
  const map = new Map<number, OutletStaff>();
  for (const s of staff) {
    if (!['网点主任', '柜员', '客户经理'].includes(s.position)) continue;
    let x = map.get(s.orgUnitId);
    if (!x) map.set(s.orgUnitId, (x = { head: 0, tellers: [], managers: [] }));
    if (s.position === '网点主任') x.head = s.id;
    else if (s.position === '柜员') x.tellers.push(s.id);
    else x.managers.push(s.id);
  }
  return map;
}

export interface PopulationOptions {
  seed: string;
  count: number;
  outlets: readonly Outlet[];
  staff: ReadonlyMap<number, OutletStaff>;
  clock: Clock;
}

/** The enriched customers 1…count, lazily; the same for every pass. */
export function* population(opts: PopulationOptions): Generator<Person> {
  const { seed, clock } = opts;
  const key = hashString(`${seed}/profile`);
  const rings = new Map<number, RingEntry[]>();
  const companies = new Map<number, CompanyEntry[]>();
  const outletById = new Map(opts.outlets.map((o) => [o.id, o]));
  const asOf = clock.asOf;

  for (const row of generateCustomers({ seed, count: opts.count, outlets: opts.outlets })) {
    const rng = Rng.keyed(key, row.id, 1);
    const created = Date.parse(row.createdAt);
    const outlet = outletById.get(row.homeOrgUnitId)!;
    const staff = opts.staff.get(outlet.id)!;
    const links: Link[] = [];
    const busy = outlet.weight >= 4 ? 0.5 : outlet.weight >= 2 ? 0.2 : 0; // city-centre outlets serve richer customers
    const linkTime = (other: number) => {
      const from = Math.max(created, other);
      return from + rng.int(Math.max(1, Math.floor((asOf - from) / 1000))) * 1000;
    };
    const manager = () => staff.managers[rng.int(staff.managers.length)];
    let person: Person;

    if (row.kind === 'INDIVIDUAL') {
      const born = Date.parse(row.birthDate!);
      const age = Math.floor((asOf - born) / (365.25 * DAY));
      const male = row.gender === 'M';
      let occupation: Occupation;
      let retired = false;
      if (age < 23 && rng.chance(0.75)) occupation = { name: '学生', band: 0, salaried: false };
      else if (age >= (male ? 60 : 55) && rng.chance(0.85)) {
        occupation = { name: '退休人员', band: 1.2, salaried: false };
        retired = true;
      } else occupation = OCCUPATIONS.pick(rng);
      const experience = Math.min(1, Math.max(0, (age - 22) / 20)) * 0.8; // pay rises with experience
      const bandScore = occupation.band - 0.6 + experience + busy + (rng.float() - 0.5) * 1.6;
      const band = Math.max(0, Math.min(4, Math.round(bandScore)));
      const [lo, hi] = SALARY[band];
      const pay = Math.round(logUniform(rng, lo, hi) / 100) * 100;
      const monthlyIncome = occupation.salaried ? pay * 100 : retired ? Math.round((pay * 0.55) / 10) * 1000 : 0;
      const email = rng.chance(age < 45 ? 0.45 : 0.2) ? makeEmail(rng) : null;

      const active = row.status === 'ACTIVE' ? 1 : row.status === 'DORMANT' ? 0.05 : 0;
      const ageFactor = age < 30 ? 1.2 : age < 50 ? 1.05 : age < 65 ? 0.85 : 0.6;
      const activity = active * ageFactor * (0.35 + 1.3 * rng.float()) * (0.85 + 0.1 * band);

      const adult = age >= 22 && row.status !== 'CLOSED';
      const holdings: Holdings = {
        creditCard: row.status !== 'CLOSED' && age >= 20 && age < 70 && rng.chance([0.25, 0.4, 0.5, 0.6, 0.7][band]),
        mortgage: adult && age >= 25 && age < 58 && band >= 1 && rng.chance([0, 0.1, 0.22, 0.32, 0.3][band]),
        consumerLoan: adult && age < 60 && (monthlyIncome > 0 || occupation.business === true) && rng.chance(0.08),
        wealth: row.status !== 'CLOSED' && age >= 22 && rng.chance([0.04, 0.1, 0.25, 0.45, 0.7][band] * (age >= 45 ? 1.3 : 1)),
        timeDeposits:
          row.status === 'CLOSED'
            ? 0
            : rng.chance([0.12, 0.2, 0.3, 0.4, 0.5][band] * (age >= 50 ? 1.6 : 1))
              ? 1 + (rng.chance(0.3) ? 1 : 0)
              : 0,
        closedOld: rng.chance(0.1),
        settlement: 0,
        corporateLoan: false,
      };

      // relationships with earlier customers of the same outlet
      let ring = rings.get(outlet.id);
      if (!ring) rings.set(outlet.id, (ring = []));
      const bornYear = Number(row.birthDate!.slice(0, 4));
      let spouse = -1;
      if (adult && rng.chance(0.22)) {
        const i = ring.findIndex((r) => !r.partnered && r.gender !== row.gender && Math.abs(r.born - bornYear) <= 8);
        if (i >= 0) {
          const r = ring[i];
          r.partnered = true;
          spouse = r.id;
          links.push({
            from: r.id,
            to: row.id,
            kind: 'SPOUSE',
            note: rng.chance(0.5) ? '夫妻，已核实结婚证' : null,
            at: linkTime(r.created),
            staffId: manager(),
          });
          if (rng.chance(0.5))
            links.push({ from: row.id, to: r.id, kind: 'HOUSEHOLD', note: '同一家庭', at: linkTime(r.created), staffId: manager() });
        }
      }
      if (rng.chance(0.07)) {
        const parent = ring.find((r) => r.born <= bornYear - 20 && r.born >= bornYear - 38 && r.id !== spouse);
        if (parent)
          links.push({ from: parent.id, to: row.id, kind: 'PARENT_OF', note: null, at: linkTime(parent.created), staffId: manager() });
      }
      if ((holdings.consumerLoan || holdings.mortgage) && rng.chance(0.3)) {
        const guarantor = ring.find((r) => r.id !== spouse && r.band >= band - 1);
        if (guarantor)
          links.push({
            from: guarantor.id,
            to: row.id,
            kind: 'GUARANTOR_FOR',
            note: holdings.mortgage ? '个人住房贷款担保人' : '个人消费贷款担保人',
            at: linkTime(guarantor.created),
            staffId: manager(),
          });
      }
      if (row.status !== 'CLOSED' && age >= 22) {
        ring.push({ id: row.id, name: row.name, gender: row.gender!, born: bornYear, created, partnered: spouse >= 0, band });
        if (ring.length > RING) ring.shift();
      }

      row.email = email;
      row.occupation = occupation.name;
      row.incomeBand = INCOME_BANDS[band];
      consent(row, rng, created, asOf, consentByAge(age));
      person = {
        row,
        created,
        createdDay: dayOf(created),
        age,
        monthlyIncome,
        salaried: occupation.salaried,
        retired,
        business: occupation.business === true,
        activity,
        wealth: band,
        holdings,
        links,
        outlet,
        staff,
      };
    } else {
      const size = sizes.pick(rng);
      const [clo, chi] = CAPITAL[size];
      const capital = Math.round(logUniform(rng, clo, chi) / 10_000) * 10_000;
      const word = INDUSTRY_BY_WORD.find(([w]) => row.name.includes(w));
      const [plo, phi] = PAYROLL[size];
      const payroll = Math.round(logUniform(rng, plo, phi)) * 100;
      const years = Math.max(0, Math.floor((asOf - created) / (365.25 * DAY)));
      const active = row.status === 'ACTIVE' ? 1 : row.status === 'DORMANT' ? 0.05 : 0;
      const holdings: Holdings = {
        creditCard: false,
        mortgage: false,
        consumerLoan: false,
        wealth: false,
        closedOld: rng.chance(0.08),
        timeDeposits: row.status !== 'CLOSED' && rng.chance(0.2 + 0.1 * size) ? 1 : 0,
        settlement: row.status === 'CLOSED' ? 0 : rng.chance(0.35 + 0.15 * size) ? 1 + (size >= 2 && rng.chance(0.5) ? 1 : 0) : 0,
        corporateLoan: row.status === 'ACTIVE' && rng.chance(0.2 + 0.08 * size),
      };

      // the legal representative: usually a customer of the same outlet, else a name on the licence
      let ring = rings.get(outlet.id);
      if (!ring) rings.set(outlet.id, (ring = []));
      const grownUps = ring.filter((r) => r.born <= 2000);
      let legalRep: string;
      let repId = -1,
        repCreated = created;
      if (grownUps.length && rng.chance(0.7)) {
        const r = grownUps[rng.int(grownUps.length)];
        legalRep = r.name;
        repId = r.id;
        repCreated = r.created;
        links.push({
          from: r.id,
          to: row.id,
          kind: 'LEGAL_REPRESENTATIVE_OF',
          note: '法定代表人',
          at: linkTime(r.created),
          staffId: manager(),
        });
      } else {
        legalRep = personName(rng, rng.chance(0.7) ? 'M' : 'F', rng.between(1960, 1992));
      }
      if (rng.chance(0.35)) {
        const others = grownUps.filter((r) => r.id !== repId);
        if (others.length) {
          const r = others[rng.int(others.length)];
          links.push({
            from: r.id,
            to: row.id,
            kind: 'EXECUTIVE_OF',
            note: rng.pick(['财务负责人', '总经理', '董事', '监事', '副总经理']),
            at: linkTime(r.created),
            staffId: manager(),
          });
        }
      }
      if (holdings.corporateLoan && repId >= 0 && rng.chance(0.5)) {
        links.push({
          from: repId,
          to: row.id,
          kind: 'GUARANTOR_FOR',
          note: '法定代表人个人连带责任保证',
          at: linkTime(repCreated),
          staffId: manager(),
        });
      }
      let peers = companies.get(outlet.id);
      if (!peers) companies.set(outlet.id, (peers = []));
      let parentId = -1;
      if (peers.length && rng.chance(0.06)) {
        const p = peers[rng.int(peers.length)];
        parentId = p.id;
        links.push({
          from: p.id,
          to: row.id,
          kind: 'PARENT_COMPANY_OF',
          note: rng.pick(['全资子公司', '控股子公司（持股 51%）', '控股子公司（持股 70%）']),
          at: linkTime(p.created),
          staffId: manager(),
        });
      }
      if (peers.length && rng.chance(0.04)) {
        const p = peers[rng.int(peers.length)];
        if (p.id !== parentId)
          links.push({
            from: row.id,
            to: p.id,
            kind: 'GROUP_AFFILIATE',
            note: '同一集团关联企业',
            at: linkTime(p.created),
            staffId: manager(),
          });
      }
      if (row.status !== 'CLOSED') {
        peers.push({ id: row.id, created });
        if (peers.length > 12) peers.shift();
      }

      row.email = rng.chance(0.6) ? makeCorporateEmail(rng) : null;
      row.industry = word ? word[1] : '批发和零售业';
      row.legalRepresentative = legalRep;
      row.registeredCapital = capital;
      row.companySize = SIZES[size];
      consent(row, rng, created, asOf, CONSENT_CORP);
      person = {
        row,
        created,
        createdDay: dayOf(created),
        age: years,
        monthlyIncome: payroll,
        salaried: false,
        retired: false,
        business: true,
        activity: active * (0.5 + rng.float()) * (1 + 0.25 * size),
        wealth: size,
        holdings,
        links,
        outlet,
        staff,
      };
    }
    yield person;
  }
}

function consent(row: CustomerRow, rng: Rng, created: number, asOf: number, channels: Weighted<ConsentChannel>): void {
  if (row.status === 'CLOSED' || !rng.chance(0.62)) return;
  // most sign at opening; some later, when the bank asked again
  const at = rng.chance(0.6) ? created + rng.int(1800) * 1000 : created + rng.int(Math.max(1, Math.floor((asOf - created) / 1000))) * 1000;
  row.marketingConsent = true;
  row.marketingConsentAt = new Date(Math.min(at, asOf - 1000)).toISOString();
  row.marketingConsentChannel = channels.pick(rng);
}

function makeEmail(rng: Rng): string {
  const domain = EMAIL_DOMAINS.pick(rng);
  if (domain === 'qq.com' && rng.chance(0.7)) return `${rng.between(10_000_000, 3_999_999_999)}@qq.com`;
  let local = '';
  const n = rng.between(3, 8);
  for (let i = 0; i < n; i++) local += LETTERS[rng.int(26)];
  if (rng.chance(0.6)) local += rng.between(1, 9999);
  return `${local}@${domain}`;
}

function makeCorporateEmail(rng: Rng): string {
  let name = '';
  const n = rng.between(4, 9);
  for (let i = 0; i < n; i++) name += LETTERS[rng.int(26)];
  return `${rng.pick(['finance', 'contact', 'info', 'cw', 'hr', 'admin'])}@${name}${rng.pick(['.com', '.com.cn', '.cn'])}`;
}
