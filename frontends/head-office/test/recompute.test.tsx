// The browser of an analyst travelling in New York: the card still shows the bank's (Beijing) clock.
process.env.TZ = 'America/New_York';

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { initPortalI18n } from '@crm/ui-kit';
import i18next from 'i18next';
import { fakeGateway, renderHeadOffice } from './fake-gateway';
import { dashboardData } from './fixtures';
import { jobPercent } from '../src/recompute/recompute.card';

afterEach(cleanup);
initPortalI18n('zh-CN');

const job = (status: string, processed: number) => ({
  __typename: 'ScoreJob',
  id: '9',
  asOf: '2026-11-28',
  status,
  totalCustomers: 1000,
  processedCustomers: processed,
  startedBy: { __typename: 'Staff', id: '2', name: '赵敏' },
  startedAt: '2026-11-28T08:00:00.000Z',
  finishedAt: status === 'RUNNING' ? null : '2026-11-28T08:01:00.000Z',
  error: null,
});

describe('recompute', () => {
  it('starts a job, polls scoreJob network-only while RUNNING, then refreshes the dashboard', async () => {
    await i18next.changeLanguage('zh-CN');
    const progress = [job('RUNNING', 250), job('RUNNING', 700), job('SUCCEEDED', 1000)];
    let polls = 0;
    const gw = fakeGateway({
      HeadOfficeDashboard: () => ({ data: dashboardData(['2026-11-27']) }),
      HeadOfficeLatestScoreJob: () => ({ data: { latestScoreJob: null } }),
      HeadOfficeStartScoreRecompute: () => ({ data: { startScoreRecompute: job('RUNNING', 0) } }),
      HeadOfficeScoreJob: (v) => {
        expect(v).toEqual({ id: '9' });
        return { data: { scoreJob: progress[Math.min(polls++, progress.length - 1)] } };
      },
    });
    renderHeadOffice(gw, '/head-office', 30);
    await screen.findByTestId('branch-comparison');
    await waitFor(() => expect(screen.getByTestId('recompute-progress').getAttribute('data-status')).toBe('NONE'));
    const dashboardLoads = gw.of('HeadOfficeDashboard').length;

    fireEvent.click(screen.getByTestId('recompute-start'));
    await waitFor(() => expect(gw.of('HeadOfficeStartScoreRecompute')).toEqual([{}]));
    await waitFor(() => expect(screen.getByTestId('recompute-progress').getAttribute('data-status')).toBe('RUNNING'));
    await waitFor(() => expect(screen.getByTestId('recompute-progress').getAttribute('data-percent')).toBe('70'));
    await waitFor(() => expect(screen.getByTestId('recompute-progress').getAttribute('data-status')).toBe('SUCCEEDED'));
    expect(screen.getByTestId('recompute-progress').getAttribute('data-percent')).toBe('100');
    // each poll went to the network (no cached answer), and polling stopped once done
    expect(gw.of('HeadOfficeScoreJob').length).toBeGreaterThanOrEqual(3);
    await waitFor(() => expect(gw.of('HeadOfficeDashboard').length).toBeGreaterThan(dashboardLoads));
    const after = gw.of('HeadOfficeScoreJob').length;
    await new Promise((r) => setTimeout(r, 150));
    expect(gw.of('HeadOfficeScoreJob').length).toBe(after);
    expect(screen.getByTestId('recompute-start').hasAttribute('disabled')).toBe(false);
  });

  it('follows a job already running when the page opens (latestScoreJob)', async () => {
    let polls = 0;
    const gw = fakeGateway({
      HeadOfficeLatestScoreJob: () => ({ data: { latestScoreJob: job('RUNNING', 100) } }),
      HeadOfficeScoreJob: () => ({ data: { scoreJob: polls++ < 1 ? job('RUNNING', 500) : job('FAILED', 500) } }),
    });
    renderHeadOffice(gw, '/head-office/recompute', 30);
    await waitFor(() => expect(screen.getByTestId('recompute-progress').getAttribute('data-status')).toBe('FAILED'));
    expect(screen.getByTestId('recompute-start').hasAttribute('disabled')).toBe(false);
  });

  it('shows when a job started and finished on the bank’s clock (Beijing), not the browser’s (New York)', async () => {
    expect(new Date('2026-11-28T08:01:00.000Z').getHours()).toBe(3); // the premise: 03:01 in New York
    await i18next.changeLanguage('zh-CN');
    const gw = fakeGateway({ HeadOfficeLatestScoreJob: () => ({ data: { latestScoreJob: job('SUCCEEDED', 1000) } }) });
    renderHeadOffice(gw, '/head-office/recompute', 30);
    await waitFor(() => expect(screen.getByTestId('recompute-progress').getAttribute('data-status')).toBe('SUCCEEDED'));
    const text = screen.getByTestId('recompute-progress').textContent;
    expect(text).toContain('已完成：1000 户，2026-11-28 16:01:00'); // 08:01 UTC = 16:01 in Beijing
    expect(text).toContain('由 赵敏 于 2026-11-28 16:00:00 发起（数据日期 2026-11-28）');
    expect(text).not.toContain('03:0');
  });

  it('computes the percentage', () => {
    expect(jobPercent({ status: 'RUNNING', totalCustomers: 0, processedCustomers: 0 })).toBe(0);
    expect(jobPercent({ status: 'RUNNING', totalCustomers: 3, processedCustomers: 1 })).toBe(33);
    expect(jobPercent({ status: 'SUCCEEDED', totalCustomers: 0, processedCustomers: 0 })).toBe(100);
  });
});
