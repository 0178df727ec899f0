import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { withSql } from '@crm/kit/testing';
import { insertCustomers, insertScores } from './tier.fixture';

/**
 * analysis_api.customer_tier, the contract the customers subgraph's list joins for its tier filter and
 * sort: each customer's tier on the bank's latest scored date, placed by the ACTIVE policy, with its
 * rank in the scheme (1 = top).
 */
const db = useTestDatabase();
let ids: number[];

beforeAll(async () => {
  ids = await insertCustomers(db.url, 'BJ0101', 4);
  await insertScores(db.url, [
    ...ids.map((customerId) => ({ customerId, asOf: '2025-02-28', outlet: 'BJ0101' as const })),
    // the last customer is not scored on the latest date
    ...ids.slice(0, 3).map((customerId) => ({ customerId, asOf: '2025-03-31', outlet: 'BJ0101' as const })),
  ]);
  await withSql(db.url, async (q) => {
    const [{ active, draft }] = await q(
      `select (select id from analysis.tier_policy where status = 'ACTIVE') as active,
              (select id from analysis.tier_policy where status = 'DRAFT' limit 1) as draft`,
    );
    await q(`update analysis.customer_score set tier = 'VIP', policy_id = $1 where as_of = '2025-02-28'`, [active]);
    await q(
      `update analysis.customer_score set policy_id = $1, tier = case customer_id when $2 then 'BASIC' when $3 then 'KEY' end
       where as_of = '2025-03-31' and customer_id in ($2, $3)`,
      [active, ids[0], ids[1]],
    );
    // placed by a policy that is not the active one: not the bank's tier
    await q(`update analysis.customer_score set policy_id = $1, tier = 'GOLD' where as_of = '2025-03-31' and customer_id = $2`, [
      draft,
      ids[2],
    ]);
  });
});

describe('analysis_api.customer_tier', () => {
  it('publishes the latest scored date’s tiers of the active policy, with their rank', async () => {
    const rows = await withSql(db.url, (q) =>
      q(
        `select customer_id, tier, tier_rank, scheme, to_char(as_of, 'YYYY-MM-DD') as as_of from analysis_api.customer_tier order by customer_id`,
      ),
    );
    expect(rows).toEqual([
      { customer_id: ids[0], tier: 'BASIC', tier_rank: 5, scheme: 'VALUE_PYRAMID', as_of: '2025-03-31' },
      { customer_id: ids[1], tier: 'KEY', tier_rank: 3, scheme: 'VALUE_PYRAMID', as_of: '2025-03-31' },
    ]);
  });

  it('is read by customer id on an index', async () => {
    const plan = await withSql(db.url, async (q) => {
      await q('set enable_seqscan = off');
      return JSON.stringify(await q(`explain (format json) select tier from analysis_api.customer_tier where customer_id = $1`, [ids[0]]));
    });
    expect(plan).toMatch(/customer_score_current|customer_score_pkey/);
  });
});
