import { useMemo, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Statistic,
  Tag,
  Typography,
  bankChartPalette,
  bankColors,
  money,
  unitName,
} from '@crm/ui-kit';
import { EChart, type PortalChartOption } from '@crm/ui-kit/charts';
import { useOutletTranslation } from '../outlet.i18n';
import { date } from '../common/format';
import { SurveyFormModal } from '../forms/survey.form';
import { linkClick, outletPath } from '../routing/outlet.routes';
import type { Customer360, CustomerStatus, Relationship, Survey } from './customer360.queries';

const statusColor: Record<CustomerStatus, string> = { ACTIVE: 'green', DORMANT: 'orange', CLOSED: 'default', MERGED: 'purple' };

export function CustomerHeader({ customer, basePath }: { customer: Customer360; basePath: string }) {
  const { t, i18n } = useOutletTranslation();
  const consent = customer.marketingConsent;
  const merged = customer.mergedInto;
  return (
    <Card size="small" data-testid="customer-header">
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }} data-testid="customer-name">
          {customer.name}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="customer-no" style={{ fontFamily: 'monospace' }}>
          {customer.customerNo}
        </Typography.Text>
        <Tag color={customer.kind === 'CORPORATE' ? bankColors.goldText : bankColors.navy}>{t(`kind${customer.kind}`)}</Tag>
        <Tag color={statusColor[customer.status]}>{t(`CustomerStatus_${customer.status}`)}</Tag>
        <Typography.Text type="secondary">
          {t('colHomeOrgUnit')}：{unitName(customer.homeOrgUnit, i18n.language)}
        </Typography.Text>
        <Tag color={consent.given ? 'green' : 'default'} data-testid="consent-tag">
          {consent.given ? t('consentGiven') : t('consentNotGiven')}
          {consent.given && (consent.channel || consent.at)
            ? ` · ${[consent.channel ? t(`ConsentChannel_${consent.channel}`) : null, consent.at ? date(consent.at) : null].filter(Boolean).join(' · ')}`
            : ''}
        </Tag>
        {merged && (
          <a
            href={outletPath(basePath, { name: 'customer', id: merged.id })}
            onClick={linkClick(outletPath(basePath, { name: 'customer', id: merged.id }))}
          >
            {t('mergedInto', { name: merged.name, customerNo: merged.customerNo })}
          </a>
        )}
      </Flex>
    </Card>
  );
}

export function BalancesCard({ balances }: { balances: Customer360['balances'] }) {
  const { t, i18n } = useOutletTranslation();
  const fmt = (v: number | string | undefined) => money(Number(v ?? 0), i18n.language);
  return (
    <Card size="small" title={t('balancesTitle')} data-testid="balances-card">
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <Statistic title={t('deposits')} value={balances.deposits} formatter={fmt} />
        </Col>
        <Col span={12}>
          <Statistic title={t('wealth')} value={balances.wealth} formatter={fmt} />
        </Col>
        <Col span={12}>
          <Statistic title={t('loans')} value={balances.loans} formatter={fmt} />
        </Col>
        <Col span={12}>
          <Statistic title={t('creditCardDebt')} value={balances.creditCardDebt} formatter={fmt} />
        </Col>
      </Row>
    </Card>
  );
}

export function RelationshipsCard({ relationships, basePath }: { relationships: Relationship[]; basePath: string }) {
  const { t } = useOutletTranslation();
  return (
    <Card size="small" title={t('relationshipsTitle')} data-testid="relationships-card">
      {relationships.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noRelationships')} />
      ) : (
        <Flex vertical gap={8}>
          {relationships.map((r) => {
            const path = r.related ? outletPath(basePath, { name: 'customer', id: r.related.id }) : '';
            return (
              <Flex key={r.id} gap={8} wrap align="center" data-testid="relationship-item">
                <Tag>{t(`RelationshipKind_${r.kind}`)}</Tag>
                {r.related ? (
                  <a href={path} onClick={linkClick(path)} data-testid="related-customer">
                    {r.related.name}（{r.related.customerNo}）
                  </a>
                ) : (
                  <Typography.Text type="secondary">{r.relatedName}</Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`rel${r.direction}`)}
                </Typography.Text>
                {r.note && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    · {r.note}
                  </Typography.Text>
                )}
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}

/** CSAT and NPS over time (oldest → newest), the latest few as text, and "record survey". */
export function SurveysCard({ customerId, surveys, reload }: { customerId: string; surveys: Survey[]; reload: () => void }) {
  const { t } = useOutletTranslation();
  const [open, setOpen] = useState(false);
  const option = useMemo<PortalChartOption>(() => {
    const points = [...surveys].sort((a, b) => a.surveyedAt.localeCompare(b.surveyedAt));
    return {
      color: [bankChartPalette[0], bankChartPalette[1]],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 36, right: 36, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: points.map((s) => date(s.surveyedAt)) },
      yAxis: [
        { type: 'value', min: 1, max: 5, name: '' },
        { type: 'value', min: 0, max: 10, name: '' },
      ],
      series: [
        { type: 'line', name: t('csatSeries'), yAxisIndex: 0, connectNulls: true, data: points.map((s) => s.csat) },
        { type: 'line', name: t('npsSeries'), yAxisIndex: 1, connectNulls: true, data: points.map((s) => s.nps) },
      ],
    };
  }, [surveys, t]);
  return (
    <Card
      size="small"
      title={t('surveysTitle')}
      data-testid="surveys-card"
      extra={
        <Button size="small" icon={<PlusOutlined />} data-testid="record-survey" onClick={() => setOpen(true)}>
          {t('recordSurvey')}
        </Button>
      }
    >
      {surveys.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noSurveys')} />
      ) : (
        <>
          <EChart option={option} testId="survey-chart" style={{ height: 200 }} />
          <Flex vertical gap={4} style={{ marginTop: 8 }}>
            {surveys.slice(0, 3).map((s) => (
              <Typography.Text key={s.id} type="secondary" style={{ fontSize: 12 }} data-testid="survey-item">
                {date(s.surveyedAt)} · {t(`Touchpoint_${s.touchpoint}`)} · CSAT {s.csat ?? '—'} · NPS {s.nps ?? '—'}
                {s.comment ? ` · ${s.comment}` : ''}
              </Typography.Text>
            ))}
          </Flex>
        </>
      )}
      <SurveyFormModal customerId={customerId} open={open} onClose={() => setOpen(false)} onDone={reload} />
    </Card>
  );
}
