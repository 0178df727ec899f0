import { Migration } from '@mikro-orm/migrations';

/**
 * A reveal names its purpose from the bank's list (PiiRevealPurpose) and may add a note; the log keeps
 * both beside the one field shown. Older REVEAL rows (free-text purpose) keep purpose_code null, so the
 * check binds new rows only (NOT VALID). Adding columns leaves the append-only triggers in place.
 */
export class PiiRevealPurpose0007 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table customers.pii_access_log
      add column purpose_code varchar(24) check (purpose_code in ('ACCOUNT_SERVICE','COMPLAINT_HANDLING','RISK_REVIEW','LEGAL_REQUEST','CUSTOMER_REQUEST')),
      add column note varchar(200)`);
    this.addSql(`alter table customers.pii_access_log add constraint pii_access_log_reveal_purpose
      check (action <> 'REVEAL' or (purpose_code is not null and cardinality(fields) = 1)) not valid`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table customers.pii_access_log drop constraint pii_access_log_reveal_purpose`);
    this.addSql(`alter table customers.pii_access_log drop column purpose_code, drop column note`);
  }
}
