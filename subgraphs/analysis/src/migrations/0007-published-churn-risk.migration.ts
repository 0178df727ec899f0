import { Migration } from '@mikro-orm/migrations';

/**
 * Churn risk for the customer-manager system: a manager's "at risk" list and the rule that makes a
 * follow-up task of a churn-risk flag read the latest scored date's flag, like customer_tier reads the tier.
 */
export class PublishedChurnRisk0007 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create view analysis_api.customer_churn_risk as
      select s.customer_id, s.churn_risk, s.churn_reasons, s.as_of
      from analysis.customer_score s
      where s.as_of = (select max(m.as_of) from analysis.customer_score m)`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view analysis_api.customer_churn_risk');
  }
}
