import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders, MAX_YUAN, pgArray, type RequestContext } from '@crm/kit';
import { orgUnitView } from '../org-unit/org-unit.view';
import { CustomerStatus } from '../customer/customer.entity';
import { NEXT_CUSTOMER_NO_SQL, CUSTOMER_NO_SEQUENCE } from '../customer/customer-number';
import { duplicateReason, type ExistingCustomer } from '../customer/customer.service';
import type { Confirmation } from '../pii/duplicate-confirmations';
import { PiiField } from '../pii/pii.types';
import { checkNewCustomer, isCalendarDate, todayInChina, type CustomerDraft } from '../customer/customer.validation';
import { columnOf, RowReader, type CsvRow } from './customer-import.csv';

/**
 * What an import kind does: look up everything it needs from the database in a fixed number of
 * queries for the whole file, check one row at a time in memory, insert a chunk in one statement.
 */
export interface ImportPlan<T> {
  columns: readonly string[];
  prefetch(em: EntityManager, rows: CsvRow[]): Promise<void>;
  check(reader: RowReader): T | null;
  insert(tx: EntityManager, rows: T[]): Promise<number>;
  /** the existing ID or account numbers the checked rows' errors confirm (audited and budgeted before anyone sees them) */
  confirmations(): Confirmation[];
}

export const CUSTOMER_COLUMNS = [
  'kind',
  'name',
  'id_number',
  'phone',
  'address',
  'email',
  'gender',
  'birth_date',
  'occupation',
  'income_band',
  'industry',
  'legal_representative',
  'registered_capital',
  'company_size',
  'marketing_consent',
  'consent_channel',
  'home_org_unit_id',
] as const;

export const ACCOUNT_COLUMNS = [
  'customer_no',
  'account_no',
  'kind',
  'currency',
  'balance',
  'credit_limit',
  'interest_rate',
  'opened_on',
  'matures_on',
] as const;

type CustomerRow = CustomerDraft & { homeOrgUnitId: number; homeOrgPath: string };

export function customerPlan(ctx: RequestContext): ImportPlan<CustomerRow> {
  const today = todayInChina();
  const existing = new Map<string, ExistingCustomer>();
  const units = new Map<number, string>();
  const seen = new Map<string, number>();
  const confirmed: Confirmation[] = [];
  return {
    columns: CUSTOMER_COLUMNS,
    confirmations: () => confirmed,
    async prefetch(em, rows) {
      const ids = [...new Set(rows.map((r) => (r.values.id_number ?? '').trim().toUpperCase()).filter(Boolean))];
      for (const row of await em.execute<(ExistingCustomer & { id_number: string })[]>(
        'select id, id_number, customer_no, name, home_org_path, status from customers.customer where id_number = any(?::text[])',
        [pgArray(ids)],
      )) {
        existing.set(row.id_number, row);
      }
      const unitIds = [
        ...new Set(
          rows
            .map((r) => r.values.home_org_unit_id)
            .filter((v) => /^\d{1,9}$/.test(v ?? ''))
            .map(Number),
        ),
      ];
      const found = await orgUnitView({ ...ctx, em, loaders: new Loaders() }).loadMany(unitIds);
      for (const u of found) if (u && !(u instanceof Error)) units.set(u.id, u.path);
    },
    check(r) {
      const { draft, errors } = checkNewCustomer(
        {
          kind: r.upper('kind') as never,
          name: r.text('name'),
          idNumber: r.text('id_number'),
          phone: r.text('phone'),
          address: r.text('address'),
          email: r.text('email'),
          gender: r.upper('gender'),
          birthDate: r.text('birth_date'),
          occupation: r.text('occupation'),
          incomeBand: r.upper('income_band') as never,
          industry: r.text('industry'),
          legalRepresentative: r.text('legal_representative'),
          registeredCapital: r.number('registered_capital'),
          companySize: r.upper('company_size') as never,
          marketingConsent: r.boolean('marketing_consent'),
          consentChannel: r.upper('consent_channel') as never,
        },
        today,
      );
      for (const e of errors) {
        const column = columnOf(e.field);
        if (!r.errors.some((x) => x.field === column)) r.fail(column, e.reason.split(e.field).join(column));
      }
      let home = { id: Number(ctx.user.orgUnitId), path: ctx.user.orgPath };
      const unit = r.text('home_org_unit_id');
      if (unit != null) {
        const path = /^\d{1,9}$/.test(unit) ? units.get(Number(unit)) : undefined;
        if (!path || !ctx.scope.contains(path)) r.fail('home_org_unit_id', `home_org_unit_id ${unit} is not your unit or a unit below it`);
        else home = { id: Number(unit), path };
      }
      if (draft.idNumber && !errors.some((e) => e.field === 'idNumber')) {
        const dup = existing.get(draft.idNumber);
        const first = seen.get(draft.idNumber);
        if (dup) {
          r.fail('id_number', duplicateReason(dup, ctx.scope));
          confirmed.push({ customerId: dup.id, field: PiiField.ID_NUMBER });
        } else if (first) r.fail('id_number', `id_number repeats row ${first} of this file`);
        else seen.set(draft.idNumber, r.row.row);
      }
      return r.errors.length ? null : { ...draft, homeOrgUnitId: home.id, homeOrgPath: home.path };
    },
    async insert(tx, rows) {
      const res = await tx.execute<{ affectedRows: number }>(
        `insert into customers.customer (customer_no, kind, name, id_number, phone, address, email, gender, birth_date, occupation, income_band,
           industry, legal_representative, registered_capital, company_size, marketing_consent, marketing_consent_at, marketing_consent_channel,
           home_org_unit_id, home_org_path)
         select ${NEXT_CUSTOMER_NO_SQL}, s.kind, s.name, s.id_number, s.phone, s.address, s.email, s.gender, s.birth_date, s.occupation, s.income_band,
                s.industry, s.legal_representative, s.registered_capital, s.company_size, s.marketing_consent,
                case when s.marketing_consent or s.consent_channel is not null then now() end, s.consent_channel, s.home_org_unit_id, s.home_org_path
         from (select nextval('${CUSTOMER_NO_SEQUENCE}') as n, r.*
               from rows from (json_to_recordset(?::json) as (kind text, name text, id_number text, phone text, address text, email text, gender text,
                    birth_date date, occupation text, income_band text, industry text, legal_representative text, registered_capital numeric,
                    company_size text, marketing_consent boolean, consent_channel text, home_org_unit_id int, home_org_path text)) with ordinality as r
               order by r.ordinality) s`,
        [
          JSON.stringify(
            rows.map((c) => ({
              kind: c.kind,
              name: c.name,
              id_number: c.idNumber,
              phone: c.phone,
              address: c.address,
              email: c.email,
              gender: c.gender,
              birth_date: c.birthDate,
              occupation: c.occupation,
              income_band: c.incomeBand,
              industry: c.industry,
              legal_representative: c.legalRepresentative,
              registered_capital: c.registeredCapital,
              company_size: c.companySize,
              marketing_consent: c.marketingConsent,
              consent_channel: c.consentChannel,
              home_org_unit_id: c.homeOrgUnitId,
              home_org_path: c.homeOrgPath,
            })),
          ),
        ],
        'run',
      );
      return res.affectedRows;
    },
  };
}

