import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PortalContext } from './portal-context';

/**
 * PII reveal, the minimum necessary (issue 9): a customer manager reveals one field — the phone — for a
 * purpose from the bank's list plus a note; only the phone shows in clear, the ID number stays masked,
 * and no answer before the reveal carried the clear phone.
 */
export function piiRevealCases(portal: PortalContext) {
  const choosePurpose = async (page: Page, label: string) => {
    await page.getByTestId('reveal-purpose').click();
    const option = page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${label}"]`);
    await option.waitFor();
    await option.click();
    // the list has closed (its leave animation done) before the dialog is looked at
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.ant-select-dropdown')].every((d) => d.classList.contains('ant-select-dropdown-hidden')),
    );
  };

  describe('customer 360: PII reveal, one field for a listed purpose', () => {
    it('reveals only the phone to bj0101.manager for 投诉处理; the ID number stays masked', async () => {
      const page = await portal.browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      const answers: string[] = [];
      page.on('response', (r) => {
        if (r.url().includes('/graphql') && r.request().method() === 'POST')
          void r.text().then(
            (t) => answers.push(t),
            () => undefined,
          );
      });
      await portal.logIn(page, 'bj0101.manager');
      // a customer manager lands on their ledger (issue 10): the customer list is one click away
      await page.getByTestId('nav-outlet').click();
      await portal.tableRows(page).first().waitFor({ timeout: 30_000 });
      await portal.tableRows(page).first().click();
      await page.getByTestId('customer-360').waitFor({ timeout: 15_000 });
      const maskedId = await page.getByTestId('pii-id-number').textContent();
      const maskedPhone = await page.getByTestId('pii-phone').textContent();
      expect(maskedId).toContain('*');
      expect(maskedPhone).toContain('*');

      await page.getByTestId('reveal-pii-phone').click();
      const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('reveal-form') });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain('查看完整手机号');
      await choosePurpose(page, '投诉处理');
      await page.getByTestId('reveal-note').fill('投诉工单核实联系方式');
      await dialog.screenshot({ path: join(portal.shots, 'pii-reveal-dialog-zh.png') });

      const revealAnswer = page.waitForResponse(
        (r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('OutletRevealCustomerPii'),
      );
      await page.getByTestId('reveal-confirm').click();
      const body = (await (await revealAnswer).json()) as { data: { revealCustomerPii: Record<string, unknown> } };
      // only the field asked for travels
      expect(
        Object.keys(body.data.revealCustomerPii)
          .filter((k) => k !== '__typename')
          .sort(),
      ).toEqual(['customerId', 'field', 'value']);
      expect(body.data.revealCustomerPii.field).toBe('PHONE');
      const phone = String(body.data.revealCustomerPii.value);
      expect(phone).toMatch(/^1\d{10}$/);

      await page.waitForFunction(
        () => document.querySelector('[data-testid="pii-phone"]')?.getAttribute('data-revealed') === 'true',
        null,
        {
          timeout: 15_000,
        },
      );
      expect(await page.getByTestId('pii-phone').textContent()).toBe(phone);
      expect(await page.getByTestId('pii-id-number').textContent()).toBe(maskedId);
      expect(await page.getByTestId('pii-id-number').getAttribute('data-revealed')).toBe('false');
      expect(await page.getByTestId('reveal-pii-id-number').count()).toBe(1);
      expect(await page.getByTestId('reveal-pii-phone').count()).toBe(0);
      await page.getByTestId('reveal-logged').waitFor();
      // the list and the 360 answered with masked values only
      expect(answers.filter((a) => !a.includes('revealCustomerPii')).some((a) => a.includes(phone))).toBe(false);
      await page.getByTestId('profile-card').screenshot({ path: join(portal.shots, 'pii-reveal-result-zh.png') });

      // the audit log has the one row: the phone, the purpose and the note
      const head = await portal.apiLogin('bj.head');
      const customerId = String(body.data.revealCustomerPii.customerId);
      const log = (await (
        await fetch(new URL('/graphql', portal.system.urls.gateway), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${head.token}` },
          body: JSON.stringify({
            query:
              'query($id: ID) { piiAccessLog(customerId: $id, page: { pageSize: 1 }) { items { staffUsername fields purposeCode note } } }',
            variables: { id: customerId },
          }),
        })
      ).json()) as { data: { piiAccessLog: { items: unknown[] } } };
      expect(log.data.piiAccessLog.items[0]).toEqual({
        staffUsername: 'bj0101.manager',
        fields: ['PHONE'],
        purposeCode: 'COMPLAINT_HANDLING',
        note: '投诉工单核实联系方式',
      });
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 120_000);
  });
}
