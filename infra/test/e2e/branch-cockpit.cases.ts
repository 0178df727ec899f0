import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PortalContext } from './portal-context';

/**
 * The branch cockpit as a branch head uses it (issue 9): the churn list follows the drill-down (its
 * total is the headline's at-risk count of the unit looked at), its names open the customer's 360,
 * its table fits its card at 1360 px, and the drill-down goes down to an outlet.
 */
export function branchCockpitCases(portal: PortalContext) {
  const digits = (s: string) => Number(s.replace(/[^\d]/g, ''));
  /** the headline: the unit's at-risk count in the KPI card */
  const headline = async (page: Page) => digits(await page.getByTestId('kpi-churnRisk').locator('.ant-statistic-content').innerText());
  /** the list's total, as its pagination says it ("… 共 424 条" / "… of 424"); 0 when empty */
  const listTotal = async (page: Page) => {
    const card = page.getByTestId('churn-risk-card');
    const text = await card.locator('.ant-pagination-total-text').innerText();
    const numbers = text.match(/[\d,]+/g) ?? ['0'];
    return digits(numbers[numbers.length - 1]);
  };
  /** wait until the churn list shows rows (or says none) for the unit now shown */
  const churnLoaded = async (page: Page) => {
    await page.waitForFunction(() => {
      const card = document.querySelector('[data-testid="churn-risk-card"]');
      return !!card && !card.querySelector('.ant-spin-spinning') && !!card.querySelector('tr.ant-table-row, .ant-empty');
    });
  };
  const openCockpit = async (page: Page) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    await portal.logIn(page, 'bj.head');
    await page.getByTestId('nav-branch').click();
    await page.getByTestId('branch-comparison').locator('tr.ant-table-row').first().waitFor({ timeout: 30_000 });
  };
  /** drill into the first child of the unit shown; returns its name */
  const drill = async (page: Page) => {
    const link = page.getByTestId('branch-comparison').getByTestId('drill-unit').first();
    const name = await link.innerText();
    await link.click();
    await page.waitForFunction((n) => document.querySelector('[data-testid="cockpit-unit"]')?.textContent === n, name, {
      timeout: 30_000,
    });
    await page.getByTestId('unit-kpis').waitFor({ timeout: 30_000 });
    await churnLoaded(page);
    return name;
  };
  const level = (page: Page) => page.getByTestId('cockpit-level').innerText();

  describe('branch cockpit: drill-down and churn list', () => {
    it('lists, inside a sub-branch, only its at-risk customers: the list total equals the headline', async () => {
      const page = await portal.browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await openCockpit(page);
      await churnLoaded(page);
      expect(await listTotal(page)).toBe(await headline(page)); // the branch itself
      await drill(page);
      expect(await level(page)).toBe('支行');
      const atRisk = await headline(page);
      expect(atRisk).toBeGreaterThan(0);
      expect(await listTotal(page)).toBe(atRisk);
      await page.screenshot({ path: join(portal.shots, 'branch-cockpit-sub-branch-zh.png'), fullPage: true });
      await page.getByTestId('lang-switch').getByText('English').click();
      await page.waitForFunction(() => /Branch cockpit/i.test(document.querySelector('[data-testid="branch-cockpit"]')?.textContent ?? ''));
      await churnLoaded(page);
      await page.screenshot({ path: join(portal.shots, 'branch-cockpit-sub-branch-en.png'), fullPage: true });
      await page.getByTestId('lang-switch').getByText('中文').click(); // the profile keeps the language: leave it as found
      await page.waitForFunction(() => /分行驾驶舱/.test(document.querySelector('[data-testid="branch-cockpit"]')?.textContent ?? ''));
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 150_000);

    it('fits the churn table in its card at 1360 px, and its names open the customer’s 360', async () => {
      const page = await portal.browser.newPage();
      await openCockpit(page);
      await churnLoaded(page);
      const widths = await page.evaluate(() => {
        const card = document.querySelector('[data-testid="churn-risk-card"] .ant-card-body') as HTMLElement;
        const table = document.querySelector('[data-testid="churn-risk"] table') as HTMLElement;
        const scroller = (document.querySelector('[data-testid="churn-risk"] .ant-table-content') ??
          document.querySelector('[data-testid="churn-risk"] .ant-table-body')) as HTMLElement;
        return {
          card: card.clientWidth,
          table: table.getBoundingClientRect().width,
          scroll: scroller.scrollWidth,
          view: scroller.clientWidth,
        };
      });
      expect(widths.table).toBeLessThanOrEqual(widths.card);
      expect(widths.scroll).toBeLessThanOrEqual(widths.view);
      await page.getByTestId('churn-risk-card').screenshot({ path: join(portal.shots, 'branch-churn-risk-fit-zh.png') });

      const link = page.getByTestId('churn-risk').locator('tr.ant-table-row').first().getByTestId('churn-customer');
      await page.waitForFunction(() => !!document.querySelector('[data-testid="churn-customer"]'), null, { timeout: 15_000 });
      const name = await link.innerText();
      expect(await link.getAttribute('href')).toMatch(/^\/outlet\/customers\/\d+$/);
      await link.click();
      await page.getByTestId('customer-360').waitFor({ timeout: 30_000 });
      await page.waitForFunction((n) => (document.querySelector('[data-testid="customer-360"]')?.textContent ?? '').includes(n), name, {
        timeout: 30_000,
      });
      expect(new URL(page.url()).pathname).toMatch(/^\/outlet\/customers\/\d+$/);
      await page.close();
    }, 150_000);

    it('drills down to an outlet: its own roll-up, tier mix and churn list', async () => {
      const page = await portal.browser.newPage();
      await openCockpit(page);
      await drill(page); // sub-branch
      await drill(page); // outlet
      expect(await level(page)).toBe('网点');
      await page.getByTestId('tier-distribution').waitFor();
      const atRisk = await headline(page);
      expect(await listTotal(page)).toBe(atRisk);
      await page.screenshot({ path: join(portal.shots, 'branch-cockpit-outlet-zh.png'), fullPage: true });
      await page.getByTestId('lang-switch').getByText('English').click();
      await page.waitForFunction(() => /Branch cockpit/i.test(document.querySelector('[data-testid="branch-cockpit"]')?.textContent ?? ''));
      await churnLoaded(page);
      await page.screenshot({ path: join(portal.shots, 'branch-cockpit-outlet-en.png'), fullPage: true });
      await page.getByTestId('lang-switch').getByText('中文').click();
      await page.waitForFunction(() => /分行驾驶舱/.test(document.querySelector('[data-testid="branch-cockpit"]')?.textContent ?? ''));
      await page.close();
    }, 150_000);
  });
}
