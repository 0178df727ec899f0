import { useMemo } from 'react';
import {
  nameIn,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Tag,
  TierTag,
  Typography,
  bankChartPalette,
  churnReasonText,
  dateTime,
  money,
  describeCondition,
} from '@crm/ui-kit';
import { Descriptions, type DescriptionsProps } from '@crm/ui-kit/forms';
import { EChart, chartValue, moneyAxis, radarPolygon, tooltipValue, type PortalChartOption } from '@crm/ui-kit/charts';
import { explainEvidence, inputRows } from './tier.format';
import { useTierTranslation } from './tier.i18n';
import type { CustomerScore, CustomerTierFields, TierCondition } from './tier.queries';

/** The five degrees (五度), in the radar's order. */
const DEGREES = ['value', 'contribution', 'loyalty', 'satisfaction', 'relevance'] as const;
type Degree = (typeof DEGREES)[number];

/** Each degree's 0–100 for the radar; null = not measured (drawn as a gap, named "not measured" — never 0). */
export function degreeScores(score: CustomerScore): Record<Degree, number | null> {
  return {
    value: score.value.score,
    contribution: score.contribution.score,
    loyalty: score.loyalty.score,
    satisfaction: score.satisfaction.measured ? (score.satisfaction.score ?? null) : null,
    relevance: score.relevance.score,
  };
}

/**
 * The customer 360's "Tier & scores": tier, the five degrees with their parts, a radar of the 0–100
 * degrees, the 12-month balance trend, churn risk, and "why this tier" (the stored evidence).
 */
export function TierSection({ customer }: { customer: CustomerTierFields }) {
  const { t } = useTierTranslation();
  const score = customer.score;
  const tier = score?.tier ?? customer.tier ?? null;
  return (
    <Card
      size="small"
      data-testid="tier-section"
      title={
        <Flex gap={8} align="center">
          {t('title')}
          <TierTag tier={tier} testId="customer-tier" style={{ fontSize: 14, padding: '2px 10px' }} />
        </Flex>
      }
      extra={
        score && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} title={dateTime(score.computedAt)}>
            {t('asOf', { asOf: score.asOf })}
          </Typography.Text>
        )
      }
    >
      {score ? (
        <ScoreBody score={score} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span data-testid="tier-not-scored">{t('notScored')}</span>} />
      )}
    </Card>
  );
}

