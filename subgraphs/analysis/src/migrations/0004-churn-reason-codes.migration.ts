import { Migration } from '@mikro-orm/migrations';

/**
 * Churn reasons as codes and figures (issue 8): `customer_score.churn_reasons` was a text[] of
 * 'CODE: words' (English, so the portal showed them raw); it becomes a jsonb array of objects —
 * `{"code": "DEPOSITS_DOWN", "percent": 60, "from": 50000.00, "to": 20000.00}` — published as
 * `ChurnReason { code: ChurnReasonCode, percent, from, to, days, complaints, csat, detail }`.
 *
 * Rows scored before keep their figures: the words the scoring statement wrote are parsed back
 * (COMPLAINT_LOW_CSAT's old text held no figures: its complaints and csat stay null until that date
 * is scored again). Text with no known code is dropped (the statement never wrote any).
 * `customer_score_churn_reason_codes`: an array, and every code one of ChurnReasonCode
 * (src/customer-score/churn-reason.ts) — a new code is added here first.
 */
const CODES = ['DEPOSITS_DOWN', 'INACTIVE_90D', 'COMPLAINT_LOW_CSAT', 'PRODUCTS_DROPPED'];

export class ChurnReasonCodes0004 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function analysis.churn_reasons_0004_up(reasons text[]) returns jsonb language sql immutable as $$
        select coalesce(jsonb_agg(x.reason order by x.ord), '[]'::jsonb) from (
          select u.ord, case u.code
            when 'DEPOSITS_DOWN' then jsonb_build_object('code', u.code,
              'percent', (regexp_match(u.r, 'fell (-?[0-9.]+) %'))[1]::numeric,
              'from', (regexp_match(u.r, '\\((-?[0-9.]+) → '))[1]::numeric,
              'to', (regexp_match(u.r, ' → (-?[0-9.]+) CNY'))[1]::numeric)
            when 'INACTIVE_90D' then jsonb_build_object('code', u.code, 'days', (regexp_match(u.r, 'for ([0-9]+) days'))[1]::int)
            when 'COMPLAINT_LOW_CSAT' then jsonb_build_object('code', u.code, 'complaints', null, 'csat', null)
            when 'PRODUCTS_DROPPED' then jsonb_build_object('code', u.code,
              'from', (regexp_match(u.r, 'from ([0-9]+) to'))[1]::int,
              'to', (regexp_match(u.r, 'to ([0-9]+) in'))[1]::int)
          end as reason
          from (select t.r, t.ord, split_part(t.r, ':', 1) as code from unnest(reasons) with ordinality t(r, ord)) u
        ) x where x.reason is not null
      $$`);
    this.addSql(
      `alter table analysis.customer_score alter column churn_reasons type jsonb using analysis.churn_reasons_0004_up(churn_reasons)`,
    );
    this.addSql('drop function analysis.churn_reasons_0004_up(text[])');
    this.addSql(`alter table analysis.customer_score add constraint customer_score_churn_reason_codes check (
      jsonb_typeof(churn_reasons) = 'array'
      and not jsonb_path_exists(churn_reasons, '$[*] ? (!(${CODES.map((c) => `@.code == "${c}"`).join(' || ')}))'))`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table analysis.customer_score drop constraint customer_score_churn_reason_codes');
    // back to the words 0001–0003 wrote
    this.addSql(`
      create function analysis.churn_reasons_0004_down(reasons jsonb) returns text[] language sql immutable as $$
        select coalesce(array_agg(case e->>'code'
            when 'DEPOSITS_DOWN' then 'DEPOSITS_DOWN: deposits fell ' || (e->>'percent') || ' % over 6 months ('
                                      || to_char((e->>'from')::numeric, 'FM999999999999990.00') || ' → '
                                      || to_char((e->>'to')::numeric, 'FM999999999999990.00') || ' CNY)'
            when 'INACTIVE_90D' then 'INACTIVE_90D: ' || coalesce('no transaction for ' || (e->>'days') || ' days', 'no transaction in 12 months')
            when 'COMPLAINT_LOW_CSAT' then 'COMPLAINT_LOW_CSAT: a complaint in the last 90 days and a CSAT of 2 or less'
            when 'PRODUCTS_DROPPED' then 'PRODUCTS_DROPPED: product kinds held fell from ' || (e->>'from') || ' to ' || (e->>'to') || ' in 6 months'
          end order by ord), '{}'::text[])
        from jsonb_array_elements(reasons) with ordinality t(e, ord)
      $$`);
    this.addSql(
      `alter table analysis.customer_score alter column churn_reasons type text[] using analysis.churn_reasons_0004_down(churn_reasons)`,
    );
    this.addSql('drop function analysis.churn_reasons_0004_down(jsonb)');
  }
}
