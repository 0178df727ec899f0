import { Migration } from '@mikro-orm/migrations';

/**
 * Maker-checker for tier policies (issue 7): a policy re-tiers the whole bank, so it is approved by
 * a second person, never its author. The service refuses it (FORBIDDEN); the table refuses it too,
 * for any path that skips the service.
 *
 * - The built-in value pyramid v1 (0002) was recorded as made and approved by staff 1. Its checker
 *   becomes staff 2 — hq.analyst02, the second head-office strategy analyst of the seeded bank
 *   (hq.analyst is 1) — at the same fixed moment. Only that exact built-in row is touched.
 * - An approver is recorded exactly when the policy left DRAFT (as approved_at already is).
 * - tier_policy_four_eyes: an ACTIVE policy's approver is not its author. On ACTIVE only and
 *   NOT VALID, so that a database where someone already approved their own policy (the demo did)
 *   still migrates: that approval stays in the history as it happened, and superseding it works.
 */
const BUILT_IN_AT = '2025-01-01T00:00:00Z';
const SEEDED_MAKER = 1;
const SEEDED_CHECKER = 2;

export class TierPolicyMakerChecker0003 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      this.getKnex().raw(
        `update analysis.tier_policy set approved_by_staff_id = ?
       where scheme = 'VALUE_PYRAMID' and policy_version = 1 and created_at = ?::timestamptz
         and created_by_staff_id = ? and approved_by_staff_id = ?`,
        [SEEDED_CHECKER, BUILT_IN_AT, SEEDED_MAKER, SEEDED_MAKER],
      ),
    );
    this.addSql(`alter table analysis.tier_policy add constraint tier_policy_approver_recorded
      check ((status = 'DRAFT') = (approved_by_staff_id is null))`);
    this.addSql(`alter table analysis.tier_policy add constraint tier_policy_four_eyes
      check (status <> 'ACTIVE' or approved_by_staff_id <> created_by_staff_id) not valid`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table analysis.tier_policy drop constraint tier_policy_four_eyes');
    this.addSql('alter table analysis.tier_policy drop constraint tier_policy_approver_recorded');
    this.addSql(
      this.getKnex().raw(
        `update analysis.tier_policy set approved_by_staff_id = ?
       where scheme = 'VALUE_PYRAMID' and policy_version = 1 and created_at = ?::timestamptz
         and created_by_staff_id = ? and approved_by_staff_id = ?`,
        [SEEDED_MAKER, BUILT_IN_AT, SEEDED_MAKER, SEEDED_CHECKER],
      ),
    );
  }
}
