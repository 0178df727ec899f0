import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';
import { reply } from '@crm/ui-kit/testing/fake-gateway';
import { CustomerCountsQuery, CustomerListQuery, OutletUnitsQuery, type CustomerRow } from '../src/customers/customers.queries';
import { fakeGateway, renderOutlet } from './fake-gateway';

// canvas is not available in happy-dom; the chart wrapper is the kit's, tested there
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

/**
 * The list's columns, server-side sort and filters, kept in the URL. The fake gateway answers the
 * same rows whatever the variables: what is tested is what the page sends and shows.
 */
const outlet = { id: '12', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' };
const sibling = { id: '13', name: '望京网点', nameEn: 'Wangjing Outlet' };
const rows: CustomerRow[] = [
  {
    id: '1',
    customerNo: 'C00000001',
    kind: 'INDIVIDUAL',
    name: '张三',
    idNumber: '110***********1234',
    phone: '138****0001',
    status: 'ACTIVE',
    tier: 'VIP',
    aum: 123_456_789,
    // 23:30 UTC is already the next day in Beijing
    lastContactAt: '2025-03-31T23:30:00Z',
    homeOrgUnit: outlet,
    manager: { id: '31', employment: 'FULL_TIME', staff: { id: '31', name: '赵敏' } },
  },
  {
    id: '2',
    customerNo: 'C00000002',
    kind: 'INDIVIDUAL',
    name: '李四',
    idNumber: '110***********5678',
    phone: null,
    status: 'DORMANT',
    tier: null,
    aum: 56_000,
    lastContactAt: null,
    homeOrgUnit: sibling,
    manager: null,
  },
];

const gateway = () =>
  fakeGateway({
    OutletCustomerList: reply(CustomerListQuery, (v) => ({
      data: { customers: { total: 2, page: v.page?.page ?? 1, pageSize: v.page?.pageSize ?? 20, items: rows } },
    })),
    OutletCustomerCounts: reply(CustomerCountsQuery, () => ({
      data: { customerCounts: { total: 2, individual: 2, corporate: 0, active: 1, dormant: 1, closed: 0 } },
    })),
    OutletListUnits: reply(OutletUnitsQuery, () => ({ data: { myOrgUnit: outlet, orgUnits: [sibling] } })),
  });

const tableRows = () => screen.getByTestId('customer-table').querySelectorAll('tr.ant-table-row');
const header = (title: string) => screen.getAllByRole('columnheader').find((th) => th.textContent?.includes(title))!;
/** Opens an antd Select and picks the option with this title. */
async function pick(testId: string, option: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.closest('.ant-select') ?? select);
  const candidates = await screen.findAllByTitle(option);
  fireEvent.click(candidates.find((el) => el.closest('.ant-select-item-option')) ?? candidates[0]);
}

