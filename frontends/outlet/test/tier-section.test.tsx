import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { describeCondition, initPortalI18n } from '@crm/ui-kit';

// canvas is not available in happy-dom; the chart wrapper is the kit's, tested there
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, renderOutlet } from './fake-gateway';
import { accounts, customer360, interactions } from './fixtures';
import type { CustomerScore } from '../src/customer360/tier.queries';
import { tierEn, tierZh } from '../src/customer360/tier.i18n';

const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2024, 3 + i, 1)).toISOString().slice(0, 7)); // 2024-04 … 2025-03

function score(over: Partial<CustomerScore> = {}): CustomerScore {
  return {
    customerId: '1',
    asOf: '2025-03-31',
    computedAt: '2025-04-01T01:00:00.000Z',
    tier: 'VIP',
    value: {
      depositBalance: 4_200_000,
      wealthBalance: 1_500_000,
      loanBalance: 300_000,
      dailyAvgAssets: 5_600_000,
      weightedAssets: 5_230_000,
      score: 100,
    },
    contribution: {
      depositMargin: 42_000,
      loanMargin: 6_000,
      feeIncome: 1_200,
      intermediaryIncome: 3_500,
      costAllowance: 2_000,
      total: 50_700,
      score: 94.1,
    },
    loyalty: { tenureYears: 6.2, activeMonths: 12, productsHeld: 5, score: 78.5 },
    satisfaction: { avgCsat: 4.5, avgNps: 8, complaints12m: 1, measured: true, score: 81 },
    relevance: { productFamilies: 4, relationships: 2, score: 66.7 },
    recencyDays: 3,
    frequency12m: 148,
    monetary12m: 812_345.6,
    channelMix: [
      { channel: 'MOBILE', share: 0.7 },
      { channel: 'COUNTER', share: 0.3 },
    ],
    trend: months.map((month, i) => ({ month, deposits: 4_000_000 + i * 20_000, loans: 300_000 })),
    churnRisk: true,
    churnReasons: [
      { code: 'DEPOSITS_DOWN', percent: 35.5, from: 4_200_000, to: 2_709_000, days: null, complaints: null, csat: null },
      { code: 'INACTIVE_90D', percent: null, from: null, to: null, days: null, complaints: null, csat: null },
    ],
    evidence: {
      rule: {
        tier: 'VIP',
        condition: {
          any: [
            { metric: 'WEIGHTED_ASSETS', op: '>=', value: 5_000_000 },
            {
              all: [
                { metric: 'CONTRIBUTION', op: '>=', value: 100_000 },
                { metric: 'LOYALTY', op: '>=', value: 80 },
              ],
            },
          ],
        },
      },
      inputs: { WEIGHTED_ASSETS: 5_230_000, CONTRIBUTION: 50_700, LOYALTY: 78.5 },
      policy: {
        id: 'p3',
        scheme: 'VALUE_PYRAMID',
        policyVersion: 3,
        name: '2025 年价值分层',
        nameEn: '2025 value tiers',
        effectiveFrom: '2025-01-01',
      },
    },
    ...over,
  };
}

