import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { renderTraining } from './fake-gateway';
import { expectNoEnglish, trainingGateway } from './gateway';
import { en, zh } from '../src/training.i18n';
import { parseTrainingPath, trainingPath } from '../src/routing/training.routes';

const rows = () => screen.getByTestId('managers-table').querySelectorAll('tr.ant-table-row');

// the manager's page is loaded lazily: compiled once here, not inside a test's wait
beforeAll(() => import('../src/manager/manager.page'), 60_000);
beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('the managers in scope', () => {
  it('is titled 客户经理 and lists each manager with their latest assessment, paged on the server', async () => {
    const gw = trainingGateway();
    renderTraining(gw);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('客户经理');
    await waitFor(() => expect(rows()).toHaveLength(3));
    const [first, second, third] = [...rows()];
    expect(first.textContent).toContain('赵敏');
    expect(first.textContent).toContain('中关村网点');
    expect(first.textContent).toContain('中级');
    expect(first.textContent).toContain('专职');
    expect(within(first as HTMLElement).getByTestId('latest-overall').textContent).toBe('3.78');
    expect(within(first as HTMLElement).getByTestId('latest-status').textContent).toBe('待本人确认');
    // submitted at 17:30 UTC on 31 March: 1 April in Beijing
    expect(first.textContent).toContain('2025-04-01');
    expect(second.textContent).toContain('兼职');
    expect(within(second as HTMLElement).getByTestId('latest-status').textContent).toBe('本人已确认');
    expect(within(third as HTMLElement).getByTestId('latest-status').textContent).toBe('未评估');
    expect(screen.getByTestId('training-managers').textContent).toContain('共 45 条');
    expect(gw.of('TrainingManagers')).toEqual([{ page: { page: 1, pageSize: 20 }, filter: { orgUnitId: null, activeOnly: true } }]);
    fireEvent.click(screen.getByTestId('training-managers').querySelector('li.ant-pagination-next')!);
    await waitFor(() => expect(gw.last('TrainingManagers')).toMatchObject({ page: { page: 2, pageSize: 20 } }));
  });

  it('opens a manager by name and their assessment form from the row', async () => {
    renderTraining(trainingGateway());
    await waitFor(() => expect(rows()).toHaveLength(3));
    const first = rows()[0] as HTMLElement;
    expect(within(first).getByTestId('manager-name').getAttribute('href')).toBe('/training/managers/11');
    expect(within(first).getByTestId('assess-manager').getAttribute('href')).toBe('/training/managers/11/assess');
    fireEvent.click(within(first).getByTestId('manager-name'));
    expect(window.location.pathname).toBe('/training/managers/11');
    expect(await screen.findByTestId('manager-heading')).toBeTruthy();
  });

  it('says nothing in English and shows no enum code in Chinese', async () => {
    renderTraining(trainingGateway());
    await waitFor(() => expect(rows()).toHaveLength(3));
    expectNoEnglish(screen.getByTestId('training-app'));
  });

  it('says it in English with the shell', async () => {
    renderTraining(trainingGateway());
    await waitFor(() => expect(rows()).toHaveLength(3));
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(rows()[0].textContent).toContain('Zhongguancun Outlet');
    expect(rows()[0].textContent).toContain('Full-time');
    expect(rows()[0].textContent).toContain('Awaiting acknowledgement');
    expect(rows()[2].textContent).toContain('Not assessed');
  });
});

describe('routing and strings', () => {
  it('parses and builds the paths', () => {
    expect(parseTrainingPath('/training', '/training')).toEqual({ name: 'managers' });
    expect(parseTrainingPath('/training/gaps', '/training')).toEqual({ name: 'gaps' });
    expect(parseTrainingPath('/training/competency-outcome', '/training')).toEqual({ name: 'competencyOutcome' });
    expect(parseTrainingPath('/training/plans/', '/training')).toEqual({ name: 'plans' });
    expect(parseTrainingPath('/training/managers/11', '/training')).toEqual({ name: 'manager', id: '11' });
    expect(parseTrainingPath('/training/managers/11/assess', '/training')).toEqual({ name: 'assess', id: '11' });
    expect(parseTrainingPath('/training/nope', '/training')).toEqual({ name: 'notFound' });
    expect(trainingPath('/training', { name: 'competencyOutcome' })).toBe('/training/competency-outcome');
    expect(trainingPath('/training', { name: 'assess', id: 'a/b' })).toBe('/training/managers/a%2Fb/assess');
    expect(trainingPath('/training/', { name: 'managers' })).toBe('/training');
  });
  it('has the same keys in both languages, and no English in the Chinese ones', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(zh)) expect(`${key}: ${text.replace(/\{\{\w+\}\}/g, '')}`).not.toMatch(/: .*[A-Za-z]{2,}/);
  });
});
