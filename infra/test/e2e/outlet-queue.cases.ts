import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PortalContext } from './portal-context';

/**
 * The outlet's complaint queue and customer search as their users judge them (issue 9): "most
 * urgent first" means open work first (a resolved case never above an open one, a new complaint on
 * page 1), 登记时间 readable at 1,360 px, the SLA amber before the breach, the complaint opens from
 * the queue; a phone is found by its last four digits or the masked form the list shows, and a
 * search that finds nothing says why and what it accepts.
 */
export function outletQueueCases(portal: PortalContext) {
  const FINISHED = new Set(['RESOLVED', 'CLOSED']);
  const queueRows = (page: Page) => page.locator('[data-testid="case-queue"] tr.ant-table-row');
  const openQueue = async (page: Page, username: string) => {
    await portal.logIn(page, username);
    await page.goto(new URL('/outlet/cases', portal.system.urls.portal).href);
    await queueRows(page).first().waitFor({ timeout: 30_000 });
  };
  const statuses = (page: Page) =>
    queueRows(page)
      .locator('[data-testid="case-status"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''));

  async function gql<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await fetch(new URL('/graphql', portal.system.urls.gateway), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  describe('complaint queue and customer search (outlet)', () => {
    it('head office’s queue, page 1: no resolved case above an open one; 登记时间 visible at 1,360 px; SLA in words', async () => {
      const page = await portal.browser.newPage();
      await page.setViewportSize({ width: 1360, height: 900 });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await openQueue(page, 'hq.analyst');
      const s = await statuses(page);
      expect(s.length).toBeGreaterThan(0);
      expect(FINISHED.has(s[0]), `page 1 starts with a ${s[0]} case: ${s.join(',')}`).toBe(false);
      const firstFinished = s.findIndex((x) => FINISHED.has(x));
      if (firstFinished >= 0)
        expect(
          s.slice(firstFinished).every((x) => FINISHED.has(x)),
          s.join(','),
        ).toBe(true);

      // 登记时间: its header and every cell readable, not under the fixed actions column
      const header = page.locator('[data-testid="case-queue"] th', { hasText: '登记时间' });
      await expect(header.isVisible()).resolves.toBe(true);
      const covered = await queueRows(page).evaluateAll((rows) =>
        rows
          .map((r) => {
            const cell = r.querySelector('[data-testid="case-opened-at"]') as HTMLElement | null;
            if (!cell) return 'no cell';
            cell.scrollIntoView({ block: 'center', inline: 'nearest' }); // elementFromPoint sees the viewport only
            const b = cell.getBoundingClientRect();
            const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
            const text = cell.innerText.trim();
            return hit && (cell.contains(hit) || hit.contains(cell)) && b.width > 0 && /\d{4}-\d{2}-\d{2}/.test(text)
              ? null
              : `covered: ${text}`;
          })
          .filter(Boolean),
      );
      expect(covered).toEqual([]);
      const sla = await page.getByTestId('case-sla').first().innerText();
      expect(sla).toMatch(/已超时|即将超时|剩余|已停止计时/);
      await page.screenshot({ path: join(portal.shots, 'outlet-queue-hq.png') });
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 120_000);

    it('shows a newly opened complaint on page 1, and opens it from the queue', async () => {
      const { token } = await portal.apiLogin('bj0101.staff');
      const { customers } = await gql<{ customers: { items: { id: string; name: string }[] } }>(
        token,
        `query { customers(page: { page: 1, pageSize: 1 }) { items { id name } } }`,
        {},
      );
      const title = `e2e 新投诉 ${Date.now()}`;
      await gql(token, `mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { id } }`, {
        input: { customerId: customers.items[0].id, category: 'WAIT_TIME', severity: 'LOW', title, description: '客户反映等候时间过长。' },
      });
      const page = await portal.browser.newPage();
      await page.setViewportSize({ width: 1360, height: 900 });
      await openQueue(page, 'bj0101.staff');
      const row = queueRows(page).filter({ hasText: title });
      await row.waitFor({ timeout: 15_000 });
      const s = await statuses(page);
      const firstFinished = s.findIndex((x) => FINISHED.has(x));
      if (firstFinished >= 0)
        expect(
          s.slice(firstFinished).every((x) => FINISHED.has(x)),
          s.join(','),
        ).toBe(true);

      await row.getByTestId('case-open').click();
      const drawer = page.getByTestId('case-drawer');
      await drawer.getByText('客户反映等候时间过长。').waitFor({ timeout: 15_000 });
      await drawer.getByTestId('case-event').first().waitFor();
      await page.screenshot({ path: join(portal.shots, 'outlet-queue-drawer.png') });
      await drawer.getByTestId('case-drawer-customer').click();
      await page.getByTestId('customer-360').waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).pathname).toBe(`/outlet/customers/${customers.items[0].id}`);
      await page.close();
    }, 120_000);

    it('finds a customer by the last four digits of the phone and by the masked form; a no-result search shows the hint', async () => {
      const page = await portal.browser.newPage();
      await portal.logIn(page, 'bj0101.staff');
      await portal.tableRows(page).first().waitFor({ timeout: 30_000 });
      const rows = await portal.tableRows(page).evaluateAll((rs) => rs.map((r) => (r as HTMLElement).innerText));
      const withPhone = rows.find((r) => /1\d\d\*{4}\d{4}/.test(r))!;
      const masked = /1\d\d\*{4}\d{4}/.exec(withPhone)![0];
      const customerNo = /C\d{9}/.exec(withPhone)![0];
      const search = page.getByTestId('customer-search');
      for (const term of [masked.slice(-4), masked]) {
        await search.fill(term);
        await page.waitForFunction(
          ([no, last4]) => {
            const rs = [...document.querySelectorAll('[data-testid="customer-table"] tr.ant-table-row')] as HTMLElement[];
            return rs.length > 0 && rs.some((r) => r.innerText.includes(no)) && rs.every((r) => r.innerText.includes(last4));
          },
          [customerNo, masked.slice(-4)],
          { timeout: 15_000 },
        );
      }
      await page.screenshot({ path: join(portal.shots, 'outlet-search-last4.png') });
      await search.fill('查无此人zz');
      const hint = page.getByTestId('customer-search-hint');
      await hint.waitFor({ timeout: 15_000 });
      expect(await hint.innerText()).toMatch(/手机号后四位[\s\S]*138\*{4}5678/);
      await page.screenshot({ path: join(portal.shots, 'outlet-search-hint.png') });
      await page.close();
    }, 120_000);
  });
}
