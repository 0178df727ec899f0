import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { PortalContext } from './portal-context';

/**
 * The customer-manager system as its people use it (issue 10): a trainer assesses a manager and sees
 * the competency radar; that manager acknowledges the assessment, opens their ledger and completes a
 * task; a branch head moves a customer to another manager from the cockpit. Every step is checked
 * against the server's answer, not only the screen.
 */
const DIMENSIONS = ['ETHICS', 'MINDSET', 'INNOVATION', 'SKILLS', 'KNOWLEDGE', 'HEALTH'] as const;

export function managersCases(portal: PortalContext) {
  const api = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(new URL('/graphql', portal.system.urls.gateway), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: join(portal.shots, `${name}.png`), fullPage: true });
  const go = (page: Page, path: string) => page.goto(new URL(path, portal.system.urls.portal).href);
  /** the first option of a select: the open dropdown (a closing one lingers hidden), then Enter */
  const choose = async (page: Page, select: Locator) => {
    await select.click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
  };

  describe('customer managers and training', () => {
    it('a trainer assesses a manager and sees the radar; the manager acknowledges it, opens the ledger and completes a task', async () => {
      const trainer = await portal.apiLogin('hq.trainer');
      const manager = await portal.apiLogin('bj0101.manager');
      const managerId = manager.user.sub;
      const LATEST = `query($id: ID!) { customerManager(id: $id) { latestAssessment { id status overall managerComment } } }`;
      type Latest = {
        customerManager: { latestAssessment: { id: string; status: string; overall: number; managerComment: string | null } };
      };
      const before = (await api<Latest>(trainer.token, LATEST, { id: managerId })).customerManager.latestAssessment;

      const page = await portal.browser.newPage();
      try {
        // the trainer lands on the training portal's list of managers
        await portal.logIn(page, 'hq.trainer');
        await page.getByTestId('managers-table').locator('tr.ant-table-row').first().waitFor({ timeout: 30_000 });
        await shot(page, 'training-managers-zh');
        await go(page, `/training/managers/${managerId}/assess`);
        await page.getByTestId('assessment-form').waitFor({ timeout: 30_000 });
        for (const d of DIMENSIONS) {
          await page.getByTestId(`score-${d}`).getByText('4', { exact: true }).click();
          await page.getByTestId(`evidence-${d}`).fill('季度走访记录与客户回访意见');
        }
        await shot(page, 'training-assessment-form-zh');
        await page.getByTestId('submit-assessment').click();
        await page.getByTestId('confirm-submit').click();
        // back on the manager's page: the radar over time is drawn
        await page.getByTestId('training-manager').waitFor({ timeout: 30_000 });
        await page.getByTestId('competency-radar').locator('svg text').first().waitFor({ timeout: 30_000 });
        await shot(page, 'training-manager-radar-zh');
      } finally {
        await page.close();
      }
      const submitted = (await api<Latest>(trainer.token, LATEST, { id: managerId })).customerManager.latestAssessment;
      expect(submitted.id).not.toBe(before?.id);
      expect(submitted.status).toBe('SUBMITTED');
      // every dimension 4: whatever the weights, the overall is 4
      expect(submitted.overall).toBe(4);

      const mine = await portal.browser.newPage();
      try {
        // the manager lands on their ledger
        await portal.logIn(mine, 'bj0101.manager');
        await mine.getByTestId('ledger-table').locator('tr.ant-table-row').first().waitFor({ timeout: 30_000 });
        await shot(mine, 'manager-ledger-zh');
        await go(mine, '/manager/assessment');
        await mine.getByTestId('acknowledge-assessment').click();
        await mine.getByTestId('acknowledge-comment').fill('已阅，按计划参加技能培训');
        await mine.getByTestId('acknowledge-submit').click();
        await expect
          .poll(async () => (await api<Latest>(manager.token, LATEST, { id: managerId })).customerManager.latestAssessment.status, {
            timeout: 30_000,
          })
          .toBe('ACKNOWLEDGED');
        await shot(mine, 'manager-assessment-zh');

        // tasks: today's and overdue first; complete the first with an outcome
        await go(mine, '/manager/tasks');
        const row = mine
          .getByTestId('task-row')
          .filter({ has: mine.getByTestId('task-complete') })
          .first();
        await row.waitFor({ timeout: 30_000 });
        const taskId = await row.getAttribute('data-task-id');
        await shot(mine, 'manager-tasks-zh');
        await row.getByTestId('task-complete').click();
        await mine.getByTestId('complete-outcome').fill('已电话联系，客户同意续存');
        await mine.getByTestId('complete-submit').click();
        await expect
          .poll(
            async () =>
              (
                await api<{ task: { status: string; outcome: string } }>(
                  manager.token,
                  `query($id: ID!) { task(id: $id) { status outcome } }`,
                  { id: taskId },
                )
              ).task,
            { timeout: 30_000 },
          )
          .toEqual({ status: 'DONE', outcome: '已电话联系，客户同意续存' });
      } finally {
        await mine.close();
      }
      const acknowledged = (await api<Latest>(manager.token, LATEST, { id: managerId })).customerManager.latestAssessment;
      expect(acknowledged).toMatchObject({ id: submitted.id, managerComment: '已阅，按计划参加技能培训' });
    });

    it('a branch head moves a customer to another manager from the cockpit', async () => {
      const head = await portal.apiLogin('bj.head');
      const page = await portal.browser.newPage();
      try {
        await page.setViewportSize({ width: 1360, height: 900 });
        await portal.logIn(page, 'bj.head');
        await page.getByTestId('nav-branch').click();
        const card = page.getByTestId('scorecards-card');
        await card.locator('[data-testid^="reassign-"]').first().waitFor({ timeout: 60_000 });
        // a manager of the page who keeps customers (a sub-branch's managers may keep none)
        const ids = await card
          .locator('[data-testid^="reassign-"]')
          .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')!.replace('reassign-', '')));
        let fromId = '';
        for (const id of ids) {
          const { customerManager } = await api<{ customerManager: { portfolioSize: number } }>(
            head.token,
            `query($id: ID!) { customerManager(id: $id) { portfolioSize } }`,
            { id },
          );
          if (customerManager.portfolioSize > 0) {
            fromId = id;
            break;
          }
        }
        expect(fromId, 'a manager with customers on the first page').not.toBe('');
        const reassign = card.getByTestId(`reassign-${fromId}`);
        await shot(page, 'branch-managers-zh');
        await reassign.click();
        const form = page.getByTestId('reassign-form');
        const firstCustomer = form.getByTestId('move-customers').locator('tr.ant-table-row').first();
        await firstCustomer.waitFor({ timeout: 30_000 });
        const customerId = await firstCustomer.getAttribute('data-row-key');
        await firstCustomer.locator('input[type="checkbox"]').check();
        await choose(page, form.getByTestId('move-to'));
        await choose(page, form.getByTestId('move-reason'));
        await form.getByTestId('move-note').fill('客户常驻新网点附近，交由该经理跟进');
        await shot(page, 'branch-reassign-zh');
        await form.getByTestId('move-submit').click();
        await page.getByTestId('move-done').waitFor({ timeout: 30_000 });
        // the server: the customer has a new manager, and the old one is in the history with the note
        const HISTORY = `query($id: ID!) { customer(id: $id) { manager { id } managerHistory { manager { id } endedAt handoverNote } } }`;
        const { customer } = await api<{
          customer: {
            manager: { id: string };
            managerHistory: { manager: { id: string }; endedAt: string | null; handoverNote: string | null }[];
          };
        }>(head.token, HISTORY, { id: customerId });
        expect(customer.manager.id).not.toBe(fromId);
        expect(customer.managerHistory[0]).toMatchObject({ manager: { id: customer.manager.id }, endedAt: null });
        expect(customer.managerHistory[0].handoverNote).toBe('客户常驻新网点附近，交由该经理跟进');
        expect(customer.managerHistory.some((h) => h.manager.id === fromId && h.endedAt)).toBe(true);
      } finally {
        await page.close();
      }
    });
  });
}