function ScoreBody({ score }: { score: CustomerScore }) {
  const { t, i18n } = useTierTranslation();
  const lang = i18n.language;
  const cny = (v: number | null | undefined) => money(v, lang);
  const num = (v: number | null | undefined, digits = 1) => (v == null ? '—' : v.toFixed(digits));

  const degreeScore = useMemo(() => degreeScores(score), [score]);
  const degreeText = (d: Degree) => {
    const v = degreeScore[d];
    return v == null ? t('notMeasured') : num(v);
  };
  // all five axes whatever is measured; an unmeasured degree is named so on its axis and in the tooltip,
  // and the polygon goes straight past it (its vertex on the line between its neighbours, no symbol):
  // ECharts would draw a missing value at the centre, which reads as 0
  const radar = useMemo<PortalChartOption>(() => {
    const unmeasured = DEGREES.some((d) => degreeScore[d] == null);
    return {
      color: [bankChartPalette[0]],
      tooltip: {
        formatter: () =>
          DEGREES.map((d) => {
            const v = degreeScore[d];
            return `${t(d)}：${v == null ? t('notMeasured') : chartValue(v, 'score', lang)}`;
          }).join('<br/>'),
      },
      radar: {
        radius: '62%',
        indicator: DEGREES.map((d) => ({
          name: degreeScore[d] == null ? `${t(d)}\n${t('notMeasured')}` : t(d),
          max: 100,
        })),
      },
      series: [
        {
          type: 'radar',
          name: t('radarTitle'),
          areaStyle: { opacity: 0.2 },
          ...(unmeasured ? { symbol: 'none' } : {}),
          data: [{ name: t('radarTitle'), value: radarPolygon(DEGREES.map((d) => degreeScore[d])) }],
        },
      ],
    };
  }, [degreeScore, t, lang]);

  const trend = useMemo<PortalChartOption>(
    () => ({
      color: [bankChartPalette[0], bankChartPalette[1]],
      tooltip: { trigger: 'axis', valueFormatter: tooltipValue('amount', lang) },
      legend: { bottom: 0 },
      grid: { left: 72, right: 16, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: score.trend.map((m) => m.month) },
      yAxis: moneyAxis(lang),
      series: [
        { type: 'line', name: t('deposits'), data: score.trend.map((m) => m.deposits) },
        { type: 'line', name: t('loans'), data: score.trend.map((m) => m.loans) },
      ],
    }),
    [score, t, lang],
  );

  const degrees: { key: string; items: DescriptionsProps['items'] }[] = [
    {
      key: 'value',
      items: [
        { key: 'd', label: t('depositBalance'), children: cny(score.value.depositBalance) },
        { key: 'w', label: t('wealthBalance'), children: cny(score.value.wealthBalance) },
        { key: 'l', label: t('loanBalance'), children: cny(score.value.loanBalance) },
        { key: 'a', label: t('dailyAvgAssets'), children: cny(score.value.dailyAvgAssets) },
        { key: 'x', label: <strong>{t('weightedAssets')}</strong>, children: <strong>{cny(score.value.weightedAssets)}</strong> },
        { key: 's', label: t('radarScore'), children: num(score.value.score) },
      ],
    },
    {
      key: 'contribution',
      items: [
        { key: 'd', label: t('depositMargin'), children: cny(score.contribution.depositMargin) },
        { key: 'l', label: t('loanMargin'), children: cny(score.contribution.loanMargin) },
        { key: 'f', label: t('feeIncome'), children: cny(score.contribution.feeIncome) },
        { key: 'i', label: t('intermediaryIncome'), children: cny(score.contribution.intermediaryIncome) },
        { key: 'c', label: t('costAllowance'), children: `− ${cny(score.contribution.costAllowance)}` },
        { key: 'x', label: <strong>{t('contributionTotal')}</strong>, children: <strong>{cny(score.contribution.total)}</strong> },
        { key: 's', label: t('radarScore'), children: num(score.contribution.score) },
      ],
    },
    {
      key: 'loyalty',
      items: [
        { key: 't', label: t('tenureYears'), children: t('years', { n: num(score.loyalty.tenureYears) }) },
        { key: 'a', label: t('activeMonths'), children: score.loyalty.activeMonths },
        { key: 'p', label: t('productsHeld'), children: score.loyalty.productsHeld },
        { key: 'x', label: <strong>{t('score')}</strong>, children: <strong>{num(score.loyalty.score)}</strong> },
      ],
    },
    {
      key: 'satisfaction',
      items: [
        { key: 'c', label: t('avgCsat'), children: num(score.satisfaction.avgCsat, 2) },
        { key: 'n', label: t('avgNps'), children: num(score.satisfaction.avgNps, 1) },
        { key: 'k', label: t('complaints12m'), children: score.satisfaction.complaints12m },
        {
          key: 'x',
          label: <strong>{t('score')}</strong>,
          children: score.satisfaction.measured ? (
            <strong>{num(score.satisfaction.score)}</strong>
          ) : (
            <span data-testid="satisfaction-not-measured" title={t('notMeasuredNote')}>
              <Tag>{t('notMeasured')}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('notMeasuredNote')}
              </Typography.Text>
            </span>
          ),
        },
      ],
    },
    {
      key: 'relevance',
      items: [
        { key: 'p', label: t('productFamilies'), children: score.relevance.productFamilies },
        { key: 'r', label: t('relationships'), children: score.relevance.relationships },
        { key: 'x', label: <strong>{t('score')}</strong>, children: <strong>{num(score.relevance.score)}</strong> },
      ],
    },
    {
      key: 'behaviour',
      items: [
        { key: 'r', label: t('recencyDays'), children: score.recencyDays == null ? '—' : t('days', { n: score.recencyDays }) },
        { key: 'f', label: t('frequency12m'), children: score.frequency12m },
        { key: 'm', label: t('monetary12m'), children: cny(score.monetary12m) },
        {
          key: 'c',
          label: t('channelMix'),
          children:
            score.channelMix.length === 0
              ? '—'
              : score.channelMix.map((c) => `${t(`TransactionChannel_${c.channel}`)} ${(c.share * 100).toFixed(0)}%`).join(' · '),
        },
      ],
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Typography.Text strong>{t('radarTitle')}</Typography.Text>
          <EChart option={radar} testId="score-radar" style={{ height: 240 }} />
          <Flex component="ul" gap={4} wrap data-testid="score-radar-axes" style={{ listStyle: 'none', padding: 0, margin: '0 0 4px' }}>
            {DEGREES.map((d) => (
              <li key={d} data-degree={d} data-measured={degreeScore[d] != null}>
                <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                  {t(d)} <strong>{degreeText(d)}</strong>
                </Tag>
              </li>
            ))}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('radarNote')}
          </Typography.Text>
          <Flex gap={6} wrap align="center" style={{ marginTop: 12 }} data-testid="customer-churn">
            <Typography.Text strong>{t('churn')}：</Typography.Text>
            {score.churnRisk ? <Tag color="red">{t('churnYes')}</Tag> : <Tag color="green">{t('churnNo')}</Tag>}
            {score.churnReasons.map((r) => (
              <Tag key={r.code} color="volcano" data-code={r.code}>
                {churnReasonText(r, lang)}
              </Tag>
            ))}
          </Flex>
        </Col>
        <Col xs={24} lg={15}>
          <Evidence score={score} />
        </Col>
      </Row>
      <Row gutter={[16, 16]} data-testid="score-degrees">
        {degrees.map((d) => (
          <Col key={d.key} xs={24} md={12} xl={8}>
            <Descriptions
              size="small"
              bordered
              column={1}
              title={t(d.key === 'behaviour' ? 'behaviour' : d.key)}
              items={d.items}
              data-testid={`degree-${d.key}`}
            />
          </Col>
        ))}
      </Row>
      <div>
        <Typography.Text strong>{t('trendTitle')}</Typography.Text>
        {score.trend.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noTrend')} />
        ) : (
          <EChart option={trend} testId="score-trend" style={{ height: 240 }} />
        )}
      </div>
    </Flex>
  );
}

