import { Migration } from '@mikro-orm/migrations';

/**
 * Failed sign-ins per username and per client address, in PostgreSQL so every replica of the
 * issuer counts the same attempts (an in-memory count is per process and lost on restart).
 */
export class LoginThrottle0003 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table org_hierarchy.login_throttle (
        key           varchar(300) primary key,  -- 'user:<username>' or 'ip:<address>'
        failures      integer not null,          -- attempts counted in this window, successes taken back
        window_start  timestamptz not null,
        locked_until  timestamptz                -- set when failures reach the limit
      )`);
    // the periodic prune deletes by age
    this.addSql(`create index login_throttle_window_start on org_hierarchy.login_throttle (window_start)`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table org_hierarchy.login_throttle');
  }
}
