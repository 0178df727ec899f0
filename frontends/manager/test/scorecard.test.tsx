import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { date, initPortalI18n } from '@crm/ui-kit';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, renderManager, reply } from './fake-gateway';
import { scorecard } from './fixtures';
import { ScorecardQuery } from '../src/scorecard/scorecard.queries';
import { recentMonths } from '../src/common/calendar';

const thisMonth = date(new Date()).slice(0, 7); // the bank's month (Beijing)
const line = (measure: string) => screen.getByTestId('scorecard-lines').querySelector<HTMLElement>(`tr[data-measure="${measure}"]`)!;
const cell = (measure: string, testId: string) => within(line(measure)).getByTestId(testId).textContent;

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('我的业绩', () => {
  it('shows each measure against its target for the month just closed: actual, target, achievement, weight, points; the penalty as a penalty; the total', async () => {
    const gw = fakeGateway({
      ManagerScorecard: reply(ScorecardQuery, ({ period }) => ({ data: { customerManager: { id: '11', scorecard: scorecard(period) } } })),
    });
    renderManager(gw, '/manager/scorecard');
    await waitFor(() => expect(screen.getByTestId('scorecard-lines').querySelectorAll('tr.ant-table-row')).toHaveLength(9));
    // by default the month just closed: the current one has no month-end balances yet, nor targets
    const lastMonth = recentMonths(thisMonth, 2)[1];
    expect(gw.of('ManagerScorecard')).toEqual([{ id: '11', period: lastMonth }]);
    expect(line('DEPOSIT_STOCK').textContent).toContain('存款余额');
    expect(cell('DEPOSIT_STOCK', 'line-actual')).toBe('3.25亿元');
    expect(cell('DEPOSIT_STOCK', 'line-target')).toBe('3亿元');
    expect(cell('DEPOSIT_STOCK', 'line-achievement')).toBe('108.3%');
    expect(cell('DEPOSIT_STOCK', 'line-weight')).toBe('25%');
    expect(cell('DEPOSIT_STOCK', 'line-points')).toBe('27.08');
    expect(cell('NEW_BASIC_ACCOUNTS', 'line-actual')).toBe('3 户');
    expect(cell('SATISFACTION', 'line-actual')).toBe('4.56 分');
    expect(line('SATISFACTION').textContent).toContain('18 份问卷');
    expect(cell('ON_TIME_TASK_RATE', 'line-actual')).toBe('85.0%');
    expect(line('ON_TIME_TASK_RATE').textContent).toContain('按时完成 17 / 20 项');
    // the penalty: marked, no target, its points taken off
    const penalty = line('NEW_OVERDUE_LOANS');
    expect(within(penalty).getByTestId('penalty-tag').textContent).toBe('扣分项');
    expect(cell('NEW_OVERDUE_LOANS', 'line-actual')).toBe('2 笔');
    expect(cell('NEW_OVERDUE_LOANS', 'line-target')).toBe('—');
    expect(cell('NEW_OVERDUE_LOANS', 'line-weight')).toBe('最多扣 10 分');
    expect(cell('NEW_OVERDUE_LOANS', 'line-points')).toBe('−4.00');
    expect(screen.getByTestId('scorecard-total').textContent).toContain('92.35');
    expect(screen.getByTestId('scorecard-total').textContent).toContain('满分 100 分');
    expect(screen.getByTestId('manager-scorecard').textContent).not.toMatch(/DEPOSIT_STOCK|NEW_OVERDUE_LOANS|ON_TIME/);

    // an earlier month: asked on the server, kept in the URL
    const previous = recentMonths(thisMonth, 3)[2];
    const select = screen.getByTestId('scorecard-period');
    fireEvent.mouseDown(select.closest('.ant-select') ?? select.querySelector('.ant-select') ?? select);
    fireEvent.click((await screen.findAllByTitle(previous)).at(-1)!);
    await waitFor(() => expect(gw.last('ManagerScorecard')).toEqual({ id: '11', period: previous }));
    expect(window.location.search).toBe(`?period=${previous}`);
  });

  it('says when no targets are set: nothing scored', async () => {
    const gw = fakeGateway({
      ManagerScorecard: reply(ScorecardQuery, ({ period }) => {
        const card = scorecard(period);
        return {
          data: {
            customerManager: {
              id: '11',
              scorecard: {
                ...card,
                total: null,
                scoredWeight: 0,
                targets: null,
                lines: card.lines.map((l) => ({ ...l, target: null, achievement: null, points: l.penalty ? l.points : null })),
              },
            },
          },
        };
      }),
    });
    renderManager(gw, '/manager/scorecard');
    expect((await screen.findByTestId('scorecard-no-targets')).textContent).toContain('本月尚未设定考核目标');
    expect(screen.getByTestId('scorecard-total').textContent).toContain('未评分');
  });
});
