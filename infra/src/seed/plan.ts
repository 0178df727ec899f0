// The tables of the demo bank's customers schema, each as a lazy stream of COPY text lines.
// One COPY per table, in foreign-key order; each stream walks the population again from the start
// and rebuilds what it needs per customer (accounts, a year of postings, cases …), keeping running
// id counters — so ids agree across tables without anything being remembered between passes.
import type { Outlet } from './bank';
import { text, toCopyLine } from './customers';
import {
  ACCOUNT_COLUMNS,
  MONTHLY_COLUMNS,
  TRANSACTION_COLUMNS,
  money,
  planAccounts,
  simulate,
  type Account,
  type Category,
  type Channel,
  type Emit,
} from './ledger';
import { population, type OutletStaff, type Person } from './population';
import { hashString } from './prng';
import {
  CASE_COLUMNS,
  CASE_EVENT_COLUMNS,
  INTERACTION_COLUMNS,
  NEED_COLUMNS,
  planCases,
  planInteractions,
  planNeeds,
  planSurveys,
  SURVEY_COLUMNS,
} from './service';
import { instant, isoDay, type Clock } from './time';

export interface TableStream {
  table: string;
  columns: readonly string[];
  lines: () => Generator<string>;
}

export interface BankPlanOptions {
  seed: string;
  count: number;
  outlets: readonly Outlet[];
  staff: ReadonlyMap<number, OutletStaff>;
  clock: Clock;
  perYear: number;
}

/** Postings per customer per year unless told: 90 for a demo bank, thinning so the total stays near 20 M: 20,000,000 / customers, clamped to 20…90. */
export function defaultTransactionsPerYear(customers: number): number {
  return Math.max(20, Math.min(90, Math.floor(20_000_000 / Math.max(1, customers))));
}

export const RELATIONSHIP_COLUMNS = [
  'id',
  'from_customer_id',
  'to_customer_id',
  'kind',
  'note',
  'created_by_staff_id',
  'created_at',
] as const;

const iso = (ms: number) => new Date(ms).toISOString();
const nul = (x: string | number | null | undefined) => (x === null || x === undefined ? '\\N' : String(x));