function gateway(customer = customer360({ tier: 'VIP', score: score() })) {
  return fakeGateway({
    OutletCustomer360: () => ({ data: { customer } }),
    OutletCustomerAccounts: ({ id }) => ({ data: { customer: { id, accounts } } }),
    OutletCustomerTransactions: ({ id }) => ({ data: { customer: { id, transactions: { total: 0, page: 1, pageSize: 10, items: [] } } } }),
    OutletCustomerInteractions: ({ id }) => ({
      data: { customer: { id, interactions: { total: interactions.length, items: interactions } } },
    }),
  });
}
const chart = (testId: string) => JSON.parse(screen.getByTestId(testId).getAttribute('data-option')!);

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('customer 360: tier & scores', () => {
  it('asks for the score, tier and evidence in the 360 request', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet/customers/1');
    await screen.findByTestId('tier-section');
    const query = gw.calls.find((c) => c.operationName === 'OutletCustomer360')!.query.replace(/\s+/g, ' ');
    for (const f of [
      '...OutletCustomerTier',
      'fragment OutletCustomerTier on Customer',
      'evidence',
      'rule { tier condition }',
      'satisfaction { avgCsat avgNps complaints12m measured score }',
      'inputs',
      'policy { id scheme policyVersion name nameEn effectiveFrom }',
      'trend { month deposits loans }',
      'churnReasons { code percent from to days complaints csat }',
    ]) {
      expect(query).toContain(f);
    }
  });

  it('shows the tier, the five degrees with their parts, the radar, the trend and churn risk', async () => {
    renderOutlet(gateway(), '/outlet/customers/1');
    const tag = await screen.findByTestId('customer-tier');
    expect(tag.textContent).toBe('贵宾');
    const section = screen.getByTestId('tier-section');
    expect(section.textContent).toContain('等级与评分');
    expect(section.textContent).toContain('评分日期 2025-03-31');
    // parts, one Descriptions per degree
    const value = screen.getByTestId('degree-value').textContent!;
    expect(value).toContain('价值度');
    expect(value).toMatch(/日均综合金融资产.*5,230,000\.00/);
    const contribution = screen.getByTestId('degree-contribution').textContent!;
    for (const s of [
      '存款利差收益',
      '42,000.00',
      '贷款利差收益',
      '手续费收入',
      '中间业务收入',
      '3,500.00',
      '成本扣减',
      '− ¥2,000.00',
      '贡献合计',
      '50,700.00',
    ])
      expect(contribution).toContain(s);
    expect(screen.getByTestId('degree-loyalty').textContent).toMatch(/客户年限6\.2 年.*活跃月数（近12个月）12.*持有产品数5.*78\.5/);
    expect(screen.getByTestId('degree-satisfaction').textContent).toMatch(/平均 CSAT4\.50.*平均 NPS8\.0.*近12个月投诉1.*81\.0/);
    expect(screen.getByTestId('degree-relevance').textContent).toMatch(/产品大类数4.*关联关系数2.*66\.7/);
    expect(screen.getByTestId('degree-behaviour').textContent).toMatch(/3 天.*148.*手机银行 70% · 柜面 30%/);
    // radar of the five degrees (五度), 0–100 each, and the same in words under it
    const radar = chart('score-radar');
    expect(radar.radar.indicator).toEqual([
      { name: '价值度', max: 100 },
      { name: '贡献度', max: 100 },
      { name: '忠诚度', max: 100 },
      { name: '满意度', max: 100 },
      { name: '关联度', max: 100 },
    ]);
    expect(radar.series[0].type).toBe('radar');
    expect(radar.series[0].data[0].value).toEqual([100, 94.1, 78.5, 81, 66.7]);
    const axes = [...screen.getByTestId('score-radar-axes').querySelectorAll('[data-degree]')].map((a) => a.textContent);
    expect(axes).toEqual(['价值度 100.0', '贡献度 94.1', '忠诚度 78.5', '满意度 81.0', '关联度 66.7']);
    // trend, oldest first as sent
    const trend = chart('score-trend');
    expect(trend.xAxis.data).toHaveLength(12);
    expect(trend.xAxis.data[0]).toBe('2024-04');
    expect(trend.series.map((s: { name: string }) => s.name)).toEqual(['存款', '贷款']);
    expect(trend.series[0].data[11]).toBe(4_220_000);
    // churn risk with reasons: the zh label and the figures in Chinese, never the code
    const churn = screen.getByTestId('customer-churn');
    expect(churn.textContent).toContain('有流失风险');
    expect([...churn.querySelectorAll('[data-code]')].map((tag) => tag.textContent)).toEqual([
      '存款下降（近6个月下降 35.5%：¥4,200,000.00 → ¥2,709,000.00）',
      '90天无交易（近12个月均无交易）',
    ]);
    expect(churn.textContent).not.toMatch(/DEPOSITS_DOWN|INACTIVE_90D/);
  });

  it('explains why this tier in Chinese words: the sentence, rule, inputs and policy version', async () => {
    renderOutlet(gateway(), '/outlet/customers/1');
    const evidence = await screen.findByTestId('tier-evidence');
    expect(evidence.textContent).toContain('为什么是这个等级');
    // from the structured evidence: labels, 万/亿, ≥, the tier's name; what did not hold says so
    expect(within(evidence).getByTestId('tier-explanation').textContent).toBe(
      '日均综合金融资产 523 万元 ≥ 500 万元 或 （贡献度 5.07 万元（未达 ≥ 10 万元） 且 忠诚度 78.5（未达 ≥ 80）） → 贵宾客户',
    );
    expect(within(evidence).getByTestId('tier-rule').textContent).toBe(
      '日均综合金融资产 ≥ 500 万元 或 （贡献度 ≥ 10 万元 且 忠诚度 ≥ 80）',
    );
    expect(evidence.textContent).not.toMatch(/WEIGHTED_ASSETS|VALUE_PYRAMID|>=|policy/);
    expect(within(evidence).getByTestId('tier-policy').textContent).toBe('价值金字塔 第 3 版 · 2025 年价值分层（2025-01-01 起生效）');
    const inputs = within(evidence).getByTestId('tier-inputs').textContent!;
    expect(inputs).toContain('评定时的指标');
    expect(inputs).toMatch(/日均综合金融资产523 万元/);
    expect(inputs).toMatch(/忠诚度78\.5/);
  });

  it('says so when the customer was never scored', async () => {
    renderOutlet(gateway(customer360({ tier: null, score: null })), '/outlet/customers/1');
    expect((await screen.findByTestId('tier-not-scored')).textContent).toContain('该客户尚未评分');
    expect(screen.getByTestId('customer-tier').textContent).toBe('未定级');
    expect(screen.queryByTestId('score-radar')).toBeNull();
    expect(screen.queryByTestId('tier-evidence')).toBeNull();
    // the rest of the 360 is unaffected
    expect(screen.getByTestId('customer-name').textContent).toBe('张伟');
  });

  it('shows "no evidence" and the catch-all rule wording when relevant', async () => {
    renderOutlet(
      gateway(
        customer360({ tier: 'BASIC', score: score({ tier: 'BASIC', evidence: null, churnRisk: false, churnReasons: [], trend: [] }) }),
      ),
      '/outlet/customers/1',
    );
    expect((await screen.findByTestId('customer-tier')).textContent).toBe('基本');
    expect(screen.getByTestId('tier-evidence').textContent).toContain('暂无定级依据');
    expect(screen.getByTestId('customer-churn').textContent).toContain('无流失风险');
    expect(screen.queryByTestId('score-trend')).toBeNull();
    expect(describeCondition(null, 'zh-CN')).toBe('不满足以上各等级条件的其余客户');
  });

  it('switches to English with the shell', async () => {
    renderOutlet(gateway(), '/outlet/customers/1');
    await screen.findByTestId('tier-evidence');
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getByTestId('customer-tier').textContent).toBe('VIP');
    expect(screen.getByTestId('tier-evidence').textContent).toContain('Why this tier');
    expect(screen.getByTestId('tier-rule').textContent).toBe(
      'Weighted daily-average assets ≥ ¥5M OR (Contribution ≥ CN¥100,000 AND Loyalty ≥ 80)',
    );
    expect(screen.getByTestId('tier-explanation').textContent).toBe(
      'Weighted daily-average assets ¥5.23M ≥ ¥5M OR (Contribution CN¥50,700 (not ≥ CN¥100,000) AND Loyalty 78.5 (not ≥ 80)) → VIP',
    );
    expect(screen.getByTestId('tier-policy').textContent).toBe('Value pyramid v3 · 2025 value tiers (effective 2025-01-01)');
    expect(chart('score-radar').radar.indicator.map((i: { name: string }) => i.name)).toEqual([
      'Value',
      'Contribution',
      'Loyalty',
      'Satisfaction',
      'Relevance',
    ]);
    expect([...screen.getByTestId('customer-churn').querySelectorAll('[data-code]')].map((tag) => tag.textContent)).toEqual([
      'Deposits down (down 35.5% in 6 months: CN¥4,200,000.00 → CN¥2,709,000.00)',
      'No transaction for 90 days (none in 12 months)',
    ]);
  });

  it('a customer without a survey: satisfaction 未测评 — on the radar, in its degree and in the evidence, never a number', async () => {
    const unsurveyed = score({
      tier: 'QUALITY',
      satisfaction: { avgCsat: null, avgNps: null, complaints12m: 0, measured: false, score: null },
      evidence: {
        rule: {
          tier: 'QUALITY',
          condition: {
            all: [
              { metric: 'CONTRIBUTION', op: '>=', value: 1_000 },
              { metric: 'SATISFACTION', op: '>=', value: 60 },
            ],
          },
        },
        inputs: { CONTRIBUTION: 12_345, LOYALTY: 40, SATISFACTION: 60 },
        policy: { id: 'p4', scheme: 'QUALITY_LADDER', policyVersion: 1, name: '质量阶梯', nameEn: null, effectiveFrom: '2025-01-01' },
      },
    });
    renderOutlet(gateway(customer360({ tier: 'QUALITY', score: unsurveyed })), '/outlet/customers/1');
    await screen.findByTestId('tier-evidence');
    const radar = chart('score-radar');
    expect(radar.radar.indicator).toHaveLength(5);
    expect(radar.radar.indicator[3]).toEqual({ name: '满意度\n未测评', max: 100 });
    // not 0 (ECharts draws '-' at the centre), not 60: the polygon goes straight from loyalty to relevance,
    // its satisfaction vertex on that line (2ab·cos72°/(a+b)) and without a symbol; the tooltip says 未测评
    expect(radar.series[0].data[0].value).toEqual([100, 94.1, 78.5, 22.3, 66.7]);
    expect(radar.series[0].symbol).toBe('none');
    const axis = screen.getByTestId('score-radar-axes').querySelector('[data-degree="satisfaction"]')!;
    expect(axis.textContent).toBe('满意度 未测评');
    const degree = screen.getByTestId('degree-satisfaction').textContent!;
    expect(degree).toContain('未测评');
    expect(degree).not.toMatch(/60\.0/);
    expect(screen.getByTestId('tier-explanation').textContent).toBe(
      '贡献度 1.23 万元 ≥ 1,000 元 且 满意度 未测评（按中性值 60 计） ≥ 60 → 优质客户',
    );
    expect(screen.getByTestId('tier-inputs').textContent).toContain('满意度未测评（按中性值 60 计）');
  });

  it('the catch-all tier in words, with the values compared', async () => {
    const basic = score({
      tier: 'BASIC',
      evidence: {
        rule: { tier: 'BASIC', condition: null },
        inputs: { WEIGHTED_ASSETS: 12_000 },
        policy: {
          id: 'p3',
          scheme: 'VALUE_PYRAMID',
          policyVersion: 3,
          name: '2025 年价值分层',
          nameEn: '2025 value tiers',
          effectiveFrom: '2025-01-01',
        },
      },
    });
    renderOutlet(gateway(customer360({ tier: 'BASIC', score: basic })), '/outlet/customers/1');
    expect((await screen.findByTestId('tier-explanation')).textContent).toBe(
      '不满足以上各等级的条件（日均综合金融资产 1.2 万元）→ 基本客户',
    );
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getByTestId('tier-explanation').textContent).toBe(
      'Meets none of the tiers above (Weighted daily-average assets CN¥12,000) → Basic',
    );
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(tierEn).sort()).toEqual(Object.keys(tierZh).sort());
  });
});
