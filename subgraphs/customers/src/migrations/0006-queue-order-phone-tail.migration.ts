import { Migration } from '@mikro-orm/migrations';

/**
 * Two indexes the portal's daily work needs:
 * - the complaint queue lists open cases first (by SLA due, `service_case_queue`), then finished
 *   ones most recently finished first: `service_case_finished` gives that second part in order,
 *   within a scope prefix;
 * - a teller searches a phone by its last four digits (or the masked form `138****5678`, prefix +
 *   last four): `customer_phone_last4` is an expression index on `right(phone, 4)`, the scope path
 *   second so the scoped lookup stays in the index.
 */
export class QueueOrderPhoneTail0006 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index service_case_finished on customers.service_case (handling_org_path varchar_pattern_ops, (coalesce(closed_at, resolved_at)) desc, id desc) where status in ('RESOLVED','CLOSED')`,
    );
    this.addSql(`create index customer_phone_last4 on customers.customer (right(phone, 4), home_org_path varchar_pattern_ops)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index customers.customer_phone_last4`);
    this.addSql(`drop index customers.service_case_finished`);
  }
}
