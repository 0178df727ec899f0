import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PortalContext } from './portal-context';

/**
 * Charts that tell the truth (issue 9): the head office's value pyramid is drawn top = VIP in the
 * tier ranking (not by size), and an amount axis reads as a Chinese bank reads it: 万/亿 with
 * thousands separators. Charts render as SVG, so their words are in the DOM.
 */
export function chartsCases(portal: PortalContext) {
  /** The chart's texts, top to bottom (then left to right). */
  const chartTexts = async (page: Page, testId: string) =>
    page.getByTestId(testId).evaluate((box) =>
      [...box.querySelectorAll('svg text')]
        .map((el) => ({ text: (el.textContent ?? '').trim(), rect: el.getBoundingClientRect() }))
        .filter((x) => x.text)
        .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left)
        .map((x) => x.text),
    );
  /** A number with separators every three digits, an optional decimal part and an optional 万/亿/% unit. */
  const BANK_NUMBER = /^[¥-]?\d{1,3}(,\d{3})*(\.\d+)?(万|亿|%)?$/;

  /** A page in Chinese whatever an earlier test chose (the language is remembered in the browser). */
  const zhPage = async () => {
    const page = await portal.browser.newPage();
    await page.addInitScript(() => localStorage.setItem('bank-crm.lang', 'zh-CN'));
    await page.setViewportSize({ width: 1360, height: 900 });
    return page;
  };

  describe('charts (issue 9)', () => {
    it('draws the value pyramid top = VIP and amounts in 万/亿 with separators (head office, zh-CN)', async () => {
      const page = await zhPage();
      await portal.logIn(page, 'hq.analyst');
      await page.getByTestId('nav-headOffice').click();
      await page.getByTestId('tier-count-VIP').waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="tier-pyramid"] svg text').first().waitFor({ timeout: 15_000 });

      const pyramidOrder = (await chartTexts(page, 'tier-pyramid'))
        .map((s) => ['贵宾', '关键', '重点', '价值', '基本'].find((tier) => s.startsWith(tier)))
        .filter((x) => x != null);
      expect(pyramidOrder).toEqual(['贵宾', '关键', '重点', '价值', '基本']);

      await page.getByTestId('branch-chart').locator('..').locator('..').getByText('存款', { exact: true }).click();
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid="branch-chart"] svg text')].some((t) => /[万亿]/.test(t.textContent ?? '')),
      );
      const labels = (await chartTexts(page, 'branch-chart')).filter((s) => /^[¥-]?\d/.test(s));
      expect(
        labels.some((s) => /[万亿]$/.test(s)),
        labels.join(' '),
      ).toBe(true);
      for (const s of labels) expect(s).toMatch(BANK_NUMBER);
      await page.screenshot({ path: join(portal.shots, 'charts-head-office-dashboard-zh.png'), fullPage: true });
      await page.close();
    }, 120_000);

    it('draws the branch tier mix as a pyramid top = VIP (cockpit, zh-CN)', async () => {
      const page = await zhPage();
      await portal.logIn(page, 'bj.head');
      await page.getByTestId('nav-branch').click();
      await page.locator('[data-testid="branch-tier-pie"] svg text').first().waitFor({ timeout: 30_000 });
      const order = (await chartTexts(page, 'branch-tier-pie'))
        .map((s) => ['贵宾', '关键', '重点', '价值', '基本'].find((tier) => s.startsWith(tier)))
        .filter((x) => x != null);
      expect(order).toEqual(['贵宾', '关键', '重点', '价值', '基本']);
      await page.screenshot({ path: join(portal.shots, 'charts-branch-cockpit-zh.png'), fullPage: true });
      await page.close();
    }, 120_000);
  });
}
