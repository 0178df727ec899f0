import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';

// canvas is not available in happy-dom; the chart wrapper is the kit's, tested there
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, renderOutlet } from './fake-gateway';
import { accounts, customer360, interactions, transactions } from './fixtures';
import { C360_SECTIONS } from '../src/customer360/customer360.sections';

const gateway = () =>
  fakeGateway({
    OutletCustomer360: () => ({ data: { customer: customer360() } }),
    OutletCustomerAccounts: ({ id }) => ({ data: { customer: { id, accounts } } }),
    OutletCustomerTransactions: ({ id }) => ({
      data: { customer: { id, transactions: { total: transactions.length, page: 1, pageSize: 10, items: transactions.slice(0, 10) } } },
    }),
    OutletCustomerInteractions: ({ id }) => ({
      data: { customer: { id, interactions: { total: interactions.length, items: interactions } } },
    }),
  });

let scrolled: string[] = [];
beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
  scrolled = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.id);
  };
});
afterEach(cleanup);

describe('customer 360: section navigation', () => {
  it('has a sticky bar naming every section, each a link to a section on the page, in page order', async () => {
    renderOutlet(gateway(), '/outlet/customers/1');
    const nav = await screen.findByRole('navigation', { name: '客户信息分区' });
    expect(nav.style.position).toBe('sticky');
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
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
    // every link has its section, and the sections follow the bar's order
    const targets = links.map((a) => document.getElementById(a.getAttribute('href')!.slice(1)));
    expect(targets.every(Boolean)).toBe(true);
    const onPage = Array.from(document.querySelectorAll('[data-c360-section]')).map((e) => e.getAttribute('data-c360-section'));
    expect(onPage).toEqual([...C360_SECTIONS]);
    // the tier section is inside its block, the accounts table inside its own
    expect(document.getElementById('c360-tier')!.contains(screen.getByTestId('tier-section'))).toBe(true);
    await waitFor(() => expect(document.getElementById('c360-accounts')!.querySelector('[data-testid="accounts-table"]')).toBeTruthy());
  });

  it('brings a section into view on a click, focuses it and keeps the deep link in the URL', async () => {
    renderOutlet(gateway(), '/outlet/customers/1');
    const link = await screen.findByTestId('c360-nav-tier');
    await act(async () => {
      fireEvent.click(link);
    });
    expect(scrolled).toEqual(['c360-tier']);
    expect(document.activeElement).toBe(document.getElementById('c360-tier'));
    expect(window.location.pathname).toBe('/outlet/customers/1');
    expect(window.location.hash).toBe('#c360-tier');
    expect(link.getAttribute('aria-current')).toBe('location');
    expect(screen.getByTestId('c360-nav-profile').getAttribute('aria-current')).toBeNull();
  });

  it('opens a deep link at its section once the customer is on the page', async () => {
    renderOutlet(gateway(), '/outlet/customers/1#c360-cases');
    await screen.findByTestId('c360-section-nav');
    await waitFor(() => expect(scrolled).toEqual(['c360-cases']));
    expect(screen.getByTestId('c360-nav-cases').getAttribute('aria-current')).toBe('location');
  });

  it('speaks English when the portal does', async () => {
    renderOutlet(gateway(), '/outlet/customers/1');
    await screen.findByTestId('c360-section-nav');
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getByRole('navigation', { name: 'Customer sections' })).toBeTruthy();
    expect(screen.getByTestId('c360-nav-tier').textContent).toBe('Tier & scores');
  });
});
