import { Migration } from '@mikro-orm/migrations';

/**
 * The PII access log also records what confirms personal data without revealing it: DUPLICATE (a
 * create or import was told that an ID or account number already exists) and SEARCH (a list narrowed
 * by a full ID number or phone number). Duplicate answers are budgeted per staff member and hour by
 * counting these rows, so the index leads with the staff member.
 */
export class PiiConfirmations0004 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table customers.pii_access_log alter column action type varchar(16)`);
    this.addSql(`alter table customers.pii_access_log drop constraint pii_access_log_action_check`);
    this.addSql(`alter table customers.pii_access_log add constraint pii_access_log_action_check
      check (action in ('REVEAL','EXPORT','DUPLICATE','SEARCH'))`);
    this.addSql(`create index pii_access_log_staff on customers.pii_access_log (staff_id, action, at desc)`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index customers.pii_access_log_staff');
    this.addSql(`alter table customers.pii_access_log drop constraint pii_access_log_action_check`);
    this.addSql(`alter table customers.pii_access_log add constraint pii_access_log_action_check check (action in ('REVEAL','EXPORT'))`);
  }
}
