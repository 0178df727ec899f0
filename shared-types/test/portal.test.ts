import { describe, expect, it } from 'vitest';
import { can, isWithinScope, permissionsOf, PERMISSION_GRANTS, PERMISSION_NAMES, remotesForUser, type RemoteManifest } from '../src';

const manifest: RemoteManifest = {
  remotes: [
    {
      name: 'outlet',
      title: { 'zh-CN': '网点', en: 'Outlet' },
      entry: 'x',
      exposed: './OutletApp',
      route: '/outlet',
      levels: ['OUTLET', 'SUB_BRANCH'],
      requires: ['CUSTOMER_READ'],
    },
    {
      name: 'training',
      title: { 'zh-CN': '培训', en: 'Training' },
      entry: 'y',
      exposed: './TrainingApp',
      route: '/training',
      levels: ['*'],
      requires: ['MANAGER_ASSESS'],
    },
  ],
};

describe('remotesForUser', () => {
  it('gives an outlet teller the outlet remote only', () => {
    expect(remotesForUser(manifest, { level: 'OUTLET', department: 'OPERATIONS', roles: ['OUTLET_STAFF'] }).map((r) => r.name)).toEqual([
      'outlet',
    ]);
  });
  it('gives a head-office trainer the training remote only', () => {
    expect(remotesForUser(manifest, { level: 'HEAD_OFFICE', department: 'TRAINING', roles: ['TRAINER'] }).map((r) => r.name)).toEqual([
      'training',
    ]);
  });
});

describe('the permission table', () => {
  const teller = { level: 'OUTLET', department: 'OPERATIONS', roles: ['OUTLET_STAFF'] } as const;
  const trainer = { level: 'HEAD_OFFICE', department: 'TRAINING', roles: ['TRAINER'] } as const;
  const product = { level: 'HEAD_OFFICE', department: 'PRODUCT', roles: ['PRODUCT_MANAGER'] } as const;
  const analyst = { level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] } as const;

  it('denies what no line grants, and denies when nothing is asked', () => {
    expect(can({ level: 'OUTLET', department: 'OPERATIONS', roles: [] }, 'CUSTOMER_READ')).toBe(false);
    expect(can(analyst)).toBe(false);
  });
  it('trainers see managers, not customers', () => {
    expect(can(trainer, 'MANAGER_ASSESS')).toBe(true);
    expect(can(trainer, 'CUSTOMER_READ')).toBe(false);
    expect(can(trainer, 'CUSTOMER_EXPORT')).toBe(false);
  });
  it('product staff read aggregates, never customers or personal data', () => {
    expect(can(product, 'ANALYSIS_READ')).toBe(true);
    expect(can(product, 'CUSTOMER_READ')).toBe(false);
    expect(can(product, 'CUSTOMER_EDIT')).toBe(false);
  });
  it('a teller reads and edits customers but neither unmasks, imports nor exports', () => {
    expect(can(teller, 'CUSTOMER_READ', 'CUSTOMER_EDIT')).toBe(true);
    expect(can(teller, 'CUSTOMER_PII_REVEAL')).toBe(false);
    expect(can(teller, 'CUSTOMER_IMPORT')).toBe(false);
    expect(can(teller, 'CUSTOMER_EXPORT')).toBe(false);
  });
  it('tier policy is head office strategy’s, at head office only', () => {
    expect(can(analyst, 'TIER_POLICY_EDIT', 'TIER_POLICY_APPROVE')).toBe(true);
    expect(can({ ...analyst, level: 'BRANCH' }, 'TIER_POLICY_EDIT')).toBe(false);
  });
  it('every grant names known permissions and says why', () => {
    for (const g of PERMISSION_GRANTS) {
      expect(g.why.length).toBeGreaterThan(10);
      for (const p of g.permissions) expect(PERMISSION_NAMES).toContain(p);
    }
    expect(permissionsOf(teller).has('DIRECTORY_READ')).toBe(true);
  });
});

describe('isWithinScope', () => {
  it('matches descendants by path prefix, not by numeric prefix', () => {
    expect(isWithinScope('/1/3/12/', '/1/3/')).toBe(true);
    expect(isWithinScope('/1/31/', '/1/3/')).toBe(false);
  });
});
