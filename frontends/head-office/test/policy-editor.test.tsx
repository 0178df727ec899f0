// A head-office analyst whose browser is set to New York: the policy page still shows the bank's (Beijing) calendar.
process.env.TZ = 'America/New_York';

import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
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

const productManager = staffUser({ department: 'PRODUCT', roles: ['PRODUCT_MANAGER'] });
const words = (tier: string) => screen.getByTestId(`policy-rule-words-${tier}`).textContent;

const effectiveFrom = () => {
  const el = screen.getByTestId('policy-effective-from');
  return (el.tagName === 'INPUT' ? el : el.querySelector('input')!) as HTMLInputElement;
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
    fireEvent.click(within(screen.getByTestId('policy-combinator-CRITICAL')).getByText('全部满足'));
    fireEvent.click(screen.getByTestId('policy-save'));
    await waitFor(() => expect(gw.of('HeadOfficeSaveTierPolicyDraft')).toHaveLength(1));
    const { input } = gw.last('HeadOfficeSaveTierPolicyDraft')!;
    expect(input.name).toBe('价值金字塔 2027');
    expect(input.nameEn).toBe('Value pyramid 2026'); // copied with the policy
    expect(input.scheme).toBe('VALUE_PYRAMID');
    expect(input.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(input.assetCoefficients).toEqual({ deposit: 1, wealth: 0.8, timeDeposit: 1.2 });
    expect(input.rules).toEqual([
      { tier: 'VIP', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 6_000_000 } },
      {
        tier: 'CRITICAL',
        condition: {
          all: [
            { metric: 'WEIGHTED_ASSETS', op: '>=', value: 1_000_000 },
            { metric: 'CONTRIBUTION', op: '>=', value: 20_000 },
          ],
        },
      },
      {
        tier: 'KEY',
        condition: {
          all: [
            { metric: 'WEIGHTED_ASSETS', op: '>=', value: 300_000 },
            { metric: 'LOYALTY', op: '>=', value: 60 },
          ],
        },
      },
      { tier: 'VALUE', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 50_000 } },
      { tier: 'BASIC', condition: null },
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
    renderHeadOffice(gw, '/head-office/policy', 30, productManager);
    await screen.findByTestId('policy-editor');
    expect(screen.getByTestId('policy-row-3')).toBeTruthy();
    for (const id of ['policy-save', 'policy-preview', 'policy-approve', 'policy-new']) expect(screen.queryByTestId(id)).toBeNull();
    // nothing worded as drafting: the rows are viewed, the editor says it is read-only
    for (const words of ['新建草稿', '编辑草稿', '复制为草稿', '保存草稿', '审批生效']) expect(screen.queryByText(words)).toBeNull();
    expect(screen.getByTestId('policy-edit-3').textContent).toBe('查看');
    expect(screen.getByTestId('policy-editor').textContent).toContain('只读');
  });

  it('shows a product manager (no TIER_POLICY_EDIT) a read-only editor: no field takes input, nothing to add or remove, a note says why', async () => {
    await i18next.changeLanguage('zh-CN');
    const gw = fakeGateway({ HeadOfficeTierPolicies: () => ({ data: { tierPolicies: [activePolicy, oldPolicy] } }) });
    renderHeadOffice(gw, '/head-office/policy', 30, productManager);
    const editor = await screen.findByTestId('policy-editor');
    await waitFor(() => expect(thresholdInput('VIP').value).toMatch(/5,?000,?000/));
    // every text and number field is read-only, every select and the date picker disabled
    const fields = [...editor.querySelectorAll('input, textarea')] as (HTMLInputElement | HTMLTextAreaElement)[];
    expect(fields.length).toBeGreaterThan(10);
    for (const f of fields) expect(f.readOnly || f.disabled, f.outerHTML).toBe(true);
    for (const select of editor.querySelectorAll('.ant-select')) expect(select.className).toContain('ant-select-disabled');
    expect(editor.querySelector('.ant-picker')!.className).toContain('ant-picker-disabled');
    expect(screen.getByTestId('policy-combinator-CRITICAL').className).toContain('ant-segmented-disabled');
    // no editing affordances: no step arrows, no add or remove of conditions
    expect(editor.querySelector('.ant-input-number-handler-wrap')).toBeNull();
    expect(screen.queryByTestId('policy-add-condition-VIP')).toBeNull();
    expect(within(editor).queryByRole('button', { name: '删除条件' })).toBeNull();
    // the policy as it is: its own effective date (not today's), its rules in words
    expect(effectiveFrom().value).toBe('2026-01-01');
    expect(screen.getByTestId('policy-rule-words-VIP').textContent).toBe('日均综合金融资产 ≥ 500 万元 → 贵宾客户');
    // and why, in the user's language
    expect(screen.getByTestId('policy-read-only').textContent).toBe(
      '只读：您的角色可以查看分层策略，但不能起草、修改或审批；如需调整请联系总行战略部。',
    );
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getByTestId('policy-read-only').textContent).toBe(
      'Read-only: your role may view tier policies but not draft, change or approve them; ask the strategy department for a change.',
    );
    expect(screen.getByTestId('policy-editor').textContent).toContain('Policy (read-only)');
    await i18next.changeLanguage('zh-CN');
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

describe('tier rules in words, generated from the rule (issue 9)', () => {
  it('says each rule in Chinese from its metric, comparison, threshold (万元) and tier — never the stored free text', async () => {
    await openEditor();
    expect(words('VIP')).toBe('日均综合金融资产 ≥ 500 万元 → 贵宾客户');
    expect(words('CRITICAL')).toBe('日均综合金融资产 ≥ 100 万元 或 贡献度 ≥ 2 万元 → 关键客户');
    expect(words('KEY')).toBe('日均综合金融资产 ≥ 30 万元 且 忠诚度 ≥ 60 → 重点客户');
    expect(words('VALUE')).toBe('日均综合金融资产 ≥ 5 万元 → 价值客户');
    expect(words('BASIC')).toBe('不满足以上各等级条件的其余客户 → 基本客户');
    // no free-text field to type a description into
    expect(screen.queryByPlaceholderText('说明（可选）')).toBeNull();
    // no engine codes in the Chinese editor: tiers in words, comparisons as ≥ (not '>=')
    const rules = screen.getByTestId('policy-rule-CRITICAL').closest('form') ?? document.body;
    expect(rules.textContent).not.toMatch(/\b(VIP|CRITICAL|KEY|VALUE|BASIC|AND|OR)\b|>=/);
    // the words follow the rule as it is edited
    fireEvent.change(thresholdInput('VIP'), { target: { value: '6000000' } });
    await waitFor(() => expect(words('VIP')).toBe('日均综合金融资产 ≥ 600 万元 → 贵宾客户'));
  });

  it('says them in English with the kit’s money and tier words after a language switch', async () => {
    await openEditor();
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(words('VIP')).toBe('Weighted daily-average assets ≥ ¥5M → VIP');
    expect(words('KEY')).toBe('Weighted daily-average assets ≥ CN¥300,000 AND Loyalty ≥ 60 → Key');
    expect(words('CRITICAL')).toBe('Weighted daily-average assets ≥ ¥1M OR Contribution ≥ CN¥20,000 → Critical');
    expect(words('BASIC')).toBe('Everyone who meets none of the tiers above → Basic');
    expect(document.body.textContent).not.toMatch(/[\u4e00-\u9fff]万元/);
    await i18next.changeLanguage('zh-CN');
  });
});

describe('policy names in the user’s language (issue 9)', () => {
  it('lists and opens a policy by its Chinese name in Chinese, by its English name in English (Chinese when it has none)', async () => {
    await openEditor();
    const names = () =>
      within(screen.getByTestId('policy-list'))
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('td')!.textContent);
    expect(names()).toEqual(['价值金字塔 2026', '价值金字塔 2025']);
    expect(screen.getByTestId('policy-editor').textContent).toContain('基于：价值金字塔 2026 第 3 版');
    expect((screen.getByTestId('policy-name-en') as HTMLInputElement).value).toBe('Value pyramid 2026');
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(names()).toEqual(['Value pyramid 2026', '价值金字塔 2025']);
    expect(screen.getByTestId('policy-editor').textContent).toContain('Based on: Value pyramid 2026 v3');
    await i18next.changeLanguage('zh-CN');
  });
});

describe('dates on the bank’s calendar, whatever the browser’s time zone (issue 9)', () => {
  it('runs in New York (the test’s premise)', () => {
    expect(new Date('2025-12-28T20:00:00.000Z').getDate()).toBe(28); // 15:00 in New York, 04:00 on the 29th in Beijing
  });

  it('shows the day of approval in Beijing and starts a new draft on Beijing’s today', async () => {
    await openEditor();
    expect(screen.getByTestId('policy-row-3').textContent).toContain('钱行长 · 2025-12-29');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-12-01T18:00:00.000Z')); // 13:00 on 1 December in New York, already 2 December in Beijing
      fireEvent.click(screen.getByTestId('policy-new'));
      await waitFor(() => expect(effectiveFrom().value).toBe('2026-12-02'));
    } finally {
      vi.useRealTimers();
    }
  });
});
