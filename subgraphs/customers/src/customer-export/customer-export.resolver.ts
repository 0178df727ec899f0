import { stringify } from 'csv-stringify/sync';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError, maskAddress, maskEmail, maskIdNumber, maskPhone, type RequestContext } from '@crm/kit';
import { Customer } from '../customer/customer.entity';
import { CustomerFilter, customerWhere } from '../customer/customer.filter';
import { checkPurpose, recordPiiAccess } from '../pii/pii-access-log';
import { PiiField } from '../pii/pii.types';
import { CustomerExport } from './customer-export.types';

export const MAX_EXPORT_ROWS = 50_000;

/** Column order of the file; the personal-data ones are masked unless the caller is a PII_VIEWER. */
const COLUMNS = [
  'customerNo', 'kind', 'name', 'status', 'idNumber', 'phone', 'address', 'email', 'gender', 'birthDate', 'occupation', 'incomeBand',
  'industry', 'legalRepresentative', 'registeredCapital', 'companySize', 'marketingConsent', 'marketingConsentAt', 'marketingConsentChannel',
  'homeOrgUnitId', 'createdAt',
] as const;
const HEADER = ['customer_no', 'kind', 'name', 'status', 'id_number', 'phone', 'address', 'email', 'gender', 'birth_date', 'occupation', 'income_band',
  'industry', 'legal_representative', 'registered_capital', 'company_size', 'marketing_consent', 'marketing_consent_at', 'consent_channel',
  'home_org_unit_id', 'created_at'];
const PII_FIELDS = [PiiField.ID_NUMBER, PiiField.PHONE, PiiField.ADDRESS, PiiField.EMAIL];

type Row = Pick<Customer, (typeof COLUMNS)[number]>;

const iso = (d: Date | string | null | undefined) => (d == null ? '' : new Date(d).toISOString());

@Resolver()
export class CustomerExportResolver {
  @Mutation(() => CustomerExport, { description: `CSV of your scoped customer list (at most ${MAX_EXPORT_ROWS.toLocaleString('en')} rows); unmasked only for PII_VIEWER; always recorded in the PII access log` })
  async exportCustomers(
    @Arg('purpose') purpose: string,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter | null,
  ): Promise<CustomerExport> {
    const why = checkPurpose(purpose);
    const unmasked = ctx.user.roles.includes('PII_VIEWER');
    return ctx.em.transactional(async (tx) => {
      // one query, the list's own filter (scope first); one row more than allowed tells us it is too many
      const rows = await tx.createQueryBuilder(Customer, 'c')
        .select([...COLUMNS])
        .where(customerWhere(ctx.scope, filter))
        .orderBy({ id: 'asc' })
        .limit(MAX_EXPORT_ROWS + 1)
        .execute<Row[]>('all');
      if (rows.length > MAX_EXPORT_ROWS) {
        throw new BadUserInputError(`more than ${MAX_EXPORT_ROWS.toLocaleString('en')} customers match: narrow the filter (unit, kind, status or search) and export in parts`, 'filter');
      }
      await recordPiiAccess(tx, ctx, { action: 'EXPORT', customerId: null, customerCount: rows.length, fields: unmasked ? PII_FIELDS : [], purpose: why });
      const data = rows.map((r) => [
        r.customerNo, r.kind, r.name, r.status,
        unmasked ? r.idNumber : maskIdNumber(r.idNumber), unmasked ? r.phone : maskPhone(r.phone),
        unmasked ? r.address : maskAddress(r.address), unmasked ? r.email : maskEmail(r.email),
        r.gender, r.birthDate, r.occupation, r.incomeBand, r.industry, r.legalRepresentative, r.registeredCapital, r.companySize,
        r.marketingConsent ? 'true' : 'false', iso(r.marketingConsentAt), r.marketingConsentChannel, r.homeOrgUnitId, iso(r.createdAt),
      ]);
      const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
      return {
        filename: `customers-${stamp}.csv`,
        contentType: 'text/csv; charset=utf-8',
        csv: stringify([HEADER, ...data], { bom: true }),
        rows: rows.length,
        unmasked,
      };
    });
  }
}
