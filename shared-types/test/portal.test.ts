import { describe, expect, it } from 'vitest';
import { isWithinScope, remotesForUser, type RemoteManifest } from '../src';

const manifest: RemoteManifest = {
  remotes: [
    { name: 'outlet', title: { 'zh-CN': '网点', en: 'Outlet' }, entry: 'x', exposed: './OutletApp', route: '/outlet', levels: ['OUTLET', 'SUB_BRANCH'], departments: ['*'] },
    { name: 'training', title: { 'zh-CN': '培训', en: 'Training' }, entry: 'y', exposed: './TrainingApp', route: '/training', levels: ['*'], departments: ['TRAINING'] },
  ],
};

describe('remotesForUser', () => {
  it('gives an outlet retail user the outlet remote only', () => {
    expect(remotesForUser(manifest, { level: 'OUTLET', department: 'RETAIL' }).map((r) => r.name)).toEqual(['outlet']);
  });
  it('gives a head-office trainer the training remote only', () => {
    expect(remotesForUser(manifest, { level: 'HEAD_OFFICE', department: 'TRAINING' }).map((r) => r.name)).toEqual(['training']);
  });
});

describe('isWithinScope', () => {
  it('matches descendants by path prefix, not by numeric prefix', () => {
    expect(isWithinScope('/1/3/12/', '/1/3/')).toBe(true);
    expect(isWithinScope('/1/31/', '/1/3/')).toBe(false);
  });
});
