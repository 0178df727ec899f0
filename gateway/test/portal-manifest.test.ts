import { describe, expect, it } from 'vitest';
import { landingFor, type Role, type StaffClaims } from '@crm/shared-types';
import { manifestFor, portalRemotes } from '../src/portal-manifest';

// Who gets which remote, and where they land after sign-in: the manifest itself, without a system.
const staff = (level: StaffClaims['level'], department: StaffClaims['department'], roles: Role[]): StaffClaims => ({
  sub: '1',
  username: 'x',
  name: 'x',
  orgUnitId: '1',
  orgPath: '/1/',
  level,
  department,
  roles,
});
const names = (user: StaffClaims) => manifestFor(user).remotes.map((r) => r.name);
const landing = (user: StaffClaims) => landingFor(manifestFor(user).remotes, user);

describe('the portal manifest', () => {
  it('gives the manager portal to customer managers only, at any level, and lands them on their ledger', () => {
    for (const level of ['OUTLET', 'SUB_BRANCH', 'BRANCH'] as const) {
      const manager = staff(level, 'RETAIL', ['CUSTOMER_MANAGER', 'OUTLET_STAFF', 'PII_VIEWER']);
      expect(names(manager)[0]).toBe('manager');
      expect(landing(manager)).toBe('/manager');
    }
    // a teller and a branch head read managers and customers too, but keep no portfolio
    expect(names(staff('OUTLET', 'OPERATIONS', ['OUTLET_STAFF']))).toEqual(['outlet']);
    expect(names(staff('BRANCH', 'OPERATIONS', ['BRANCH_LEADER']))).toEqual(['outlet', 'branch']);
    expect(landing(staff('BRANCH', 'OPERATIONS', ['BRANCH_LEADER']))).toBe('/branch');
    expect(landing(staff('OUTLET', 'OPERATIONS', ['OUTLET_STAFF']))).toBe('/outlet');
  });

  it('gives the training portal to trainers at any level, and lands them on its managers', () => {
    for (const level of ['HEAD_OFFICE', 'BRANCH'] as const) {
      const trainer = staff(level, 'TRAINING', ['TRAINER']);
      expect(names(trainer)).toEqual(['training']);
      expect(landing(trainer)).toBe('/training');
    }
    // a trainer in a business line reads customers as well: still lands on the training portal
    const retailTrainer = staff('BRANCH', 'RETAIL', ['TRAINER']);
    expect(names(retailTrainer)).toEqual(['training', 'outlet', 'branch']);
    expect(landing(retailTrainer)).toBe('/training');
    expect(names(staff('HEAD_OFFICE', 'STRATEGY', ['STRATEGY_ANALYST']))).toEqual(['outlet', 'headOffice']);
  });

  it('names the sections of both new remotes and takes their entries from the environment', () => {
    const all = portalRemotes({
      PORTAL_REMOTE_MANAGER_ENTRY: 'https://m/remoteEntry.js',
      PORTAL_REMOTE_TRAINING_ENTRY: 'https://t/remoteEntry.js',
    });
    const manager = all.remotes.find((r) => r.name === 'manager')!;
    const training = all.remotes.find((r) => r.name === 'training')!;
    expect(manager).toMatchObject({ entry: 'https://m/remoteEntry.js', exposed: './ManagerApp', route: '/manager' });
    expect(manager.sections!.map((s) => s.title['zh-CN'])).toEqual(['我的台账', '我的任务', '客户动态', '我的业绩', '能力评估']);
    expect(training).toMatchObject({ entry: 'https://t/remoteEntry.js', exposed: './TrainingApp', route: '/training' });
    expect(training.sections!.map((s) => s.title['zh-CN'])).toEqual(['客户经理', '团队能力', '能力与业绩', '培训计划']);
    expect(portalRemotes({}).remotes.find((r) => r.name === 'training')!.entry).toBe('http://127.0.0.1:5005/remoteEntry.js');
    expect(portalRemotes({}).remotes.find((r) => r.name === 'manager')!.entry).toBe('http://127.0.0.1:5004/remoteEntry.js');
  });
});
