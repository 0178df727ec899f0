import { stringify } from 'csv-stringify/sync';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError, maskAddress, maskBirthDate, maskEmail, maskIdNumber, maskPhone, Permit, RateLimitedError, spreadsheetSafe, type RequestContext } from '@crm/kit';
import { can } from '@crm/shared-types';
import { Customer } from '../customer/customer.entity';
import { CustomerFilter, customerWhere } from '../customer/customer.filter';
import { checkPurpose, recordPiiAccess } from '../pii/pii-access-log';
import { PiiField } from '../pii/pii.types';
import { auditPiiSearch } from '../pii/pii-search';
import { CustomerExport } from './customer-export.types';

export const MAX_EXPORT_ROWS = 50_000;

/** Column order of the file; the personal-data ones are masked unless the caller may reveal PII (CUSTOMER_PII_REVEAL). */
const COLUMNS = [
  'customerNo', 'kind', 'name', 'status', 'idNumber', 'phone', 'address', 'email', 'gender', 'birthDate', 'occupation', 'incomeBand',
  'industry', 'legalRepresentative', 'registeredCapital', 'companySize', 'marketingConsent', 'marketingConsentAt', 'marketingConsentChannel',
  'homeOrgUnitId', 'createdAt',
] as const;
const HEADER = ['customer_no', 'kind', 'name', 'status', 'id_number', 'phone', 'address', 'email', 'gender', 'birth_date', 'occupation', 'income_band',
  'industry', 'legal_representative', 'registered_capital', 'company_size', 'marketing_consent', 'marketing_consent_at', 'consent_channel',
  'home_org_unit_id', 'created_at'];
const PII_FIELDS = [PiiField.ID_NUMBER, PiiField.PHONE, PiiField.ADDRESS, PiiField.EMAIL, PiiField.BIRTH_DATE];

// one export at a time per staff member, on every replica: the lock lives in PostgreSQL and ends with the transaction
const ONE_AT_A_TIME = `select pg_try_advisory_xact_lock(hashtext('customers.export'), ?) as locked`;

type Row = Pick<Customer, (typeof COLUMNS)[number] | 'id'>;

const iso = (d: Date | string | null | undefined) => (d == null ? '' : new Date(d).toISOString());

@Resolver()
export class CustomerExportResolver {
  @Permit('CUSTOMER_READ', 'CUSTOMER_EXPORT')
  @Mutation(() => CustomerExport, { description: `CSV of your scoped customer list (at most ${MAX_EXPORT_ROWS.toLocaleString('en')} rows); unmasked only with CUSTOMER_PII_REVEAL; always recorded in the PII access log; `
    + 'one at a time per staff member (a second while one runs is RATE_LIMITED); cells that a spreadsheet would run as a formula start with a quote' })
  async exportCustomers(
    @Arg('purpose') purpose: string,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter | null,
  ): Promise<CustomerExport> {
    const why = checkPurpose(purpose);
    const unmasked = can(ctx.user, 'CUSTOMER_PII_REVEAL');
    return ctx.em.transactional(async (tx) => {
      const [{ locked }] = await tx.execute<{ locked: boolean }[]>(ONE_AT_A_TIME, [Number(ctx.user.sub)]);
      if (!locked) throw new RateLimitedError('Another export of yours is still running: wait for it to finish, then export again');
      // one query, the list's own filter (scope first); one row more than allowed tells us it is too many
      const rows = await tx.createQueryBuilder(Customer, 'c')
        .select(['id', ...COLUMNS])
        .where(customerWhere(ctx.scope, filter))
        .orderBy({ id: 'asc' })
        .limit(MAX_EXPORT_ROWS + 1)
        .execute<Row[]>('all');
      if (rows.length > MAX_EXPORT_ROWS) {
        throw new BadUserInputError(`more than ${MAX_EXPORT_ROWS.toLocaleString('en')} customers match: narrow the filter (unit, kind, status or search) and export in parts`, 'filter');
      }
      await recordPiiAccess(tx, ctx, { action: 'EXPORT', customerId: null, customerCount: rows.length, fields: unmasked ? PII_FIELDS : [], purpose: why });
      await auditPiiSearch(tx, ctx, filter, { count: rows.length, onlyId: rows.length === 1 ? rows[0].id : undefined });
      const data = rows.map((r) => [
        r.customerNo, r.kind, r.name, r.status,
        unmasked ? r.idNumber : maskIdNumber(r.idNumber), unmasked ? r.phone : maskPhone(r.phone),
        unmasked ? r.address : maskAddress(r.address), unmasked ? r.email : maskEmail(r.email),
        r.gender, unmasked ? r.birthDate : maskBirthDate(r.birthDate), r.occupation, r.incomeBand, r.industry, r.legalRepresentative, r.registeredCapital, r.companySize,
        r.marketingConsent ? 'true' : 'false', iso(r.marketingConsentAt), r.marketingConsentChannel, r.homeOrgUnitId, iso(r.createdAt),
      ]);
      const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
      return {
        filename: `customers-${stamp}.csv`,
        contentType: 'text/csv; charset=utf-8',
        csv: stringify([HEADER, ...data.map((cells) => cells.map(spreadsheetSafe))], { bom: true }),
        rows: rows.length,
        unmasked,
      };
    });
  }
}
