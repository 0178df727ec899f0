import type { RequestContext } from './context';
import { pageWindow, type PageInput } from './paging';

/** One parent's page of children: the rows asked for and how many there are in all. */
export interface PagedGroup<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A condition on the children with `?` placeholders, ANDed to the rest. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

export interface PagedGroupQuery<T> {
  /** the children's table, e.g. 'customers.interaction' (aliased `x` — conditions refer to `x.column`) */
  from: string;
  /** the column holding the parent's id, e.g. 'customer_id' */
  parent: string;
  /** order inside one parent, on `x`, unique, e.g. 'x.occurred_at desc, x.id desc' */
  orderBy: string;
  where?: SqlCondition[];
  /** raw row (database column names) → what the field returns, e.g. `(row) => ctx.em.map(Interaction, row)` */
  map: (row: Record<string, unknown>) => T;
}

/**
 * The same page of children for every parent in a batch, in ONE statement whatever the number of
 * parents or children: `row_number()` and `count(*)` over a window partitioned by the parent.
 * Row 1 of every parent is always fetched as well, so the total is known even for a page past the end.
 *
 * `name` plus the page and the conditions key the per-request loader, so two fields asking for
 * different pages or filters never share a batch.
 */
export function pagedGroupLoader<T>(ctx: RequestContext, name: string, page: PageInput | null | undefined, query: PagedGroupQuery<T>) {
  const w = pageWindow(page);
  const where = query.where ?? [];
  const key = `${name}#paged:${JSON.stringify([w.page, w.pageSize, where])}`;
  return ctx.loaders.get<number, PagedGroup<T>>(key, async (parents) => {
    const sql = `select * from (
        select x.*, row_number() over (partition by x.${query.parent} order by ${query.orderBy}) as "__rn",
               count(*) over (partition by x.${query.parent}) as "__total"
        from ${query.from} x
        where x.${query.parent} in (?)${where.map((c) => ` and (${c.sql})`).join('')}
      ) paged
      where ("__rn" > ? and "__rn" <= ?) or "__rn" = 1
      order by ${query.parent}, "__rn"`;
    const params = [[...parents], ...where.flatMap((c) => c.params), w.offset, w.offset + w.limit];
    const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(sql, params);
    const groups = new Map<number, PagedGroup<T>>(parents.map((p) => [p, { items: [], total: 0, page: w.page, pageSize: w.pageSize }]));
    for (const { __rn, __total, ...row } of rows) {
      const group = groups.get(Number(row[query.parent]));
      if (!group) continue;
      group.total = Number(__total);
      const rn = Number(__rn);
      if (rn > w.offset && rn <= w.offset + w.limit) group.items.push(query.map(row));
    }
    return parents.map((p) => groups.get(p)!);
  });
}
