import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { useTestDatabase } from '@crm/postgres/testing';
import { withSql } from '@crm/kit/testing';
import { ormOptions } from '@crm/kit';
import { analysisDatabase } from '../src';
import { insertScores } from './tier.fixture';

/**
 * Migration 0004 on scores written before it ('CODE: words' in a text[]): the figures are parsed
 * back into codes and numbers, and from then on the table refuses a code ChurnReasonCode does not have.
 */
const db = useTestDatabase();
let orm: MikroORM;

beforeAll(async () => {
  orm = await MikroORM.init(ormOptions(analysisDatabase, db.url, { pool: { min: 0, max: 1 } }));
});
afterAll(() => orm?.close(true));

const reasons = () =>
  withSql(db.url, (q) => q(`select customer_id, churn_reasons from analysis.customer_score order by customer_id`)).then((rows) =>
    rows.map((r) => [r.customer_id, r.churn_reasons]),
  );

describe('0004 churn reason codes', () => {
  it('turns the words of earlier scores into codes and figures, and back', async () => {
    await insertScores(db.url, [
      { customerId: 1, asOf: '2025-06-30', outlet: 'BJ0101', churnRisk: true },
      { customerId: 2, asOf: '2025-06-30', outlet: 'BJ0101', churnRisk: true },
      { customerId: 3, asOf: '2025-06-30', outlet: 'SH0101' },
    ]);
    await orm.getMigrator().down({ to: '0004-churn-reason-codes' }); // the later ones, then 0004
    // down: what 0001–0003 wrote
    expect(await reasons()).toEqual([
      [1, ['INACTIVE_90D: no transaction for 120 days']],
      [2, ['INACTIVE_90D: no transaction for 120 days']],
      [3, []],
    ]);
    await withSql(db.url, (q) =>
      q(`update analysis.customer_score set churn_reasons = array[
        'DEPOSITS_DOWN: deposits fell 60 % over 6 months (50000.00 → 20000.00 CNY)',
        'INACTIVE_90D: no transaction in 12 months',
        'COMPLAINT_LOW_CSAT: a complaint in the last 90 days and a CSAT of 2 or less',
        'PRODUCTS_DROPPED: product kinds held fell from 2 to 1 in 6 months',
        'something nobody wrote']
      where customer_id = 2`),
    );

    await orm.getMigrator().up();
    expect(await reasons()).toEqual([
      [1, [{ code: 'INACTIVE_90D', days: 120 }]],
      [
        2,
        [
          { code: 'DEPOSITS_DOWN', percent: 60, from: 50000, to: 20000 },
          { code: 'INACTIVE_90D', days: null },
          { code: 'COMPLAINT_LOW_CSAT', complaints: null, csat: null }, // the old words had no figures
          { code: 'PRODUCTS_DROPPED', from: 2, to: 1 },
        ],
      ],
      [3, []],
    ]);

    // a code the enum does not have is refused
    const bad = await withSql(db.url, (q) =>
      q(`update analysis.customer_score set churn_reasons = '[{"code": "NOT_A_REASON"}]' where customer_id = 3`),
    ).catch((e: Error) => e);
    expect(String(bad)).toMatch(/customer_score_churn_reason_codes/);
    const notArray = await withSql(db.url, (q) =>
      q(`update analysis.customer_score set churn_reasons = '{"code": "INACTIVE_90D"}' where customer_id = 3`),
    ).catch((e: Error) => e);
    expect(String(notArray)).toMatch(/customer_score_churn_reason_codes/);
  });
});
