import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { useTestDatabase } from '@crm/postgres/testing';
import { withSql } from '@crm/kit/testing';
import { ormOptions } from '@crm/kit';
import { analysisDatabase } from '../src';
import { DEFAULT_TIER_POLICIES } from '../src/migrations/0002-default-tier-policies.migration';

/**
 * Migration 0006: the built-in policies' mixed-language names become Chinese, with an English name
 * beside them (name_en); a copy saved under the seeded name is renamed too, a name someone chose is not.
 */
const db = useTestDatabase();
let orm: MikroORM;

beforeAll(async () => {
  orm = await MikroORM.init(ormOptions(analysisDatabase, db.url, { pool: { min: 0, max: 1 } }));
});
afterAll(() => orm?.close(true));

const names = () => withSql(db.url, (q) => q(`select scheme, policy_version, name, version from analysis.tier_policy order by id`));
const namesEn = () => withSql(db.url, (q) => q(`select policy_version, name, name_en from analysis.tier_policy order by id`));

describe('0006 policy names', () => {
  it('names the built-ins in Chinese and in English, leaves chosen names alone, and goes back down', async () => {
    expect(await namesEn()).toEqual([
      { policy_version: 1, name: '日均综合金融资产分层', name_en: 'Tiers by weighted daily-average assets' },
      { policy_version: 1, name: '贡献度、忠诚度与满意度分层', name_en: 'Tiers by contribution, loyalty and satisfaction' },
    ]);

    await orm.getMigrator().down({ to: '0006-policy-names' });
    expect(await names()).toEqual([
      { scheme: 'VALUE_PYRAMID', policy_version: 1, name: DEFAULT_TIER_POLICIES.VALUE_PYRAMID.name, version: 1 },
      { scheme: 'QUALITY_LADDER', policy_version: 1, name: DEFAULT_TIER_POLICIES.QUALITY_LADDER.name, version: 1 },
    ]);
    // before 0006: a copy of the pyramid saved under the seeded name, and one renamed by its author
    await withSql(db.url, (q) =>
      q(
        `insert into analysis.tier_policy (scheme, policy_version, name, status, effective_from, rules, asset_coefficients, created_by_staff_id)
         select scheme, 2, name, 'DRAFT', effective_from, rules, asset_coefficients, 7 from analysis.tier_policy where scheme = 'VALUE_PYRAMID';
         insert into analysis.tier_policy (scheme, policy_version, name, status, effective_from, rules, asset_coefficients, created_by_staff_id)
         select scheme, 3, '2027 年收紧方案', 'DRAFT', effective_from, rules, asset_coefficients, 7 from analysis.tier_policy where scheme = 'VALUE_PYRAMID' and policy_version = 1`,
      ),
    );

    await orm.getMigrator().up();
    expect(await namesEn()).toEqual([
      { policy_version: 1, name: '日均综合金融资产分层', name_en: 'Tiers by weighted daily-average assets' },
      { policy_version: 1, name: '贡献度、忠诚度与满意度分层', name_en: 'Tiers by contribution, loyalty and satisfaction' },
      { policy_version: 2, name: '日均综合金融资产分层', name_en: 'Tiers by weighted daily-average assets' },
      { policy_version: 3, name: '2027 年收紧方案', name_en: null },
    ]);
    // a rename is no edit: the optimistic-lock version is untouched
    expect((await names()).map((r) => r.version)).toEqual([1, 1, 1, 1]);
    // no name shown in Chinese is half English any more
    for (const { name } of await names()) if (name !== '2027 年收紧方案') expect(name).not.toMatch(/[A-Za-z]/);
  });
});
