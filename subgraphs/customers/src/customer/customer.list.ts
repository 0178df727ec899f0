import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '@crm/kit';
import { Customer } from './customer.entity';
import { customerWhere, type CustomerFilter } from './customer.filter';
import { customerOrderBy, DEFAULT_DIRECTION, type CustomerSort, type SortDirection } from './customer.sort';

/**
 * One page of the customer list: TWO statements whatever the page size, sort or filter — the page
 * (scope, filter, order, limit) and its count. The filter is the same `customerWhere` the counts and
 * the export use, so a sorted list, its counts and its export always agree. The tier and the unit
 * are read through their owners' published views (analysis_api.customer_tier,
 * org_hierarchy_api.org_unit), joined only when the order needs them; AUM and last contact are
 * columns of the customer row (migration 0008).
 */
export async function customerPage(
  ctx: RequestContext,
  filter: CustomerFilter | null | undefined,
  w: { limit: number; offset: number },
  sort: CustomerSort,
  direction: SortDirection | null | undefined,
): Promise<{ items: Customer[]; total: number }> {
  // built once per statement: the ORM rewrites raw parts of a condition in place
  const where = () => customerWhere(ctx.scope, filter);
  const order = customerOrderBy(sort, direction ?? DEFAULT_DIRECTION[sort]);
  const knex: Knex.QueryBuilder = ctx.em.createQueryBuilder(Customer, 'c').select('c.*').where(where()).getKnexQuery();
  // raw: the builder would put the views in this subgraph's schema
  if (order.tier) knex.joinRaw('left join analysis_api.customer_tier t on t.customer_id = c.id');
  if (order.unit) knex.joinRaw('left join org_hierarchy_api.org_unit u on u.id = c.home_org_unit_id');
  knex.orderByRaw(order.sql).limit(w.limit).offset(w.offset);
  const [rows, total] = await Promise.all([
    ctx.em.getConnection().execute<Record<string, unknown>[]>(knex),
    ctx.em.count(Customer, where()),
  ]);
  return { items: rows.map((r) => ctx.em.map(Customer, r)), total };
}
