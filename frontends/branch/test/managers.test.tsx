import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { initPortalI18n } from '@crm/ui-kit';
import { reply } from '@crm/ui-kit/testing/fake-gateway';

// canvas is not available in happy-dom; the chart wrapper is the kit's, tested there
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, leader, renderBranch, type Handler } from './fake-gateway';
import { chaoyangUnit, myUnit } from './fixtures';
import {
  ApproveTransferMutation,
  AssignCustomersMutation,
  ManagerCustomersQuery,
  MoveTargetsQuery,
  PendingTransfersQuery,
  RejectTransferMutation,
  ScorecardsQuery,
  TransferPortfolioMutation,
  type ManagerCustomer,
  type MoveTarget,
  type PortfolioTransfer,
  type Scorecard,
  type ScorecardLine,
} from '../src/managers/managers.queries';
import { scorecardMonths } from '../src/managers/scorecards.card';
import { moveErrorText } from '../src/managers/move-errors';
import { en, zh } from '../src/branch.i18n';

/**
 * The cockpit's managers: scorecards compared for the unit looked at, and — for a leader who may
 * reassign — moving customers between managers, with the maker-checker state said as it is.
 */
const outletA = { id: '12', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' };
const zhao = {
  id: '31',
  employment: 'FULL_TIME',
  grade: 'SENIOR',
  portfolioSize: 120,
  capacity: 800,
  staff: { id: '31', name: '赵敏' },
  orgUnit: outletA,
} as const;
const sun = {
  ...zhao,
  id: '32',
  employment: 'PART_TIME',
  grade: 'JUNIOR',
  portfolioSize: 40,
  capacity: 300,
  staff: { id: '32', name: '孙磊' },
} as const;
const wu = { ...zhao, id: '34', portfolioSize: 0, staff: { id: '34', name: '吴芳' } } as const;

const line = (measure: ScorecardLine['measure'], over: Partial<ScorecardLine> = {}): ScorecardLine => ({
  measure,
  penalty: false,
  actual: null,
  target: null,
  achievement: null,
  weight: 10,
  points: null,
  ...over,
});
const scored: Scorecard = {
  period: '2025-03',
  customers: 118,
  total: 76.22,
  scoredWeight: 100,
  manager: zhao,
  lines: [
    line('DEPOSIT_STOCK', { actual: 35_000_000, target: 40_000_000, achievement: 0.875, weight: 30, points: 26.25 }),
    line('DEPOSIT_GROWTH', { actual: 1_200_000, target: 1_000_000, achievement: 1.2, weight: 15, points: 18 }),
    line('LOAN_STOCK', { actual: 8_000_000, target: 8_000_000, achievement: 1, weight: 15, points: 15 }),
    line('LOAN_GROWTH', { actual: -50_000, target: 100_000, achievement: 0, weight: 10, points: 0 }),
    line('NEW_OVERDUE_LOANS', { penalty: true, actual: 2, weight: 6, points: -4 }),
    line('INTERMEDIARY_INCOME', { actual: 12_000, target: 15_000, achievement: 0.8, weight: 10, points: 8 }),
    line('NEW_BASIC_ACCOUNTS', { actual: 3, target: 4, achievement: 0.75, weight: 5, points: 3.75 }),
    line('SATISFACTION', { actual: null, target: 4.5, weight: 10 }),
    line('ON_TIME_TASK_RATE', { actual: 0.9, target: 1, achievement: 0.9, weight: 5, points: 4.5 }),
  ],
};
const unscored: Scorecard = {
  ...scored,
  customers: 40,
  total: null,
  manager: sun,
  lines: scored.lines.map((l) => ({ ...l, target: null, achievement: null, points: null })),
};
const targets: MoveTarget[] = [zhao, sun, wu].map(({ grade: _g, ...m }) => m);
const portfolio: ManagerCustomer[] = Array.from({ length: 12 }, (_, i) => ({
  id: String(100 + i),
  customerNo: `C${String(100 + i).padStart(8, '0')}`,
  name: `客户${i + 1}`,
  tier: 'KEY',
  aum: 500_000 + i,
  homeOrgUnit: outletA,
}));
const pending = (over: Partial<PortfolioTransfer> = {}): PortfolioTransfer => ({
  id: '7',
  status: 'PENDING',
  reason: 'MANAGER_LEFT',
  handoverNote: '赵敏调往总行',
  customerCount: 118,
  movedCount: null,
  requestedAt: '2025-03-31T02:00:00Z',
  decidedAt: null,
  decisionNote: null,
  version: 1,
  requestedBy: { id: '9', name: '王强' },
  decidedBy: null,
  fromManager: { id: '31', staff: { id: '31', name: '赵敏' } },
  toManager: { id: '34', staff: { id: '34', name: '吴芳' } },
  ...over,
});

function gateway(extra: Record<string, Handler> = {}, transfers: PortfolioTransfer[] = []) {
  return fakeGateway({
    BranchScoreAsOfDates: () => ({ data: { scoreAsOfDates: ['2025-03-31'] } }),
    BranchMyUnit: () => ({ data: { myOrgUnit: myUnit } }),
    BranchUnit: ({ id }) => ({
      data: { myOrgUnit: { id: '3', name: '北京分行', nameEn: 'Beijing Branch' }, orgUnit: id === '7' ? chaoyangUnit : null },
    }),
    BranchTierMovements: () => ({ data: { tierMovements: { items: [], total: 0, page: 1, pageSize: 10 } } }),
    BranchChurnRisk: () => ({ data: { churnRiskCustomers: { items: [], total: 0, page: 1, pageSize: 10 } } }),
    BranchScorecards: reply(ScorecardsQuery, (v) => ({
      data: { scorecards: { items: [scored, unscored], total: 2, page: v.page, pageSize: 20 } },
    })),
    BranchPendingTransfers: reply(PendingTransfersQuery, () => ({
      data: { portfolioTransfers: { total: transfers.length, items: transfers } },
    })),
    BranchMoveTargets: reply(MoveTargetsQuery, () => ({ data: { customerManagers: { total: 3, items: targets } } })),
    BranchManagerCustomers: reply(ManagerCustomersQuery, (v) => {
      const { page = 1, pageSize = 10 } = v.page ?? {};
      return {
        data: { customers: { total: portfolio.length, page, pageSize, items: portfolio.slice((page - 1) * pageSize, page * pageSize) } },
      };
    }),
    ...extra,
  });
}

const rowsOf = (testId: string) => [...screen.getByTestId(testId).querySelectorAll('tr.ant-table-row')] as HTMLElement[];
async function pick(testId: string, option: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.closest('.ant-select') ?? select);
  const candidates = await screen.findAllByTitle(option);
  fireEvent.click(candidates.find((el) => el.closest('.ant-select-item-option')) ?? candidates[0]);
}
const dialog = () => screen.getByRole('dialog');
/** The OK button of the open Popconfirm (the trigger carries the same word). */
const confirmButton = async () => (await screen.findAllByRole('button', { name: /^批\s?准$/ })).find((b) => b.closest('.ant-popover'))!;

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('managers’ scorecards compared', () => {
  it('shows each manager’s achievement per measure, the penalty and the total, for the unit looked at and the month', async () => {
    const gw = gateway();
    renderBranch(gw);
    await waitFor(() => expect(rowsOf('scorecards')).toHaveLength(2));
    // the month just closed by default: the current one has no month-end balances yet, nor targets
    expect(gw.last('BranchScorecards')).toEqual({ orgUnitId: null, period: scorecardMonths()[1], page: 1 });
    const [first, second] = rowsOf('scorecards');
    expect(first.textContent).toContain('赵敏');
    expect(first.textContent).toContain('朝阳路网点 · 专职 · 高级');
    const cell = (row: HTMLElement, m: string) => row.querySelector(`[data-measure="${m}"]`)!;
    expect(cell(first, 'DEPOSIT_STOCK').textContent).toBe('88%');
    expect(cell(first, 'DEPOSIT_STOCK').getAttribute('title')).toBe('实际 3,500万元 · 目标 4,000万元 · 达成 87.5% · 得分 26.25');
    expect(cell(first, 'DEPOSIT_GROWTH').textContent).toBe('120%');
    expect(cell(first, 'NEW_OVERDUE_LOANS').textContent).toBe('−4.00');
    expect(cell(first, 'NEW_OVERDUE_LOANS').getAttribute('title')).toBe('新增逾期 2 笔 · 扣 4.00 分（最多扣 6 分）');
    // no survey in the month: not measured, never 0
    expect(cell(first, 'SATISFACTION').textContent).toBe('无数据');
    expect(within(first).getByTestId('scorecard-total').textContent).toBe('76.22满分 100');
    expect(second.textContent).toContain('孙磊');
    expect(second.textContent).toContain('兼职');
    expect(second.textContent).toContain('未设目标');
    // the chart compares the scored ones only
    const chart = JSON.parse(screen.queryByTestId('scorecard-chart')?.getAttribute('data-option') ?? 'null');
    expect(chart).toBeNull(); // one scored manager: nothing to compare
    const card = screen.getByTestId('scorecards-card');
    expect(card.textContent).toContain('北京分行及其下级机构的在岗客户经理，按综合得分排序');
    // no English word or enum code in the Chinese card
    expect(card.textContent).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('opens a manager’s whole card, follows the drill-down and the month', async () => {
    const gw = gateway();
    renderBranch(gw, '/branch/units/7');
    await waitFor(() => expect(rowsOf('scorecards')).toHaveLength(2));
    expect(gw.last('BranchScorecards')).toMatchObject({ orgUnitId: '7' });
    fireEvent.click(rowsOf('scorecards')[0].querySelector('.ant-table-row-expand-icon')!);
    const lines = await screen.findByTestId('scorecard-lines');
    expect(lines.textContent).toContain('存款余额（月末）');
    expect(lines.textContent).toContain('4,000万元');
    expect(lines.textContent).toContain('新增逾期贷款（扣分项）');
    const month = scorecardMonths()[2];
    await pick('scorecard-period', month);
    await waitFor(() => expect(gw.last('BranchScorecards')).toEqual({ orgUnitId: '7', period: month, page: 1 }));
  });

  it('speaks English in English', async () => {
    renderBranch(gateway());
    await waitFor(() => expect(rowsOf('scorecards')).toHaveLength(2));
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    const card = screen.getByTestId('scorecards-card');
    expect(card.textContent).toContain('Customer managers’ scorecards');
    expect(card.textContent).toContain('Full-time');
    expect(rowsOf('scorecards')[0].querySelector('[data-measure="DEPOSIT_STOCK"]')!.getAttribute('title')).toBe(
      'Actual ¥35M · target ¥40M · 87.5% achieved · 26.25 points',
    );
    expect(rowsOf('scorecards')[1].textContent).toContain('No targets');
  });

  it('is not there for a cockpit user who may not read managers; no action without PORTFOLIO_REASSIGN', async () => {
    const gw = gateway();
    // a branch's retail officer: customers and analysis by department, not the managers
    renderBranch(gw, '/branch', { ...leader(['PII_VIEWER']) });
    await waitFor(() => expect(screen.getByTestId('cockpit-unit').textContent).toBe('北京分行'));
    expect(screen.queryByTestId('scorecards-card')).toBeNull();
    expect(gw.of('BranchScorecards')).toEqual([]);
    cleanup();
    const manager = gateway();
    renderBranch(manager, '/branch', { ...leader(['CUSTOMER_MANAGER']), level: 'SUB_BRANCH' });
    await waitFor(() => expect(rowsOf('scorecards')).toHaveLength(2));
    expect(screen.queryByText('调整客户')).toBeNull();
    expect(screen.queryByTestId('transfers-card')).toBeNull();
    expect(manager.of('BranchPendingTransfers')).toEqual([]);
  });
});

describe('reassigning customers (a branch head)', () => {
  async function openFor(gw: ReturnType<typeof gateway>, managerId = '31') {
    renderBranch(gw);
    await waitFor(() => expect(rowsOf('scorecards')).toHaveLength(2));
    fireEvent.click(screen.getByTestId(`reassign-${managerId}`));
    await waitFor(() => expect(within(dialog()).getAllByRole('row').length).toBeGreaterThan(1));
  }

  it('moves chosen customers, across pages, to another manager with a reason and a handover note', async () => {
    const gw = gateway({
      BranchAssignCustomers: reply(AssignCustomersMutation, (v) => ({
        data: {
          assignCustomers: {
            assigned: v.input.customerIds.length,
            unchanged: 0,
            manager: { id: '34', portfolioSize: 3, staff: { id: '34', name: '吴芳' } },
            transfer: null,
          },
        },
      })),
    });
    await openFor(gw);
    expect(dialog().textContent).toContain('调整赵敏的客户');
    // the manager's customers, from the list filtered by manager on the server
    expect(gw.last('BranchManagerCustomers')).toEqual({ filter: { managerIds: ['31'] }, page: { page: 1, pageSize: 10 } });
    const checkbox = (name: string) =>
      within(dialog()).getByText(name).closest('tr')!.querySelector('input[type="checkbox"]') as HTMLInputElement;
    fireEvent.click(checkbox('客户1'));
    fireEvent.click(checkbox('客户2'));
    fireEvent.click(within(dialog()).getByTitle('2'));
    await waitFor(() => expect(gw.last('BranchManagerCustomers')).toMatchObject({ page: { page: 2 } }));
    await waitFor(() => expect(within(dialog()).getByText('客户11')).toBeTruthy());
    fireEvent.click(checkbox('客户11'));
    expect(within(dialog()).getByTestId('selected-count').textContent).toBe('已选 3 位客户');

    // the receiving managers: the unit's others, never the one whose customers move
    await pick('move-to', '吴芳（朝阳路网点）· 专职 · 在管 0 / 容量 800');
    expect([...document.querySelectorAll('.ant-select-item-option')].map((o) => o.getAttribute('title'))).not.toContain(
      '赵敏（朝阳路网点）· 专职 · 在管 120 / 容量 800',
    );
    await pick('move-reason', '客户要求');
    fireEvent.change(within(dialog()).getByTestId('move-note'), { target: { value: '  偏好上午电话联系  ' } });
    const before = gw.of('BranchScorecards').length;
    fireEvent.click(within(dialog()).getByTestId('move-submit'));
    await waitFor(() =>
      expect(gw.last('BranchAssignCustomers')).toEqual({
        input: { customerIds: ['100', '101', '110'], managerId: '34', reason: 'CUSTOMER_REQUEST', handoverNote: '偏好上午电话联系' },
      }),
    );
    expect((await within(dialog()).findByTestId('move-done')).textContent).toContain('已将 3 位客户调整给吴芳');
    // the portfolios changed: the scorecards are asked again
    await waitFor(() => expect(gw.of('BranchScorecards').length).toBeGreaterThan(before));
  });

  it('says what is missing before sending anything', async () => {
    const gw = gateway();
    await openFor(gw);
    fireEvent.click(within(dialog()).getByTestId('move-submit'));
    expect(await within(dialog()).findByText('请选择接收客户经理')).toBeTruthy();
    expect(within(dialog()).getByText('请选择调整原因')).toBeTruthy();
    expect(gw.of('BranchAssignCustomers')).toEqual([]);
    await pick('move-to', '吴芳（朝阳路网点）· 专职 · 在管 0 / 容量 800');
    await pick('move-reason', '均衡分配');
    fireEvent.click(within(dialog()).getByTestId('move-submit'));
    await waitFor(() => expect(within(dialog()).getByTestId('selected-count').textContent).toBe('请至少选择一位客户'));
    expect(gw.of('BranchAssignCustomers')).toEqual([]);
  });

  it('a whole portfolio above the threshold becomes a request: says nothing moved yet, lists it awaiting another leader', async () => {
    let transfers: PortfolioTransfer[] = [];
    const gw = gateway({
      BranchTransferPortfolio: reply(TransferPortfolioMutation, () => {
        transfers = [pending({ requestedBy: { id: '3', name: '李明' } })];
        return {
          data: {
            transferPortfolio: {
              assigned: 0,
              unchanged: 0,
              manager: { id: '34', portfolioSize: 0, staff: { id: '34', name: '吴芳' } },
              transfer: { id: '7', status: 'PENDING' as const, customerCount: 118 },
            },
          },
        };
      }),
      BranchPendingTransfers: reply(PendingTransfersQuery, () => ({
        data: { portfolioTransfers: { total: transfers.length, items: transfers } },
      })),
    });
    await openFor(gw);
    fireEvent.click(within(dialog()).getByText('整体移交'));
    expect(dialog().textContent).toContain('将赵敏在您数据范围内的全部客户移交给另一位客户经理');
    await pick('move-to', '吴芳（朝阳路网点）· 专职 · 在管 0 / 容量 800');
    await pick('move-reason', '客户经理离岗');
    fireEvent.click(within(dialog()).getByTestId('move-submit'));
    await waitFor(() =>
      expect(gw.last('BranchTransferPortfolio')).toEqual({
        input: { fromManagerId: '31', toManagerId: '34', reason: 'MANAGER_LEFT', handoverNote: null },
      }),
    );
    const state = await within(dialog()).findByTestId('move-pending');
    expect(state.textContent).toContain('已提交复核：118 位客户的调整须由另一位行领导批准后生效');
    expect(state.textContent).toContain('批准前，客户仍由赵敏负责');
    // the maker's own request: awaiting another leader, never an approve button
    await waitFor(() => expect(screen.getAllByTestId('transfer')).toHaveLength(1));
    const row = screen.getByTestId('transfer');
    expect(row.textContent).toContain('赵敏 → 吴芳 · 118 位客户');
    expect(within(row).getByTestId('awaiting-other').textContent).toBe('待其他行领导复核');
    expect(within(row).queryByTestId('transfer-approve')).toBeNull();
    // antd spaces two-character button labels (撤 回)
    expect(within(row).getByTestId('transfer-reject').textContent?.replace(/\s/g, '')).toBe('撤回');
  });

  it('refusals from the server in the user’s words, under the field they are about', async () => {
    const gw = gateway({
      BranchAssignCustomers: () => ({
        data: null,
        errors: [
          {
            message: 'managerId: this manager is no longer active',
            extensions: { code: 'BAD_USER_INPUT', field: 'managerId' },
          },
        ],
      }),
    });
    await openFor(gw);
    fireEvent.click(within(dialog()).getByText('客户1').closest('tr')!.querySelector('input[type="checkbox"]')!);
    await pick('move-to', '孙磊（朝阳路网点）· 兼职 · 在管 40 / 容量 300');
    await pick('move-reason', '均衡分配');
    fireEvent.click(within(dialog()).getByTestId('move-submit'));
    expect(await within(dialog()).findByText('该客户经理已不在岗，请选择其他客户经理')).toBeTruthy();
    expect(dialog().textContent).not.toContain('no longer active');
  });
});

describe('moves awaiting a second leader', () => {
  it('another leader approves (the customers move) or rejects with a note', async () => {
    const gw = gateway(
      {
        BranchApproveTransfer: reply(ApproveTransferMutation, () => ({
          data: { approvePortfolioTransfer: pending({ status: 'APPROVED', movedCount: 117, version: 2 }) },
        })),
        BranchRejectTransfer: reply(RejectTransferMutation, () => ({
          data: { rejectPortfolioTransfer: pending({ status: 'REJECTED', version: 2 }) },
        })),
      },
      [pending(), pending({ id: '8', fromManager: null, customerCount: 60, reason: 'REBALANCE', handoverNote: null })],
    );
    renderBranch(gw);
    await waitFor(() => expect(screen.getAllByTestId('transfer')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('transfer');
    expect(first.textContent).toContain('待复核');
    expect(first.textContent).toContain('客户经理离岗');
    expect(first.textContent).toContain('申请人：王强 · 2025-03-31 10:00');
    expect(second.textContent).toContain('选定客户 → 吴芳 · 60 位客户');
    fireEvent.click(within(first).getByTestId('transfer-approve'));
    fireEvent.click(await confirmButton());
    await waitFor(() => expect(gw.last('BranchApproveTransfer')).toEqual({ id: '7', version: 1 }));
    fireEvent.change(within(second).getByTestId('transfer-note'), { target: { value: '请先与客户沟通' } });
    fireEvent.click(within(second).getByTestId('transfer-reject'));
    await waitFor(() => expect(gw.last('BranchRejectTransfer')).toEqual({ id: '8', version: 1, note: '请先与客户沟通' }));
  });

  it('a refused approval in the user’s words (someone else changed those customers first)', async () => {
    const gw = gateway(
      {
        BranchApproveTransfer: () => ({
          data: null,
          errors: [{ message: 'Someone else changed this record', extensions: { code: 'CONFLICT' } }],
        }),
      },
      [pending()],
    );
    renderBranch(gw);
    await waitFor(() => expect(screen.getAllByTestId('transfer')).toHaveLength(1));
    fireEvent.click(screen.getByTestId('transfer-approve'));
    fireEvent.click(await confirmButton());
    expect((await screen.findByTestId('transfer-error')).textContent).toBe('这些客户的客户经理刚被他人调整，请刷新后重试');
  });
});

describe('strings', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('says each refusal of a move from its code, field and fixed wording, in either language', () => {
    const err = (message: string, extensions: Record<string, unknown>) =>
      new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });
    const self = err('A portfolio transfer must be approved by a leader other than the one who requested it', { code: 'FORBIDDEN' });
    expect(moveErrorText(self, 'zh-CN')).toBe('调整申请须由申请人以外的另一位行领导批准');
    expect(moveErrorText(self, 'en')).toBe('Another leader than the one who asked must approve this move');
    expect(moveErrorText(err('A transfer of this portfolio already awaits approval', { code: 'CONFLICT' }), 'zh-CN')).toBe(
      '该客户经理已有一项整体移交待复核，请先批准或驳回',
    );
    expect(
      moveErrorText(
        err('toManagerId must be another manager than fromManagerId', { code: 'BAD_USER_INPUT', field: 'input.toManagerId' }),
        'zh-CN',
      ),
    ).toBe('接收客户经理不能是原客户经理');
    expect(moveErrorText(err('Customer not found', { code: 'NOT_FOUND', field: 'customerIds' }), 'zh-CN')).toBe(
      '所选客户中有不在您数据范围内或已不存在的客户',
    );
    // anything else: the kit's words for the code
    expect(moveErrorText(err('Your role does not allow this (needs PORTFOLIO_REASSIGN)', { code: 'FORBIDDEN' }), 'zh-CN')).toBe(
      '您的角色无权执行此操作',
    );
  });
});
