import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { initPortalI18n } from '@crm/ui-kit';
import i18next from 'i18next';
import { fakeGateway, renderHeadOffice, staffUser } from './fake-gateway';
import { activePolicy, oldPolicy } from './fixtures';

afterEach(cleanup);
initPortalI18n('zh-CN');

const preview = {
  __typename: 'TierPolicyPreview',
  asOf: '2026-11-27',
  customers: 1000,
  moving: 35,
  moves: [
    { __typename: 'TierMove', from: 'CRITICAL', to: 'VIP', customers: 5 },
    { __typename: 'TierMove', from: 'KEY', to: 'CRITICAL', customers: 30 },
    { __typename: 'TierMove', from: 'VIP', to: 'VIP', customers: 10 },
  ],
  before: [
    { __typename: 'TierCount', tier: 'VIP', customers: 10 },
    { __typename: 'TierCount', tier: 'CRITICAL', customers: 40 },
  ],
  after: [
    { __typename: 'TierCount', tier: 'VIP', customers: 15 },
    { __typename: 'TierCount', tier: 'CRITICAL', customers: 65 },
  ],
};

const thresholdInput = (tier: string) => {
  const el = screen.getByTestId(`policy-threshold-${tier}`);
  return (el.tagName === 'INPUT' ? el : el.querySelector('input')!) as HTMLInputElement;
};

async function openEditor(handlers: Parameters<typeof fakeGateway>[0] = {}) {
  await i18next.changeLanguage('zh-CN');
  const gw = fakeGateway({ HeadOfficeTierPolicies: () => ({ data: { tierPolicies: [activePolicy, oldPolicy] } }), ...handlers });
  renderHeadOffice(gw, '/head-office/policy');
  await screen.findByTestId('policy-editor');
  await waitFor(() => expect(thresholdInput('VIP').value).toMatch(/5,?000,?000/));
  return gw;
}

