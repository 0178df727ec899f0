import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';
import { fakeGateway, renderManager, reply } from './fake-gateway';
import { MeQuery, type Me } from '../src/ledger/ledger.queries';
import { en, zh } from '../src/manager.i18n';
import { managerPath, parseManagerPath } from '../src/routing/manager.routes';

const me: Me = {
  id: '11',
  grade: 'INTERMEDIATE',
  employment: 'FULL_TIME',
  capacity: 300,
  portfolioSize: 1234,
  staff: { id: '11', name: '赵敏' },
  orgUnit: { id: '4', name: '中关村网点', nameEn: 'Zhongguancun Outlet' },
};

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('the manager’s ledger page', () => {
  it('is titled 我的台账 and shows the signed-in manager, asked by their staff id', async () => {
    const gw = fakeGateway({ ManagerMe: reply(MeQuery, () => ({ data: { customerManager: me } })) });
    renderManager(gw);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('我的台账');
    expect((await screen.findByTestId('manager-name')).textContent).toBe('赵敏');
    const summary = screen.getByTestId('manager-summary').textContent!;
    expect(summary).toContain('中关村网点');
    expect(summary).toContain('中级客户经理');
    expect(summary).toContain('专职');
    expect(screen.getByTestId('manager-portfolio').textContent).toContain('1,234 / 300');
    expect(summary).not.toMatch(/INTERMEDIATE|FULL_TIME/);
    expect(gw.of('ManagerMe')).toEqual([{ id: '11' }]);
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getByTestId('manager-summary').textContent).toContain('Zhongguancun Outlet');
  });

  it('says so when the signed-in staff member keeps no portfolio', async () => {
    const gw = fakeGateway({
      ManagerMe: reply(MeQuery, () => ({
        data: null,
        errors: [{ message: 'Customer manager not found', extensions: { code: 'NOT_FOUND' } }],
      })),
    });
    renderManager(gw);
    expect((await screen.findByTestId('not-a-manager')).textContent).toContain('您还不是客户经理');
  });
});

describe('routing and strings', () => {
  it('parses and builds the section paths', () => {
    expect(parseManagerPath('/manager', '/manager')).toEqual({ name: 'ledger' });
    expect(parseManagerPath('/manager/tasks', '/manager')).toEqual({ name: 'tasks' });
    expect(parseManagerPath('/manager/scorecard/', '/manager')).toEqual({ name: 'scorecard' });
    expect(parseManagerPath('/manager/nope', '/manager')).toEqual({ name: 'notFound' });
    expect(managerPath('/manager', { name: 'tasks' })).toBe('/manager/tasks');
    expect(managerPath('/manager/', { name: 'ledger' })).toBe('/manager');
  });
  it('has the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
});