/** "Why this tier": the stored explanation, the rule that placed the customer, the inputs and the policy version. */
function Evidence({ score }: { score: CustomerScore }) {
  const { t, i18n } = useTierTranslation();
  const lang = i18n.language;
  const ev = score.evidence;
  return (
    <Card size="small" type="inner" title={t('why')} data-testid="tier-evidence" style={{ height: '100%' }}>
      {!ev ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noEvidence')} />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0, fontSize: 15 }} data-testid="tier-explanation">
            {explainEvidence(
              {
                tier: ev.rule.tier,
                condition: ev.rule.condition as TierCondition | null,
                inputs: (ev.inputs ?? {}) as Record<string, unknown>,
                satisfactionMeasured: score.satisfaction.measured,
              },
              t,
              lang,
            )}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'rule',
                label: t('rule'),
                children: (
                  <Flex gap={8} align="center" wrap>
                    <TierTag tier={ev.rule.tier} style={{ fontSize: 14, padding: '2px 10px' }} />
                    <span data-testid="tier-rule">{describeCondition(ev.rule.condition as TierCondition | null, lang)}</span>
                  </Flex>
                ),
              },
              {
                key: 'policy',
                label: t('policy'),
                children: (
                  <span data-testid="tier-policy">
                    {t('policyText', {
                      scheme: t(`TierScheme_${ev.policy.scheme}`),
                      version: ev.policy.policyVersion,
                      name: nameIn(ev.policy, lang),
                      from: ev.policy.effectiveFrom,
                    })}
                  </span>
                ),
              },
            ]}
          />
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            title={t('inputs')}
            data-testid="tier-inputs"
            items={inputRows(ev.inputs, t, lang, score.satisfaction.measured).map((r) => ({
              key: r.key,
              label: r.label,
              children: r.value,
            }))}
          />
        </Flex>
      )}
    </Card>
  );
}
