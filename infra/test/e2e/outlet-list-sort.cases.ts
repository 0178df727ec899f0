import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PortalContext } from './portal-context';

/**
 * The outlet list sorted and filtered on the server (issue 9), in the real browser against the seeded
 * bank: a click on the AUM header orders the page by AUM (largest first, aria-sort on the header), a
 * tier filter shows only that tier's tags, and a reload keeps filter, order and page (the URL).
 */
export function outletListSortCases(portal: PortalContext) {
  const aums = (page: Page) =>
    page.locator('[data-testid="customer-table"] [data-testid="customer-aum"]').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  /** 1.23亿元 / 3,500万元 / ¥9,000 → yuan, to compare the order */
  const yuan = (s: string) => {
    const n = Number(s.replace(/[^\d.]/g, ''));
    return s.includes('亿') ? n * 1e8 : s.includes('万') ? n * 1e4 : n;
  };

  describe('outlet customer list: server sort and filters', () => {
    it('sorts by AUM from the header, filters by tier, and keeps both over a reload', async () => {
      const page = await portal.browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await portal.logIn(page, 'bj0101.staff');
      await portal.tableRows(page).first().waitFor({ timeout: 30_000 });

      const aumHeader = page.locator('[data-testid="customer-table"] th').filter({ hasText: '管理资产' });
      await aumHeader.click();
      await expect.poll(() => aumHeader.getAttribute('aria-sort'), { timeout: 15_000 }).toBe('descending');
      await expect.poll(() => page.evaluate(() => window.location.search), { timeout: 15_000 }).toContain('sort=AUM');
      await expect
        .poll(
          async () => {
            const v = (await aums(page)).map(yuan);
            return v.length > 1 && v.every((x, i) => i === 0 || v[i - 1] >= x);
          },
          { timeout: 15_000 },
        )
        .toBe(true);

      await page.goto(`${page.url().split('?')[0]}?tier=BASIC&sort=AUM&dir=DESC`);
      await portal.tableRows(page).first().waitFor({ timeout: 30_000 });
      await expect
        .poll(
          () =>
            page
              .locator('[data-testid="customer-table"] [data-tier]')
              .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-tier')))]),
          {
            timeout: 15_000,
          },
        )
        .toEqual(['BASIC']);
      await page.reload();
      await portal.tableRows(page).first().waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => window.location.search)).toContain('tier=BASIC');
      expect(await aumHeader.getAttribute('aria-sort')).toBe('descending');
      await page.getByTestId('customer-filters').screenshot({ path: join(portal.shots, 'outlet-list-filters-zh.png') });
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 120_000);
  });
}
