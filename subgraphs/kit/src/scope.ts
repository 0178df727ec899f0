import type { StaffClaims } from '@crm/shared-types';

/**
 * The caller's data scope: their org unit and every unit below it, as a materialized-path prefix.
 * Every query that returns customer data filters on it in SQL — never after the fact in JavaScript.
 */
export class OrgScope {
  constructor(readonly path: string) {
    if (!/^\/(\d+\/)+$/.test(path)) throw new Error(`Malformed org path ${JSON.stringify(path)}`);
  }

  static of(user: Pick<StaffClaims, 'orgPath'>): OrgScope {
    return new OrgScope(user.orgPath);
  }

  /** MikroORM filter for an entity property holding an org path: `{ homeOrgPath: scope.where() }`. */
  where(): { $like: string } {
    // paths are digits and slashes only (checked above), so no LIKE metacharacters to escape
    return { $like: `${this.path}%` };
  }

  /** Raw SQL fragment + its parameter, for hand-written queries: `where ${sql}`, [...params]. */
  sql(column: string): { sql: string; param: string } {
    return { sql: `${column} like ?`, param: `${this.path}%` };
  }

  contains(rowPath: string): boolean {
    return rowPath.startsWith(this.path);
  }
}