beforeEach(async () => {
  window.history.replaceState(null, '', '/outlet');
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('customer list columns', () => {
  it('shows tier, AUM in 万/亿, last contact on the bank’s calendar, status and unit', async () => {
    renderOutlet(gateway(), '/outlet');
    await waitFor(() => expect(tableRows()).toHaveLength(2));
    for (const title of ['客户分层', '管理资产', '最近联系', '状态', '归属网点']) expect(header(title)).toBeTruthy();
    const [first, second] = [...tableRows()] as HTMLElement[];
    expect(within(first).getByText('贵宾')).toBeTruthy();
    expect(first.textContent).toContain('1.23亿元');
    expect(first.textContent).toContain('2025-04-01');
    expect(within(second).getByText('未定级')).toBeTruthy();
    expect(second.textContent).toContain('5.6万元');
    expect(second.textContent).toContain('从未联系');
    expect(second.textContent).toContain('望京网点');
  });

  it('speaks English in English, with the same figures', async () => {
    renderOutlet(gateway(), '/outlet');
    await waitFor(() => expect(tableRows()).toHaveLength(2));
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    for (const title of ['Tier', 'AUM', 'Last contact', 'Status', 'Home outlet']) expect(header(title)).toBeTruthy();
    const [first, second] = [...tableRows()] as HTMLElement[];
    expect(first.textContent).toContain('¥123.46M');
    expect(second.textContent).toContain('Never');
    expect(screen.getByTestId('customer-filters').textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('has no English in the Chinese filters and headers', async () => {
    renderOutlet(gateway(), '/outlet');
    await waitFor(() => expect(tableRows()).toHaveLength(2));
    const words = [
      ...screen.getAllByRole('columnheader').map((th) => th.textContent ?? ''),
      // antd's own icons name themselves ("down"): the portal-wide icon set, not this page's words
      ...[...screen.getByTestId('customer-filters').querySelectorAll('[aria-label]:not(.anticon), input[placeholder]')].map(
        (el) => `${el.getAttribute('aria-label') ?? ''}${el.getAttribute('placeholder') ?? ''}`,
      ),
    ].join(' ');
    expect(words.match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
  });
});

describe('sorted on the server from the headers', () => {
  it('sends the key and direction, marks the header with aria-sort, and keeps it in the URL', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet');
    await waitFor(() => expect(tableRows()).toHaveLength(2));
    expect(header('管理资产').getAttribute('aria-sort')).toBeNull();

    fireEvent.click(header('管理资产'));
    await waitFor(() => expect(gw.last('OutletCustomerList')).toMatchObject({ sort: 'AUM', direction: 'DESC', page: { page: 1 } }));
    await waitFor(() => expect(header('管理资产').getAttribute('aria-sort')).toBe('descending'));
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('AUM');

    fireEvent.click(header('管理资产'));
    await waitFor(() => expect(gw.last('OutletCustomerList')).toMatchObject({ sort: 'AUM', direction: 'ASC' }));
    await waitFor(() => expect(header('管理资产').getAttribute('aria-sort')).toBe('ascending'));
    expect(window.location.search).toContain('dir=ASC');

    // names start A→Z; the tier starts at the top
    fireEvent.click(header('姓名'));
    await waitFor(() => expect(gw.last('OutletCustomerList')).toMatchObject({ sort: 'NAME', direction: 'ASC' }));
    expect(header('管理资产').getAttribute('aria-sort')).toBeNull();
    fireEvent.click(header('客户分层'));
    await waitFor(() => expect(gw.last('OutletCustomerList')).toMatchObject({ sort: 'TIER', direction: 'DESC' }));
    for (const [title, sort] of [
      ['最近联系', 'LAST_CONTACT'],
      ['状态', 'STATUS'],
      ['归属网点', 'UNIT'],
    ]) {
      fireEvent.click(header(title));
      await waitFor(() => expect(gw.last('OutletCustomerList')).toMatchObject({ sort }));
    }
  });
});

describe('filtered on the server', () => {
  it('sends tier, AUM (万元 → yuan), status, unit and "not contacted for", back to page 1, all in the URL', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet?page=2');
    await waitFor(() => expect(gw.last('OutletCustomerList')).toMatchObject({ page: { page: 2 } }));

    await pick('filter-tier', '贵宾');
    await waitFor(() => expect(gw.last('OutletCustomerList')).toMatchObject({ filter: { tiers: ['VIP'] }, page: { page: 1 } }));

    fireEvent.change(screen.getByTestId('filter-aum-min'), { target: { value: '50' } });
    fireEvent.blur(screen.getByTestId('filter-aum-min'));
    await waitFor(() => expect(gw.last('OutletCustomerList')?.filter).toMatchObject({ aumMin: 500_000 }));

    await pick('filter-status', '正常');
    await pick('filter-unit', '望京网点');
    await pick('filter-silent', '超过 90 天未联系');
    await waitFor(() =>
      expect(gw.last('OutletCustomerList')?.filter).toEqual({
        tiers: ['VIP'],
        aumMin: 500_000,
        status: 'ACTIVE',
        homeOrgUnitId: '13',
        notContactedForDays: 90,
      }),
    );
    // the summary counts the same customers (it splits by kind itself)
    await waitFor(() => expect(gw.last('OutletCustomerCounts')?.filter).toEqual(gw.last('OutletCustomerList')?.filter));
    const url = new URLSearchParams(window.location.search);
    expect(Object.fromEntries(url)).toEqual({ tier: 'VIP', aumMin: '500000', status: 'ACTIVE', unit: '13', silent: '90' });

    fireEvent.click(screen.getByTestId('filter-clear'));
    await waitFor(() => expect(gw.last('OutletCustomerList')?.filter).toEqual({}));
    expect(window.location.search).toBe('');
  });

  it('comes back from the URL as it was left (a reload, Back from a 360)', async () => {
    const gw = gateway();
    renderOutlet(
      gw,
      '/outlet?q=张&tier=VIP,KEY&aumMin=500000&aumMax=2000000&status=ACTIVE&unit=13&silent=90&sort=TIER&dir=ASC&page=2&size=50',
    );
    await waitFor(() =>
      expect(gw.last('OutletCustomerList')).toEqual({
        filter: {
          search: '张',
          tiers: ['VIP', 'KEY'],
          aumMin: 500_000,
          aumMax: 2_000_000,
          status: 'ACTIVE',
          homeOrgUnitId: '13',
          notContactedForDays: 90,
        },
        page: { page: 2, pageSize: 50 },
        sort: 'TIER',
        direction: 'ASC',
      }),
    );
    await waitFor(() => expect(header('客户分层').getAttribute('aria-sort')).toBe('ascending'));
    expect((screen.getByTestId('customer-search') as HTMLInputElement).value).toBe('张');
    expect((screen.getByTestId('filter-aum-min') as HTMLInputElement).value).toBe('50.00');
    expect((screen.getByTestId('filter-aum-max') as HTMLInputElement).value).toBe('200.00');
    expect(screen.getByTestId('customer-filters').textContent).toContain('超过 90 天未联系');
  });

  it('drops what the API would refuse from a hand-typed link', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet?tier=PLATINUM,VIP&aumMin=-5&aumMax=abc&silent=0&sort=PHONE&status=GONE&size=7');
    await waitFor(() =>
      expect(gw.last('OutletCustomerList')).toEqual({
        filter: { tiers: ['VIP'] },
        page: { page: 1, pageSize: 20 },
        sort: 'NEWEST',
        direction: 'DESC',
      }),
    );
  });
});
