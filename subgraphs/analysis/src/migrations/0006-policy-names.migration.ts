import { Migration } from '@mikro-orm/migrations';

/**
 * Tier policy names in the reader's language (issue 9). A policy is named like an org unit: `name` in
 * Chinese, as the bank's staff read it, and `name_en` (nullable) for the portal in English.
 *
 * The two built-in policies of 0002 were named half in Chinese, half in English
 * ('价值金字塔 v1 — weighted assets'); their names also repeated the scheme and the version, which
 * the portal shows beside the name anyway. Every row that still carries one of those seeded names —
 * the built-ins and any copy saved without renaming it — gets the Chinese name and its English one.
 * A name someone chose is left as it is. 0002 stays as it was run; DEFAULT_TIER_POLICIES keeps the
 * old names, which is what a fresh database holds until this migration runs.
 */
export const POLICY_NAMES_0006 = [
  {
    scheme: 'VALUE_PYRAMID',
    seeded: '价值金字塔 v1 — weighted assets',
    name: '日均综合金融资产分层',
    nameEn: 'Tiers by weighted daily-average assets',
  },
  {
    scheme: 'QUALITY_LADDER',
    seeded: '质量阶梯 v1 — contribution, loyalty, satisfaction',
    name: '贡献度、忠诚度与满意度分层',
    nameEn: 'Tiers by contribution, loyalty and satisfaction',
  },
] as const;

export class PolicyNames0006 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table analysis.tier_policy add column name_en varchar(100) null');
    for (const p of POLICY_NAMES_0006) {
      // a rename is not an edit of the policy: the row's version (optimistic lock) stays, so an
      // approval under way is not refused as a conflict
      this.addSql(
        this.getKnex().raw(`update analysis.tier_policy set name = ?, name_en = ? where scheme = ? and name = ?`, [
          p.name,
          p.nameEn,
          p.scheme,
          p.seeded,
        ]),
      );
    }
  }

  override async down(): Promise<void> {
    for (const p of POLICY_NAMES_0006) {
      this.addSql(
        this.getKnex().raw(`update analysis.tier_policy set name = ? where scheme = ? and name = ? and name_en = ?`, [
          p.seeded,
          p.scheme,
          p.name,
          p.nameEn,
        ]),
      );
    }
    this.addSql('alter table analysis.tier_policy drop column name_en');
  }
}