const ACCOUNT_KINDS = ['DEMAND_DEPOSIT', 'TIME_DEPOSIT', 'LOAN', 'CREDIT_CARD', 'WEALTH', 'SETTLEMENT', 'BASIC'];
const ACCOUNT_NO = /^\d{10,32}$/;
/** An account number held outside the caller's scope: not "exists", not where. */
export const ACCOUNT_NOT_AVAILABLE = 'account_no cannot be imported here: the number is not available to your unit';

interface AccountRow {
  account_no: string;
  customer_id: number;
  kind: string;
  currency: string;
  balance: number;
  credit_limit: number | null;
  interest_rate: number | null;
  opened_on: string;
  matures_on: string | null;
}

export function accountPlan(ctx: RequestContext): ImportPlan<AccountRow> {
  const today = todayInChina();
  const customers = new Map<string, { id: number; status: string }>();
  const taken = new Map<string, { customerId: number; path: string }>();
  const seen = new Map<string, number>();
  const confirmed: Confirmation[] = [];
  const money = (r: RowReader, column: string, opts: { min?: number } = {}) => {
    const n = r.number(column);
    if (n == null) return null;
    if (Math.abs(n) > MAX_YUAN || Math.round(n * 100) / 100 !== n) r.fail(column, `${column} must be an amount with at most 2 decimals`);
    else if (opts.min != null && n < opts.min) r.fail(column, `${column} must be ${opts.min} or more`);
    return n;
  };
  return {
    columns: ACCOUNT_COLUMNS,
    confirmations: () => confirmed,
    async prefetch(em, rows) {
      const nos = [...new Set(rows.map((r) => (r.values.customer_no ?? '').trim().toUpperCase()).filter(Boolean))];
      const scope = ctx.scope.sql('home_org_path');
      // scope in SQL: a customer of another unit is "not found", exactly like one that does not exist
      for (const c of await em.execute<{ id: number; customer_no: string; status: string }[]>(
        `select id, customer_no, status from customers.customer where customer_no = any(?::text[]) and ${scope.sql}`,
        [pgArray(nos), scope.param],
      )) {
        customers.set(c.customer_no, { id: c.id, status: c.status });
      }
      const accounts = [...new Set(rows.map((r) => (r.values.account_no ?? '').trim()).filter(Boolean))];
      // account numbers are unique bank-wide: the lookup cannot be scoped, the answer is (see check)
      for (const a of await em.execute<{ account_no: string; customer_id: number; home_org_path: string }[]>(
        `select a.account_no, a.customer_id, c.home_org_path from customers.account a join customers.customer c on c.id = a.customer_id
         where a.account_no = any(?::text[])`,
        [pgArray(accounts)],
      )) {
        taken.set(a.account_no, { customerId: a.customer_id, path: a.home_org_path });
      }
    },
    check(r) {
      const customerNo = r.upper('customer_no');
      const customer = customerNo ? customers.get(customerNo) : undefined;
      if (!customerNo) r.fail('customer_no', 'customer_no is required');
      else if (!customer) r.fail('customer_no', `customer ${customerNo} not found in your scope`);
      else if (customer.status === CustomerStatus.MERGED)
        r.fail('customer_no', `customer ${customerNo} was merged into another record; use the surviving customer number`);

      const accountNo = r.text('account_no');
      if (!accountNo) r.fail('account_no', 'account_no is required');
      else if (!ACCOUNT_NO.test(accountNo)) r.fail('account_no', 'account_no must be 10 to 32 digits');
      else if (taken.has(accountNo)) {
        // in scope it may say so; outside it says no more than "not available" — and both are audited and budgeted
        const owner = taken.get(accountNo)!;
        r.fail('account_no', ctx.scope.contains(owner.path) ? `account ${accountNo} already exists` : ACCOUNT_NOT_AVAILABLE);
        confirmed.push({ customerId: owner.customerId, field: PiiField.ACCOUNT_NUMBERS });
      } else if (seen.has(accountNo)) r.fail('account_no', `account_no repeats row ${seen.get(accountNo)} of this file`);
      else seen.set(accountNo, r.row.row);

      const kind = r.upper('kind');
      if (!kind) r.fail('kind', 'kind is required');
      else if (!ACCOUNT_KINDS.includes(kind)) r.fail('kind', `kind must be one of ${ACCOUNT_KINDS.join(', ')}`);
      const currency = r.upper('currency') ?? 'CNY';
      if (!/^[A-Z]{3}$/.test(currency)) r.fail('currency', 'currency must be a 3-letter ISO 4217 code, e.g. CNY');
      const balance = money(r, 'balance');
      if (r.text('balance') == null) r.fail('balance', 'balance is required');
      const creditLimit = money(r, 'credit_limit', { min: 0 });
      const rate = r.number('interest_rate');
      if (rate != null && (rate < 0 || rate > 100 || Math.round(rate * 10_000) / 10_000 !== rate))
        r.fail('interest_rate', 'interest_rate must be an annual rate in percent, 0–100, at most 4 decimals');
      if (kind === 'LOAN' && rate == null) r.fail('interest_rate', 'interest_rate is required for loans');

      const openedOn = r.text('opened_on');
      if (!openedOn) r.fail('opened_on', 'opened_on is required');
      else if (!isCalendarDate(openedOn)) r.fail('opened_on', 'opened_on must be a date YYYY-MM-DD');
      else if (openedOn > today) r.fail('opened_on', 'opened_on must not be in the future');
      const maturesOn = r.text('matures_on');
      if (maturesOn && !isCalendarDate(maturesOn)) r.fail('matures_on', 'matures_on must be a date YYYY-MM-DD');
      else if (maturesOn && openedOn && maturesOn < openedOn) r.fail('matures_on', 'matures_on must not be before opened_on');
      else if (!maturesOn && (kind === 'TIME_DEPOSIT' || kind === 'LOAN'))
        r.fail('matures_on', `matures_on is required for ${kind === 'LOAN' ? 'loans' : 'time deposits'}`);

      if (r.errors.length) return null;
      return {
        account_no: accountNo!,
        customer_id: customer!.id,
        kind: kind!,
        currency,
        balance: balance!,
        credit_limit: creditLimit,
        interest_rate: rate,
        opened_on: openedOn!,
        matures_on: maturesOn,
      };
    },
    async insert(tx, rows) {
      const res = await tx.execute<{ affectedRows: number }>(
        `insert into customers.account (account_no, customer_id, kind, currency, balance, credit_limit, interest_rate, opened_on, matures_on)
         select account_no, customer_id, kind, currency, balance, credit_limit, interest_rate, opened_on, matures_on
         from json_to_recordset(?::json) as r(account_no text, customer_id int, kind text, currency text, balance numeric,
              credit_limit numeric, interest_rate numeric, opened_on date, matures_on date)`,
        [JSON.stringify(rows)],
        'run',
      );
      return res.affectedRows;
    },
  };
}
