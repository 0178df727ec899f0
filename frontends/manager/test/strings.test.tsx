import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { date, initPortalI18n } from '@crm/ui-kit';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, renderManager, reply } from './fake-gateway';
import { assessment, churnRows, ledgerPage, me, movements, scorecard, tasksDone, tasksNow, tasksUpcoming } from './fixtures';
import { LedgerQuery, MeQuery } from '../src/ledger/ledger.queries';
import { TaskSummaryQuery, TasksQuery } from '../src/tasks/tasks.queries';
import { ChurnRiskQuery, TierMovementsQuery } from '../src/movements/movements.queries';
import { ScorecardQuery } from '../src/scorecard/scorecard.queries';
import { MyAssessmentQuery } from '../src/assessment/assessment.queries';
import { en, managerStrings, zh } from '../src/manager.i18n';
import { managerPath, parseManagerPath } from '../src/routing/manager.routes';

const today = date(new Date());
const gateway = () =>
  fakeGateway({
    ManagerMe: reply(MeQuery, () => ({ data: { customerManager: me } })),
    ManagerLedger: reply(LedgerQuery, () => ({ data: ledgerPage() })),
    ManagerTaskSummary: reply(TaskSummaryQuery, () => ({
      data: { customerManager: { id: '11', taskSummary: { open: 4, dueToday: 1, overdue: 1 } } },
    })),
    ManagerTasks: reply(TasksQuery, ({ filter }) => {
      const f = Array.isArray(filter) ? undefined : filter;
      const items = f?.statuses?.includes('DONE') ? tasksDone : f?.dueTo ? tasksNow(today) : tasksUpcoming;
      return { data: { customerManager: { id: '11', tasks: { items, total: items.length, page: 1, pageSize: 10 } } } };
    }),
    ManagerChurnRisk: reply(ChurnRiskQuery, () => ({
      data: { customerManager: { id: '11', ledger: { items: churnRows, total: 1, page: 1, pageSize: 10 } } },
    })),
    ManagerTierMovements: reply(TierMovementsQuery, () => ({
      data: { tierMovements: { items: movements, total: 3, page: 1, pageSize: 10 } },
    })),
    ManagerScorecard: reply(ScorecardQuery, ({ period }) => ({ data: { customerManager: { id: '11', scorecard: scorecard(period) } } })),
    ManagerMyAssessment: reply(MyAssessmentQuery, () => ({
      data: { customerManager: { id: '11', grade: 'INTERMEDIATE' as const, latestAssessment: assessment(), competencyHistory: [] } },
    })),
  });

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

/** A run of two or more Latin letters: an English word or an enum code (a customer number like C00000101 has one letter). */
const LATIN_WORD = /[A-Za-z]{2,}/g;

describe('the Chinese portal speaks Chinese', () => {
  it.each([
    ['/manager', 'ledger-table', 2],
    ['/manager/tasks', 'tasks-upcoming', 2],
    ['/manager/movements', 'tier-movements', 3],
    ['/manager/scorecard', 'scorecard-lines', 9],
  ])('%s has no English words or enum codes', async (path, table, rows) => {
    renderManager(gateway(), path);
    await waitFor(() => expect(screen.getByTestId(table).querySelectorAll('tr.ant-table-row')).toHaveLength(rows));
    // every list of the page has arrived
    await waitFor(() => expect(document.querySelectorAll('.ant-spin-spinning')).toHaveLength(0));
    expect(document.body.textContent!.match(LATIN_WORD)).toBeNull();
  });

  it('/manager/assessment has no English words or enum codes', async () => {
    renderManager(gateway(), '/manager/assessment');
    await screen.findByTestId('acknowledge-assessment');
    expect(document.body.textContent!.match(LATIN_WORD)).toBeNull();
  });

  it('has the same keys in both languages, and every word of an enum in both', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(managerStrings.en).sort()).toEqual(Object.keys(managerStrings['zh-CN']).sort());
    for (const [key, text] of Object.entries(managerStrings['zh-CN'])) if (/_[A-Z]/.test(key)) expect(text, key).not.toMatch(LATIN_WORD);
  });
});

describe('routing', () => {
  it('parses and builds the section paths', () => {
    expect(parseManagerPath('/manager', '/manager')).toEqual({ name: 'ledger' });
    expect(parseManagerPath('/manager/tasks', '/manager')).toEqual({ name: 'tasks' });
    expect(parseManagerPath('/manager/movements', '/manager')).toEqual({ name: 'movements' });
    expect(parseManagerPath('/manager/scorecard/', '/manager')).toEqual({ name: 'scorecard' });
    expect(parseManagerPath('/manager/assessment', '/manager')).toEqual({ name: 'assessment' });
    expect(parseManagerPath('/manager/nope', '/manager')).toEqual({ name: 'notFound' });
    expect(managerPath('/manager', { name: 'tasks' })).toBe('/manager/tasks');
    expect(managerPath('/manager/', { name: 'ledger' })).toBe('/manager');
  });

  it('shows each section stand-alone under its own tab', async () => {
    renderManager(gateway(), '/manager/scorecard');
    expect(screen.getByRole('heading', { level: 1, hidden: true })).toBeTruthy();
    expect(await screen.findByTestId('manager-scorecard')).toBeTruthy();
    expect(screen.getByTestId('nav-assessment').textContent).toBe('能力评估');
    expect(screen.getByTestId('nav-movements').textContent).toBe('客户动态');
  });
});
