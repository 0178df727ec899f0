import { Migration } from '@mikro-orm/migrations';

/**
 * What other subgraphs may read of the tiering: `analysis_api.customer_tier`, each customer's tier as
 * the bank currently stands — the bank's latest scored as-of (what `latestScoredAsOf`, the roll-ups,
 * the cockpit's tier mix and the churn list call "latest"), placed by the ACTIVE policy. So the
 * customer list filtered to VIP counts exactly the VIPs the branch's roll-up shows. A customer not
 * scored on that date (new since the batch, merged away) has no row: not tiered. With no ACTIVE
 * policy the view is empty. The customers subgraph joins it for its list's tier filter and sort.
 *
 * - tier_rank: 1 for the top tier of the scheme (VIP / GOLD) downwards, the schemes' fixed orders
 *   (SCHEME_TIERS, src/tier-policy/tier-policy.enums.ts) — readers sort by it, never by the code.
 * - customer_score_current (as_of, customer_id) include (tier, policy_id): the join by customer id at
 *   one as-of reads the index only, for one customer (a nested loop at an outlet) or the whole bank
 *   (a merge/hash join at head office); the max(as_of) is one step down customer_score_scope.
 *
 * A view is the contract; the tables stay private and free to change.
 */
export class PublishedCustomerTier0005 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index customer_score_current on analysis.customer_score (as_of, customer_id) include (tier, policy_id)`);
    this.addSql(`create schema if not exists analysis_api`);
    this.addSql(`create view analysis_api.customer_tier as
      select s.customer_id,
             s.tier,
             array_position(case p.scheme when 'VALUE_PYRAMID' then array['VIP','CRITICAL','KEY','VALUE','BASIC']
                                          else array['GOLD','KEY','QUALITY','GENERAL','RESTRICTED','ELIMINATED'] end,
                            s.tier::text) as tier_rank,
             p.scheme,
             s.policy_id,
             s.as_of
      from analysis.customer_score s
      join analysis.tier_policy p on p.id = s.policy_id and p.status = 'ACTIVE'
      where s.as_of = (select max(m.as_of) from analysis.customer_score m)
        and s.tier is not null`);
  }

  override async down(): Promise<void> {
    this.addSql('drop schema analysis_api cascade');
    this.addSql('drop index analysis.customer_score_current');
  }
}
