import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';
import { fakeGateway, renderTraining, reply } from './fake-gateway';
import { managers } from './fixtures';
import { ManagersQuery } from '../src/managers/managers.queries';
import { en, zh } from '../src/training.i18n';
import { parseTrainingPath, trainingPath } from '../src/routing/training.routes';

const gateway = () =>
  fakeGateway({
    TrainingManagers: reply(ManagersQuery, ({ page }) => ({
      data: { customerManagers: { items: managers, total: 45, page: page?.page ?? 1, pageSize: page?.pageSize ?? 20 } },
    })),
  });
const rows = () => screen.getByTestId('managers-table').querySelectorAll('tr.ant-table-row');

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('the managers in scope', () => {
  it('is titled 客户经理 and lists the managers, paged on the server', async () => {
    const gw = gateway();
    renderTraining(gw);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('客户经理');
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()[0].textContent).toContain('赵敏');
    expect(rows()[0].textContent).toContain('中关村网点');
    expect(rows()[0].textContent).toContain('中级');
    expect(rows()[0].textContent).toContain('专职');
    expect(rows()[1].textContent).toContain('兼职');
    expect(screen.getByTestId('training-managers').textContent).toContain('共 45 条');
    expect(gw.of('TrainingManagers')).toEqual([{ page: { page: 1, pageSize: 20 } }]);
    fireEvent.click(screen.getByTestId('training-managers').querySelector('li.ant-pagination-next')!);
    await waitFor(() => expect(gw.last('TrainingManagers')).toEqual({ page: { page: 2, pageSize: 20 } }));
  });

  it('says it in English with the shell', async () => {
    renderTraining(gateway());
    await waitFor(() => expect(rows()).toHaveLength(3));
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(rows()[0].textContent).toContain('Zhongguancun Outlet');
    expect(rows()[0].textContent).toContain('Full-time');
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
  it('has the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
});
