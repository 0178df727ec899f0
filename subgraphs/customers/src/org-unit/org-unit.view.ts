import { byKeys, pgArray, type RequestContext } from '@crm/kit';

export interface PublishedOrgUnit {
  id: number;
  level: string;
  parentId: number | null;
  path: string;
  name: string;
}

/**
 * Org units as org-hierarchy publishes them (org_hierarchy_api.org_unit, its contract) — for the
 * path of a customer's new home unit, or the unit a case escalates to. Read-only, one query per batch.
 */
export const orgUnitView = (ctx: RequestContext) =>
  ctx.loaders.get<number, PublishedOrgUnit>('PublishedOrgUnit#id', async (ids) => {
    const rows = await ctx.em
      .getConnection()
      .execute<{ id: number; level: string; parent_id: number | null; path: string; name: string }[]>(
        'select id, level, parent_id, path, name from org_hierarchy_api.org_unit where id = any(?::int[])',
        [pgArray(ids)],
      );
    return byKeys(
      ids,
      rows.map((r) => ({ id: r.id, level: r.level, parentId: r.parent_id, path: r.path, name: r.name })),
      (u) => u.id,
    );
  });

/** "/1/2/6/16/" → 6: the parent's id is the second-to-last step of the path (null at head office). */
export function parentIdOf(path: string): number | null {
  const ids = path.split('/').filter(Boolean);
  return ids.length > 1 ? Number(ids[ids.length - 2]) : null;
}

export function parentPathOf(path: string): string | null {
  const ids = path.split('/').filter(Boolean);
  return ids.length > 1 ? `/${ids.slice(0, -1).join('/')}/` : null;
}