describe('tier policy editor', () => {
  it('lists the versions with status tags, the active one highlighted, and opens a copy of it', async () => {
    await openEditor();
    const list = screen.getByTestId('policy-list');
    expect(within(list).getByText('生效中')).toBeTruthy();
    expect(within(list).getByText('已替代')).toBeTruthy();
    expect(screen.getByTestId('policy-row-3').getAttribute('data-status')).toBe('ACTIVE');
    expect((screen.getByTestId('policy-row-3') as HTMLElement).style.background).not.toBe('');
    for (const tier of ['VIP', 'CRITICAL', 'KEY', 'VALUE', 'BASIC']) expect(screen.getByTestId(`policy-rule-${tier}`)).toBeTruthy();
    expect(screen.getByTestId('policy-everyone-else-BASIC')).toBeTruthy();
    // approving needs a saved draft
    expect((screen.getByTestId('policy-approve') as HTMLButtonElement).disabled).toBe(true);
  });

  it('saves the edited draft as the exact TierPolicyInput', async () => {
    const gw = await openEditor({
      HeadOfficeSaveTierPolicyDraft: (v) => ({
        data: {
          saveTierPolicyDraft: {
            ...activePolicy,
            ...v.input,
            id: '4',
            policyVersion: 4,
            status: 'DRAFT',
            approvedBy: null,
            approvedAt: null,
            version: 1,
            rules: v.input.rules.map((r: object) => ({ __typename: 'TierRule', ...r })),
            assetCoefficients: { __typename: 'AssetCoefficients', ...v.input.assetCoefficients },
          },
        },
      }),
    });
    fireEvent.change(thresholdInput('VIP'), { target: { value: '6000000' } });
    fireEvent.blur(thresholdInput('VIP'));
    fireEvent.change(screen.getByTestId('policy-name'), { target: { value: '价值金字塔 2027' } });
    // OR → AND on CRITICAL
    fireEvent.click(within(screen.getByTestId('policy-combinator-CRITICAL')).getByText('全部满足（AND）'));
    fireEvent.click(screen.getByTestId('policy-save'));
    await waitFor(() => expect(gw.of('HeadOfficeSaveTierPolicyDraft')).toHaveLength(1));
    const { input } = gw.last('HeadOfficeSaveTierPolicyDraft')!;
    expect(input.name).toBe('价值金字塔 2027');
    expect(input.scheme).toBe('VALUE_PYRAMID');
    expect(input.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(input.assetCoefficients).toEqual({ deposit: 1, wealth: 0.8, timeDeposit: 1.2 });
    expect(input.rules).toEqual([
      { tier: 'VIP', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 6_000_000 }, description: '500万以上' },
      {
        tier: 'CRITICAL',
        condition: {
          all: [
            { metric: 'WEIGHTED_ASSETS', op: '>=', value: 1_000_000 },
            { metric: 'CONTRIBUTION', op: '>=', value: 20_000 },
          ],
        },
        description: null,
      },
      {
        tier: 'KEY',
        condition: {
          all: [
            { metric: 'WEIGHTED_ASSETS', op: '>=', value: 300_000 },
            { metric: 'LOYALTY', op: '>=', value: 60 },
          ],
        },
        description: null,
      },
      { tier: 'VALUE', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 50_000 }, description: null },
      { tier: 'BASIC', condition: null, description: null },
    ]);
    // saved, but by its author: maker-checker leaves approval to someone else
    await screen.findByTestId('policy-awaits-checker');
    expect((screen.getByTestId('policy-approve') as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows the server's validation error on the rule it names", async () => {
    await openEditor({
      HeadOfficeSaveTierPolicyDraft: () => ({
        data: null,
        errors: [
          {
            message: 'KEY 不可达：WEIGHTED_ASSETS 门槛必须低于 CRITICAL',
            extensions: { code: 'BAD_USER_INPUT', field: 'input.rules[2].condition' },
          },
        ],
      }),
    });
    fireEvent.click(screen.getByTestId('policy-save'));
    const error = await screen.findByTestId('policy-rule-error-KEY');
    expect(error.textContent).toContain('KEY 不可达'); // already in Chinese: shown as the server wrote it
    expect(screen.getByTestId('policy-rule-KEY').getAttribute('data-invalid')).toBe('true');
    expect(screen.queryByTestId('policy-rule-error-CRITICAL')).toBeNull();
    expect(screen.queryByTestId('policy-rule-error-VIP')).toBeNull();
  });

  it('previews the moves: a table of from → to counts and before/after bars', async () => {
    const gw = await openEditor({ HeadOfficePreviewTierPolicy: () => ({ data: { previewTierPolicy: preview } }) });
    fireEvent.click(screen.getByTestId('policy-preview'));
    const result = await screen.findByTestId('policy-preview-result');
    expect(gw.last('HeadOfficePreviewTierPolicy')!.input.rules).toHaveLength(5);
    expect(within(result).getByTestId('policy-preview-summary').textContent).toContain('35');
    const rows = within(screen.getByTestId('policy-preview-moves'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['重点关键30', '关键贵宾5']); // biggest first, staying put left out
    const chart = JSON.parse(screen.getByTestId('policy-preview-chart').getAttribute('data-option')!);
    expect(chart.series.map((s: { data: number[] }) => s.data)).toEqual([
      [10, 40],
      [15, 65],
    ]);
  });

  it('approves another analyst’s saved draft after a confirmation, and reloads on CONFLICT', async () => {
    let conflict = true;
    const draft = {
      ...activePolicy,
      id: '4',
      policyVersion: 4,
      status: 'DRAFT',
      createdBy: { __typename: 'Staff', id: '5', name: '孙浩' },
      approvedBy: null,
      approvedAt: null,
      version: 1,
    };
    const gw = await openEditor({
      HeadOfficeTierPolicies: () => ({ data: { tierPolicies: [draft, activePolicy, oldPolicy] } }),
      HeadOfficeApproveTierPolicy: () =>
        conflict
          ? { data: null, errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }] }
          : { data: { approveTierPolicy: { ...draft, status: 'ACTIVE', version: 2 } } },
    });
    // open the stored draft: approvable as it is
    fireEvent.click(screen.getByTestId('policy-edit-4'));
    await waitFor(() => expect((screen.getByTestId('policy-approve') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('policy-approve'));
    await waitFor(() => expect(document.body.textContent).toContain('审批并生效该策略？'), { timeout: 8000 });
    fireEvent.click(document.querySelector('[data-testid="policy-approve-confirm"]') as HTMLElement);
    await waitFor(() => expect(gw.of('HeadOfficeApproveTierPolicy')).toEqual([{ id: '4', version: 1 }]));
    expect(await screen.findByText(/已重新加载列表/)).toBeTruthy();
    await waitFor(() => expect((screen.getByTestId('policy-approve') as HTMLButtonElement).disabled).toBe(true));
    // reopen and approve for real
    conflict = false;
    fireEvent.click(screen.getByTestId('policy-edit-4'));
    await waitFor(() => expect((screen.getByTestId('policy-approve') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('policy-approve'));
    await waitFor(() => expect(document.querySelectorAll('[data-testid="policy-approve-confirm"]').length).toBeGreaterThan(0));
    const confirms = document.querySelectorAll('[data-testid="policy-approve-confirm"]');
    fireEvent.click(confirms[confirms.length - 1]);
    await waitFor(() => expect(gw.of('HeadOfficeApproveTierPolicy')).toHaveLength(2));
    expect(await screen.findByText('策略已生效')).toBeTruthy();
  });

  it('offers a product manager the versions but neither save, preview nor approve', async () => {
    await i18next.changeLanguage('zh-CN');
    const gw = fakeGateway({ HeadOfficeTierPolicies: () => ({ data: { tierPolicies: [activePolicy, oldPolicy] } }) });
    renderHeadOffice(gw, '/head-office/policy', 30, staffUser({ department: 'PRODUCT', roles: ['PRODUCT_MANAGER'] }));
    await screen.findByTestId('policy-editor');
    expect(screen.getByTestId('policy-row-3')).toBeTruthy();
    for (const id of ['policy-save', 'policy-preview', 'policy-approve', 'policy-new']) expect(screen.queryByTestId(id)).toBeNull();
    // nothing worded as drafting: the rows are viewed, the editor says it is read-only
    for (const words of ['新建草稿', '编辑草稿', '复制为草稿', '保存草稿', '审批生效']) expect(screen.queryByText(words)).toBeNull();
    expect(screen.getByTestId('policy-edit-3').textContent).toBe('查看');
    expect(screen.getByTestId('policy-editor').textContent).toContain('只读');
  });

  it('shows a FORBIDDEN refusal of the server in Chinese, never its English', async () => {
    await openEditor({
      HeadOfficeSaveTierPolicyDraft: () => ({
        data: null,
        errors: [{ message: 'Your role does not allow this', extensions: { code: 'FORBIDDEN' } }],
      }),
    });
    fireEvent.click(screen.getByTestId('policy-save'));
    const general = await screen.findByTestId('policy-general-error');
    expect(general.textContent).toContain('您的角色无权执行此操作');
    expect(general.textContent).not.toMatch(/[A-Za-z]{3,}/);
    await waitFor(() => expect(document.body.textContent).not.toContain('Your role does not allow this'));
  });
});
