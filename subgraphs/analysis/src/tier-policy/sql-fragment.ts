/**
 * A piece of SQL with its parameters in order — so fragments compose without ever pasting a value
 * into the text. `sql\`x >= ${value}::numeric\`` binds value as a parameter; a nested fragment is
 * spliced with its own parameters; `ident(name)` / `operator(op)` insert checked text verbatim (column
 * names from METRIC_COLUMNS, table aliases, the four comparison operators). Placeholders are knex's `?` (MikroORM execute).
 */
export class SqlFragment {
  constructor(
    readonly text: string,
    readonly params: readonly unknown[],
  ) {}
}
class Verbatim {
  constructor(readonly text: string) {}
}

export const ident = (text: string) => {
  if (!/^[a-z_][a-z0-9_.]*$/i.test(text)) throw new Error(`not an identifier: ${text}`);
  return new Verbatim(text);
};

const OPERATORS = new Set(['>=', '>', '<=', '<']);
export const operator = (op: string) => {
  if (!OPERATORS.has(op)) throw new Error(`not a comparison operator: ${op}`);
  return new Verbatim(op);
};

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((v, i) => {
    if (v instanceof SqlFragment) {
      text += v.text;
      params.push(...v.params);
    } else if (v instanceof Verbatim) {
      text += v.text;
    } else {
      text += '?';
      params.push(v);
    }
    text += strings[i + 1];
  });
  return new SqlFragment(text, params);
}

export function joinSql(parts: readonly SqlFragment[], separator: string): SqlFragment {
  return new SqlFragment(
    parts.map((p) => p.text).join(separator),
    parts.flatMap((p) => p.params),
  );
}
