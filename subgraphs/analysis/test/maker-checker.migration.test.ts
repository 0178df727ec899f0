import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { useTestDatabase } from '@crm/postgres/testing';
import { withSql } from '@crm/kit/testing';
import { ormOptions } from '@crm/kit';
import { analysisDatabase } from '../src';

/**
 * Migration 0003 on a database that already holds a self-approved ACTIVE policy (what the demo did
 * before maker-checker): it must still migrate — the history stays as it happened — and from then
 * on the table refuses a new self-approval.
 */
const db = useTestDatabase();
let orm: MikroORM;

beforeAll(async () => {
  orm = await MikroORM.init(ormOptions(analysisDatabase, db.url, { pool: { min: 0, max: 1 } }));
});
afterAll(() => orm?.close(true));

const policies = () =>
  withSql(db.url, (q) =>
    q(`select scheme, policy_version, status, created_by_staff_id, approved_by_staff_id from analysis.tier_policy order by id`),
  );

describe('0003 maker-checker', () => {
  it('migrates down and up over a self-approved active policy, keeps it, then refuses the next self-approval', async () => {
    await orm.getMigrator().down({ to: '0003-tier-policy-maker-checker' }); // the later ones, then 0003
    expect((await policies())[0]).toMatchObject({ scheme: 'VALUE_PYRAMID', created_by_staff_id: 1, approved_by_staff_id: 1 });
    await withSql(db.url, (q) =>
      q(
        `update analysis.tier_policy set status = 'SUPERSEDED' where status = 'ACTIVE';
       insert into analysis.tier_policy (scheme, policy_version, name, status, effective_from, rules, asset_coefficients, created_by_staff_id, approved_by_staff_id, approved_at)
       select scheme, 2, 'self-approved before 0003', 'ACTIVE', effective_from, rules, asset_coefficients, 7, 7, now() from analysis.tier_policy where policy_version = 1 and scheme = 'VALUE_PYRAMID'`,
      ),
    );

    await orm.getMigrator().up();
    expect(await policies()).toEqual([
      { scheme: 'VALUE_PYRAMID', policy_version: 1, status: 'SUPERSEDED', created_by_staff_id: 1, approved_by_staff_id: 2 }, // the built-in gets its checker
      { scheme: 'QUALITY_LADDER', policy_version: 1, status: 'DRAFT', created_by_staff_id: 1, approved_by_staff_id: null },
      { scheme: 'VALUE_PYRAMID', policy_version: 2, status: 'ACTIVE', created_by_staff_id: 7, approved_by_staff_id: 7 }, // history kept
    ]);

    // superseding the old self-approval works; a new one does not
    const err = await withSql(db.url, (q) =>
      q(
        `update analysis.tier_policy set status = 'SUPERSEDED' where status = 'ACTIVE';
       update analysis.tier_policy set status = 'ACTIVE', approved_by_staff_id = 1, approved_at = now() where scheme = 'QUALITY_LADDER'`,
      ),
    ).catch((e: Error) => e);
    expect(String(err)).toMatch(/tier_policy_four_eyes/);
    await withSql(db.url, (q) => q(`update analysis.tier_policy set status = 'SUPERSEDED' where status = 'ACTIVE'`));
    // an approver without leaving draft (or the reverse) is refused as well
    const half = await withSql(db.url, (q) =>
      q(`update analysis.tier_policy set approved_by_staff_id = 2 where scheme = 'QUALITY_LADDER'`),
    ).catch((e: Error) => e);
    expect(String(half)).toMatch(/tier_policy_approver_recorded/);
  });
});
