import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PortalContext } from './portal-context';

/**
 * The portal's navigation as bank staff meet it (issue 9): each user lands where their work is
 * (branch head → cockpit, head office → dashboard, outlet staff → customer list); one level of
 * navigation (the shell's menu of every section, no side menu over the remotes' tabs); one h1 per
 * page in a main landmark, focus on it after each navigation; the 360 has a sticky section bar.
 */
export function navigationCases(portal: PortalContext) {
  const newPage = async () => {
    const page = await portal.browser.newPage();
    await page.setViewportSize({ width: 1360, height: 900 });
    return page;
  };
  const pathname = (page: Page) => page.evaluate(() => window.location.pathname);
  const headings = (page: Page) => page.locator('h1').allInnerTexts();
  const focusedHeading = (page: Page) =>
    page.evaluate(() => (document.activeElement?.tagName === 'H1' ? (document.activeElement as HTMLElement).innerText : null));
  /** the page's h1 is said once: no heading of the remote repeats it, and none skips a level below it */
  const expectTitleSaidOnce = async (page: Page) => {
    const title = (await headings(page))[0];
    const below = await page
      .locator('main :is(h2, h3, h4, h5, h6)')
      .evaluateAll((hs) => hs.map((h) => [h.tagName, (h as HTMLElement).innerText]));
    expect(below.map(([, text]) => text)).not.toContain(title);
    const first = below[0]?.[0];
    if (first) expect(first).toBe('H2');
  };
  /** the one level of navigation: the shell's menu, no side menu and no remote's tabs under it */
  const expectOneNavigationLevel = async (page: Page) => {
    expect(await page.locator('nav[aria-label="主导航"] .ant-menu').count()).toBe(1);
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    expect(await page.locator('main .ant-tabs-nav [data-testid^="nav-"]').count()).toBe(0);
  };

  describe('navigation: landing, one level, headings and focus', () => {
    it('lands the branch head on the cockpit', async () => {
      const page = await newPage();
      await portal.logIn(page, 'bj.head');
      await page.getByTestId('branch-cockpit').waitFor({ timeout: 30_000 });
      await page.getByTestId('branch-comparison').locator('tr.ant-table-row').first().waitFor({ timeout: 30_000 });
      expect(await pathname(page)).toBe('/branch');
      expect(await headings(page)).toEqual(['分行驾驶舱']);
      expect(await page.locator('main h1').count()).toBe(1);
      await expectTitleSaidOnce(page);
      await expectOneNavigationLevel(page);
      await page.screenshot({ path: join(portal.shots, 'landing-bj.head-zh.png') });
      await page.close();
    }, 90_000);

    it('lands the head-office analyst on the dashboard, every section of theirs one click away', async () => {
      const page = await newPage();
      await portal.logIn(page, 'hq.analyst');
      await page.getByTestId('head-office-dashboard').waitFor({ timeout: 30_000 });
      await page.getByTestId('tier-count-VIP').waitFor({ timeout: 30_000 });
      expect(await pathname(page)).toBe('/head-office');
      expect(await headings(page)).toEqual(['决策看板']);
      await expectTitleSaidOnce(page);
      await expectOneNavigationLevel(page);
      const menu = await page.locator('nav[aria-label="主导航"] a').allInnerTexts();
      expect(menu).toEqual(expect.arrayContaining(['客户', '投诉工单', '决策看板', '分层策略', '自助查询']));
      await page.screenshot({ path: join(portal.shots, 'landing-hq.analyst-zh.png') });

      // one click to another remote's section; focus lands on the new page's heading
      await page.getByTestId('nav-policy').click();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      expect(await focusedHeading(page)).toBe('分层策略');
      expect(await pathname(page)).toBe('/head-office/policy');
      await page.close();
    }, 90_000);

    it('lands outlet staff on the customer list; focus moves to the heading after navigation', async () => {
      const page = await newPage();
      await portal.logIn(page, 'bj0101.staff');
      await portal.tableRows(page).first().waitFor({ timeout: 30_000 });
      expect(await pathname(page)).toBe('/outlet');
      expect(await headings(page)).toEqual(['客户']);
      expect(await page.getByRole('main').count()).toBe(1);
      await expectOneNavigationLevel(page);
      await page.screenshot({ path: join(portal.shots, 'landing-bj0101.staff-zh.png') });

      await page.getByTestId('nav-cases').click();
      await page.waitForFunction(
        () => document.activeElement?.tagName === 'H1' && (document.activeElement as HTMLElement).innerText === '投诉工单',
      );
      expect(await pathname(page)).toBe('/outlet/cases');
      expect(await headings(page)).toEqual(['投诉工单']);
      await expectTitleSaidOnce(page);

      // navigation a remote makes (a row of the list opens the 360) moves focus the same way
      await page.getByTestId('nav-customers').click();
      await portal.tableRows(page).first().waitFor({ timeout: 30_000 });
      await page.locator('button, a, input').first().focus();
      await portal.tableRows(page).first().click();
      await page.getByTestId('customer-360').waitFor({ timeout: 15_000 });
      expect(await focusedHeading(page)).toBe('客户');
      await page.close();
    }, 90_000);

    it('gives the 360 a sticky section bar: 等级与评分 brings its section into view, and a deep link opens there', async () => {
      const page = await newPage();
      await portal.logIn(page, 'bj0101.staff');
      await portal.tableRows(page).first().click();
      await page.getByTestId('customer-360').waitFor({ timeout: 15_000 });
      const bar = page.getByTestId('c360-section-nav');
      await bar.waitFor({ timeout: 15_000 });
      await page.getByTestId('tier-section').waitFor({ timeout: 15_000 });
      await page.getByTestId('accounts-table').locator('tr.ant-table-row').first().waitFor({ timeout: 15_000 });
      expect(await bar.getByRole('link').allInnerTexts()).toEqual([
        '基本信息',
        '等级与评分',
        '账户',
        '交易流水',
        '接触记录',
        '服务工单',
        '客户需求',
        '关系',
        '满意度',
      ]);
      await page.screenshot({ path: join(portal.shots, 'customer-360-sections-top-zh.png') });

      const top = async (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top);
      expect(await top('#c360-surveys')).toBeGreaterThan(900); // far below the fold before
      await bar.getByRole('link', { name: '等级与评分' }).click();
      // the tier section is in view, just under the bar, which stays at the top of the window
      await page.waitForFunction(() => {
        const t = document.getElementById('c360-tier')!.getBoundingClientRect().top;
        return t >= 0 && t < 120;
      });
      expect(await top('[data-testid="c360-section-nav"]')).toBeLessThan(2);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
      expect(await page.evaluate(() => window.location.hash)).toBe('#c360-tier');
      expect(await bar.getByRole('link', { name: '等级与评分' }).getAttribute('aria-current')).toBe('location');
      await page.screenshot({ path: join(portal.shots, 'customer-360-sections-tier-zh.png') });

      // the deep link (path + section) opens the same customer at the section
      const url = page.url();
      expect(url).toMatch(/\/outlet\/customers\/\d+#c360-tier$/);
      await page.goto(url.replace('#c360-tier', '#c360-transactions'));
      await page.getByTestId('c360-section-nav').waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => {
        const t = document.getElementById('c360-transactions')?.getBoundingClientRect().top;
        return t !== undefined && t >= 0 && t < 120;
      });
      await page.close();
    }, 120_000);
  });
}
