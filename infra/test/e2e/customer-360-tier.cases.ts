import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PortalContext } from './portal-context';

/**
 * The 360's "Tier & scores" as a teller reads it (issue 9): the radar has the five degrees (五度), a
 * degree with no measurement says so in words, and "why this tier" is a sentence of labels, amounts
 * in 万/亿, ≥/≤ and the tier's name — never the engine's codes (WEIGHTED_ASSETS) or operators (>=).
 */
export function customer360TierCases(portal: PortalContext) {
  const openFirstCustomer = async (page: Page) => {
    await portal.logIn(page, 'bj0101.staff');
    await portal.tableRows(page).first().waitFor({ timeout: 30_000 });
    await portal.tableRows(page).first().click();
    await page.getByTestId('customer-360').waitFor({ timeout: 15_000 });
    await page.getByTestId('tier-section').waitFor({ timeout: 15_000 });
  };
  const axes = (page: Page) =>
    page
      .getByTestId('score-radar-axes')
      .locator('[data-degree]')
      .evaluateAll((els) => els.map((e) => ({ degree: e.getAttribute('data-degree'), text: (e as HTMLElement).innerText })));

  describe('customer 360: tier and scores', () => {
    it('draws five degrees on the radar and says why the tier in Chinese words, then in English', async () => {
      const page = await portal.browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await openFirstCustomer(page);
      await page.getByTestId('score-radar-axes').waitFor({ timeout: 15_000 });

      const zhAxes = await axes(page);
      expect(zhAxes.map((a) => a.degree)).toEqual(['value', 'contribution', 'loyalty', 'satisfaction', 'relevance']);
      expect(zhAxes.map((a) => a.text.split(/\s/)[0])).toEqual(['价值度', '贡献度', '忠诚度', '满意度', '关联度']);
      // each degree: a 0–100 number, or 未测评 — never empty
      for (const a of zhAxes) expect(a.text).toMatch(/(\d+(\.\d)?|未测评)$/);

      const sentence = await page.getByTestId('tier-explanation').innerText();
      expect(sentence).toMatch(/→ \S+客户/);
      expect(sentence).not.toMatch(/[A-Z]{2,}_[A-Z]|>=|<=|policy|VALUE_PYRAMID|→ [A-Z]/);
      expect(sentence).toMatch(/[万亿]元|不满足/);
      const section = await page.getByTestId('tier-section').innerText();
      expect(section).not.toMatch(/WEIGHTED_ASSETS|VALUE_PYRAMID|>=/);
      await page.getByTestId('tier-section').screenshot({ path: join(portal.shots, 'customer-360-tier-zh.png') });

      await page.getByTestId('lang-switch').getByText('English').click();
      await page.waitForFunction(() => /Why this tier/.test(document.querySelector('[data-testid="tier-section"]')?.textContent ?? ''));
      const enAxes = await axes(page);
      expect(enAxes.map((a) => a.text.split(/\s/)[0])).toEqual(['Value', 'Contribution', 'Loyalty', 'Satisfaction', 'Relevance']);
      const en = await page.getByTestId('tier-explanation').innerText();
      expect(en).not.toMatch(/[A-Z]{2,}_[A-Z]|>=|<=|[\u4e00-\u9fff]/);
      await page.getByTestId('tier-section').screenshot({ path: join(portal.shots, 'customer-360-tier-en.png') });
      await page.getByTestId('lang-switch').getByText('中文').click(); // the profile keeps the language: leave it as found
      await page.waitForFunction(() => /为什么/.test(document.querySelector('[data-testid="tier-section"]')?.textContent ?? ''));
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 120_000);
  });
}
