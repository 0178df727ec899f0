import { Migration } from '@mikro-orm/migrations';

/**
 * Contribution (贡献度) per customer for the customer-manager system: a unit's per-manager figures sum
 * their customers' contribution, so the breakdown per manager adds up to the unit's roll-up. Every
 * scored as-of date (a reader picks one: the managers subgraph takes the latest on or before a month's
 * end), with the parts, so a manager's figure can be explained the way a customer's is (README, "Contribution").
 * The primary key (customer_id, as_of) serves a join by customer at one as-of.
 */
export class PublishedContribution0008 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create view analysis_api.customer_contribution as
      select s.customer_id, s.as_of, s.contribution, s.deposit_margin, s.loan_margin, s.fee_income, s.intermediary_income, s.cost_allowance
      from analysis.customer_score s`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view analysis_api.customer_contribution');
  }
}
