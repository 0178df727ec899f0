import DataLoader from 'dataloader';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from './context';

/**
 * Per-request DataLoaders, created on first use. One instance lives in each request context, so a
 * loader never serves one caller's rows to another, and a list of N entities costs one query.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | null>>): DataLoader<K, V | null> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>(batch as (keys: readonly unknown[]) => Promise<unknown[]>, { maxBatchSize: 1000 });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V | null>;
  }
}

/** Orders rows fetched with `id in (...)` back into the order of the keys, null where missing (or out of scope). */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<string, V>();
  for (const row of rows) map.set(String(keyOf(row)), row);
  return keys.map((k) => map.get(String(k)) ?? null);
}

/**
 * A per-request loader of one entity by numeric id. `scopeWhere` is added to the SQL, so a row
 * outside the caller's scope comes back as null — the same answer as a row that does not exist.
 */
export function idLoader<T extends { id: number }>(
  ctx: RequestContext,
  entity: EntityName<T>,
  scopeWhere?: FilterQuery<T>,
  name = String((entity as { name?: string }).name ?? entity),
) {
  return ctx.loaders.get<number, T>(`${name}#id`, async (ids) => {
    const where = { id: { $in: [...ids] }, ...(scopeWhere as object) } as unknown as FilterQuery<T>;
    const rows = await ctx.em.find(entity, where);
    return byKeys(ids, rows, (r) => r.id);
  });
}

/** Several rows per key (children of a unit, staff of a unit), grouped in one query. */
export function groupLoader<T extends object>(
  ctx: RequestContext,
  name: string,
  query: (keys: readonly number[]) => Promise<T[]>,
  keyOf: (row: T) => number,
) {
  return ctx.loaders.get<number, T[]>(name, async (keys) => {
    const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
    for (const row of await query(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}
