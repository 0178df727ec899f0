import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageInput, Permit, pageWindow, type RequestContext } from '@crm/kit';
import { requireCustomer } from '../customer/customer.access';
import type { Customer } from '../customer/customer.entity';
import { checkNote, checkRevealPurpose, MAX_NOTE, recordPiiAccess } from './pii.service';
import { PiiAccessLogPage, PiiField, PiiReveal, PiiRevealPurpose } from './pii.types';

/** The clear value of the one field asked for (account numbers come from their own table). */
function clearValue(customer: Customer, field: PiiField): string | null {
  switch (field) {
    case PiiField.ID_NUMBER:
      return customer.idNumber;
    case PiiField.PHONE:
      return customer.phone ?? null;
    case PiiField.ADDRESS:
      return customer.address ?? null;
    case PiiField.EMAIL:
      return customer.email ?? null;
    case PiiField.BIRTH_DATE:
      return customer.birthDate ?? null;
    case PiiField.ACCOUNT_NUMBERS:
      return null;
  }
}

interface LogRow {
  id: string;
  at_ms: number;
  staff_id: number;
  staff_username: string;
  action: string;
  customer_id: number | null;
  customer_count: number;
  fields: string[];
  purpose: string;
  purpose_code: PiiRevealPurpose | null;
  note: string | null;
  total: number;
}

@Resolver()
export class PiiResolver {
  @Permit('CUSTOMER_READ', 'CUSTOMER_PII_REVEAL')
  @Mutation(() => PiiReveal, {
    description:
      "One personal-data field of a customer in your scope, in clear, for a purpose from the bank's list (minimum necessary); " +
      'each reveal is one row in the PII access log (who, customer, field, purpose, note, when)',
  })
  async revealCustomerPii(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('field', () => PiiField, { description: 'The one field to show in clear' }) field: PiiField,
    @Arg('purpose', () => PiiRevealPurpose) purpose: PiiRevealPurpose,
    @Ctx() ctx: RequestContext,
    @Arg('note', () => String, { nullable: true, description: `Optional detail beside the purpose, at most ${MAX_NOTE} characters` })
    note?: string | null,
  ): Promise<PiiReveal> {
    const why = checkRevealPurpose(purpose);
    const detail = checkNote(note);
    const customer = await requireCustomer(ctx, customerId);
    return ctx.em.transactional(async (tx) => {
      const accounts =
        field === PiiField.ACCOUNT_NUMBERS
          ? await tx.execute<{ account_no: string }[]>('select account_no from customers.account where customer_id = ? order by id', [
              customer.id,
            ])
          : [];
      await recordPiiAccess(tx, ctx, {
        action: 'REVEAL',
        customerId: customer.id,
        customerCount: 1,
        fields: [field],
        purpose: why,
        purposeCode: why,
        note: detail,
      });
      return {
        customerId: String(customer.id),
        field,
        value: clearValue(customer, field),
        accountNumbers: accounts.map((a) => a.account_no),
      };
    });
  }

  @Permit('PII_AUDIT_READ')
  @Query(() => PiiAccessLogPage, { description: 'Who saw unmasked personal data: entries made within your scope, newest first' })
  async piiAccessLog(
    @Ctx() ctx: RequestContext,
    @Arg('customerId', () => ID, { nullable: true }) customerId?: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
  ): Promise<PiiAccessLogPage> {
    const w = pageWindow(page);
    // a customer outside the scope answers NOT_FOUND, like everywhere else
    const customer = customerId != null ? await requireCustomer(ctx, customerId) : null;
    const scope = ctx.scope.sql('org_path');
    // an entry made here may be about a customer of another unit (a duplicate check): its id stays hidden
    const homeInScope = ctx.scope.sql('c.home_org_path');
    const rows = await ctx.em.execute<LogRow[]>(
      `select l.id::text, (extract(epoch from l.at) * 1000)::float8 as at_ms, l.staff_id, l.staff_username, l.action,
              case when ${homeInScope.sql} then l.customer_id end as customer_id, l.customer_count, l.fields, l.purpose, l.purpose_code, l.note, count(*) over ()::int as total
       from customers.pii_access_log l left join customers.customer c on c.id = l.customer_id
       where l.${scope.sql} ${customer ? 'and l.customer_id = ?' : ''}
       order by l.at desc, l.id desc limit ? offset ?`,
      [homeInScope.param, scope.param, ...(customer ? [customer.id] : []), w.limit, w.offset],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        at: new Date(r.at_ms),
        staffId: String(r.staff_id),
        staffUsername: r.staff_username,
        action: r.action,
        customerId: r.customer_id == null ? null : String(r.customer_id),
        customerCount: r.customer_count,
        fields: r.fields,
        purpose: r.purpose,
        purposeCode: r.purpose_code,
        note: r.note,
      })),
      total: rows[0]?.total ?? (w.offset > 0 ? await this.count(ctx, scope, customer?.id) : 0),
      page: w.page,
      pageSize: w.pageSize,
    };
  }

  /** only when a page past the end was asked for (the window count came back empty) */
  private async count(ctx: RequestContext, scope: { sql: string; param: string }, customerId?: number) {
    const [r] = await ctx.em.execute<{ n: number }[]>(
      `select count(*)::int as n from customers.pii_access_log where ${scope.sql} ${customerId ? 'and customer_id = ?' : ''}`,
      [scope.param, ...(customerId ? [customerId] : [])],
    );
    return r.n;
  }
}