export function bankPlan(opts: BankPlanOptions) {
  const { clock, perYear } = opts;
  const people = () => population({ seed: opts.seed, count: opts.count, outlets: opts.outlets, staff: opts.staff, clock });
  const ledgerKey = hashString(`${opts.seed}/ledger`);
  const serviceKey = hashString(`${opts.seed}/service`);

  /** every customer with their accounts (ids in order) */
  function* withAccounts(): Generator<[Person, Account[]]> {
    let next = 1;
    for (const p of people()) {
      const accounts = planAccounts(p, { clock, key: ledgerKey, firstId: next });
      next += accounts.length;
      yield [p, accounts];
    }
  }

  const tables: TableStream[] = [
    {
      table: 'customers.customer',
      columns: [
        'id',
        'customer_no',
        'kind',
        'name',
        'id_number',
        'phone',
        'address',
        'gender',
        'birth_date',
        'home_org_unit_id',
        'home_org_path',
        'status',
        'created_at',
        'updated_at',
        'email',
        'occupation',
        'income_band',
        'industry',
        'legal_representative',
        'registered_capital',
        'company_size',
        'marketing_consent',
        'marketing_consent_at',
        'marketing_consent_channel',
      ],
      *lines() {
        for (const p of people()) yield toCopyLine(p.row);
      },
    },
    {
      table: 'customers.account',
      columns: ACCOUNT_COLUMNS,
      *lines() {
        const balances: number[] = [];
        const touched: number[] = [];
        const emit: Emit = (i, day, second) => {
          touched[i] = instant(day, second);
        };
        for (const [p, accounts] of withAccounts()) {
          touched.length = 0;
          simulate(p, accounts, clock, ledgerKey, perYear, emit, balances);
          for (let i = 0; i < accounts.length; i++) {
            const a = accounts[i];
            const created = Math.max(p.created, instant(a.opened, 9 * 3600 + ((a.id * 7919) % 28_800)));
            const updated = Math.max(created, touched[i] ?? 0, a.closed !== null ? instant(a.closed, 17 * 3600) : 0);
            yield `${a.id}\t${a.no}\t${p.row.id}\t${a.kind}\tCNY\t${money(balances[i])}\t${a.limit === null ? '\\N' : money(a.limit)}\t${nul(a.rate)}\t${isoDay(a.opened)}\t${a.matures === null ? '\\N' : isoDay(a.matures)}\t${a.closed === null ? '\\N' : isoDay(a.closed)}\t${a.status}\t${iso(created)}\t${iso(updated)}\n`;
          }
        }
      },
    },
    {
      table: 'customers.account_transaction',
      columns: TRANSACTION_COLUMNS,
      *lines() {
        const balances: number[] = [];
        let id = 0;
        let buffer: string[] = [];
        let accounts: Account[] = [];
        let customer = 0;
        const emit: Emit = (i, day, second, cents, credit, channel: Channel, category: Category, counterparty, description, after) => {
          buffer.push(
            `${++id}\t${accounts[i].id}\t${customer}\t${iso(instant(day, second))}\t${money(cents)}\t${credit ? 'CREDIT' : 'DEBIT'}\t${channel}\t${category}\t${counterparty === null ? '\\N' : text(counterparty)}\t${description === null ? '\\N' : text(description)}\t${money(after)}\n`,
          );
        };
        for (const [p, list] of withAccounts()) {
          accounts = list;
          customer = p.row.id;
          simulate(p, accounts, clock, ledgerKey, perYear, emit, balances);
          if (buffer.length) {
            yield buffer.join('');
            buffer = [];
          }
        }
      },
    },
    {
      table: 'customers.account_balance_monthly',
      columns: MONTHLY_COLUMNS,
      *lines() {
        const M = clock.months.length;
        const balances: number[] = [];
        // per account: running balance, next day not yet counted, sums of end-of-day balances, days counted, closing
        let cur: number[] = [],
          cursor: number[] = [],
          sum: Float64Array[] = [],
          days: Int32Array[] = [],
          closing: Float64Array[] = [];
        const advance = (i: number, until: number) => {
          while (cursor[i] < until) {
            const k = clock.monthOf(cursor[i]);
            const end = Math.min(until, clock.months[k].end);
            sum[i][k] += cur[i] * (end - cursor[i]);
            days[i][k] += end - cursor[i];
            closing[i][k] = cur[i];
            cursor[i] = end;
          }
        };
        const emit: Emit = (i, day, _s, _c, _cr, _ch, _cat, _cp, _d, after) => {
          advance(i, day);
          cur[i] = after;
        };
        for (const [p, accounts] of withAccounts()) {
          const n = accounts.length;
          cur = accounts.map((a) => a.start);
          cursor = accounts.map((a) => Math.max(a.opened, clock.startDay));
          sum = accounts.map(() => new Float64Array(M));
          days = accounts.map(() => new Int32Array(M));
          closing = accounts.map(() => new Float64Array(M));
          simulate(p, accounts, clock, ledgerKey, perYear, emit, balances);
          let out = '';
          for (let i = 0; i < n; i++) {
            const a = accounts[i];
            // an account is open through its closing day
            advance(i, Math.min(clock.asOfDay, a.closed === null ? clock.asOfDay : a.closed + 1));
            for (let k = 0; k < M; k++) {
              if (!days[i][k]) continue;
              out += `${a.id}\t${clock.months[k].label}\t${money(Math.round(sum[i][k] / days[i][k]))}\t${money(closing[i][k])}\n`;
            }
          }
          if (out) yield out;
        }
      },
    },
    {
      table: 'customers.interaction',
      columns: INTERACTION_COLUMNS,
      *lines() {
        let id = 0;
        for (const p of people()) {
          for (const x of planInteractions(p, clock, serviceKey)) {
            yield `${++id}\t${x.customerId}\t${x.staffId}\t${x.orgUnitId}\t${x.channel}\t${iso(x.occurredAt)}\t${text(x.summary)}\t${text(x.outcome)}\t${text(x.nextStep)}\t${x.nextStepDue === null ? '\\N' : isoDay(Math.floor((x.nextStepDue + 8 * 3_600_000) / 86_400_000))}\t${iso(x.createdAt)}\n`;
          }
        }
      },
    },
    {
      table: 'customers.customer_need',
      columns: NEED_COLUMNS,
      *lines() {
        let id = 0;
        for (const p of people()) {
          for (const x of planNeeds(p, clock, serviceKey)) {
            yield `${++id}\t${x.customerId}\t${x.category}\t${text(x.description)}\t${x.priority}\t${x.status}\t${x.staffId}\t${iso(x.capturedAt)}\t${iso(x.capturedAt)}\t${iso(x.updatedAt)}\t${x.version}\n`;
          }
        }
      },
    },
    {
      table: 'customers.service_case',
      columns: CASE_COLUMNS,
      *lines() {
        let next = 1;
        for (const p of people()) {
          const cases = planCases(p, clock, serviceKey, next);
          next += cases.length;
          for (const c of cases) {
            const last = c.events[c.events.length - 1].at;
            yield `${c.id}\t${c.caseNo}\t${c.customerId}\t${c.category}\t${c.severity}\t${text(c.title)}\t${text(c.description)}\t${c.status}\t${iso(c.openedAt)}\t${iso(c.slaDueAt)}\t${c.orgUnitId}\t${c.orgPath}\t0\t${c.openedBy}\t${text(c.rootCause)}\t${text(c.resolution)}\t${c.resolvedAt === null ? '\\N' : iso(c.resolvedAt)}\t${c.closedAt === null ? '\\N' : iso(c.closedAt)}\t${iso(c.openedAt)}\t${iso(last)}\t${c.events.length}\n`;
          }
        }
      },
    },
    {
      table: 'customers.service_case_event',
      columns: CASE_EVENT_COLUMNS,
      *lines() {
        let next = 1,
          id = 0;
        for (const p of people()) {
          const cases = planCases(p, clock, serviceKey, next);
          next += cases.length;
          for (const c of cases) {
            for (const e of c.events) {
              yield `${++id}\t${c.id}\t${iso(e.at)}\t${e.action}\t${e.staffId}\t${e.from ?? '\\N'}\t${e.to}\t${e.from === null ? '\\N' : c.orgPath}\t${c.orgPath}\t${text(e.note)}\n`;
            }
          }
        }
      },
    },
    {
      table: 'customers.satisfaction_survey',
      columns: SURVEY_COLUMNS,
      *lines() {
        let next = 1,
          id = 0;
        for (const p of people()) {
          const cases = planCases(p, clock, serviceKey, next);
          next += cases.length;
          for (const s of planSurveys(p, clock, serviceKey, cases)) {
            yield `${++id}\t${s.customerId}\t${s.touchpoint}\t${nul(s.csat)}\t${nul(s.nps)}\t${text(s.comment)}\t${iso(s.at)}\t${nul(s.caseId)}\t${nul(s.staffId)}\t${iso(s.at)}\n`;
          }
        }
      },
    },
    {
      table: 'customers.customer_relationship',
      columns: RELATIONSHIP_COLUMNS,
      *lines() {
        let id = 0;
        for (const p of people()) {
          for (const l of p.links) yield `${++id}\t${l.from}\t${l.to}\t${l.kind}\t${text(l.note)}\t${l.staffId}\t${iso(l.at)}\n`;
        }
      },
    },
  ];

  return {
    tables,
    /** rows per table, roughly (measured ratios at the default seed), for the progress bar until each table is written */
    estimate(): Record<string, number> {
      const c = opts.count;
      return {
        'customers.customer': c,
        'customers.account': Math.round(c * 2.3),
        'customers.account_transaction': Math.round(c * perYear * 0.95),
        'customers.account_balance_monthly': Math.round(c * 2.1 * clock.months.length),
        'customers.interaction': Math.round(c * 1.9),
        'customers.customer_need': Math.round(c * 0.37),
        'customers.service_case': Math.round(c * 0.03),
        'customers.service_case_event': Math.round(c * 0.1),
        'customers.satisfaction_survey': Math.round(c * 0.17),
        'customers.customer_relationship': Math.round(c * 0.25),
      };
    },
  };
}

/** COPY text in chunks of about 64 KB; `onRows` is told after each chunk how many lines it held. */
export function* copyChunks(lines: Iterable<string>, onRows?: (n: number) => void, chunkBytes = 65_536): Generator<string> {
  let chunk = '';
  let n = 0;
  for (const line of lines) {
    chunk += line;
    // a multi-line piece (one customer's postings) counts each line
    for (let i = line.indexOf('\n'); i >= 0; i = line.indexOf('\n', i + 1)) n++;
    if (chunk.length >= chunkBytes) {
      yield chunk;
      onRows?.(n);
      chunk = '';
      n = 0;
    }
  }
  if (chunk) {
    yield chunk;
    onRows?.(n);
  }
}
