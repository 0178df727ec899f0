/**
 * An array as ONE SQL parameter. MikroORM's `execute(sql, params)` goes through knex, which expands
 * a JS array bound to `?` into a comma list (`any(?)` with [4, 5] becomes `any(4, 5)` — a syntax
 * error; with one element, a type error). Bind this PostgreSQL array literal and cast it instead:
 * `where id = any(?::int[])`, `[pgArray(ids)]` — same for `?::text[]`.
 */
export function pgArray(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `{${values.map((v) => (v == null ? 'NULL' : `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}
