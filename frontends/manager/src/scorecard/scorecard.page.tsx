import { useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { useQuery } from 'urql';
import {
  Alert,
  Card,
  Col,
  Empty,
  Flex,
  PageTitle,
  Row,
  Select,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
  count,
  date,
  decimal,
  money,
  moneyCompact,
  numberLocale,
  type TableColumnsType,
} from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import type { TFunction } from 'i18next';
import { bankToday, monthOf, recentMonths } from '../common/calendar';
import { managerErrorText } from '../common/server-errors';
import { useManagerTranslation } from '../manager.i18n';
import { ScorecardQuery, type Scorecard, type ScorecardLine, type ScorecardMeasure } from './scorecard.queries';

/** How far back a manager looks at their own months: a year. */
const MONTHS_BACK = 12;
const AMOUNTS = new Set<ScorecardMeasure>(['DEPOSIT_STOCK', 'DEPOSIT_GROWTH', 'LOAN_STOCK', 'LOAN_GROWTH', 'INTERMEDIARY_INCOME']);

const percent = (fraction: number | null | undefined, language: string) =>
  fraction == null
    ? '—'
    : `${new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(fraction * 100)}%`;

/** A measure's figure as the bank writes it: amounts in 万/亿, counts of accounts or loans, the CSAT, the on-time share. */
export function measureValue(measure: ScorecardMeasure, v: number | null | undefined, t: TFunction, language: string): string {
  if (v == null) return '—';
  if (AMOUNTS.has(measure)) return moneyCompact(v, language);
  switch (measure) {
    case 'NEW_BASIC_ACCOUNTS':
      return t('countAccounts', { value: count(v, language) });
    case 'NEW_OVERDUE_LOANS':
      return t('countLoans', { value: count(v, language) });
    case 'SATISFACTION':
      return t('scoreValue', { value: decimal(v, 2) });
    case 'ON_TIME_TASK_RATE':
      return percent(v, language);
    default:
      return count(v, language);
  }
}

/**
 * A month from the URL (?period=YYYY-MM) among the ones offered, else the month just closed: the
 * current month has no month-end balances yet (its stocks read 0 and its growth the whole balance
 * negative), and targets are set for closed months.
 */
const defaultPeriod = (offered: readonly string[]) => offered[1] ?? offered[0];
function periodFromUrl(offered: readonly string[]): string {
  const asked = new URLSearchParams(window.location.search).get('period');
  return asked && offered.includes(asked) ? asked : defaultPeriod(offered);
}

/**
 * 我的业绩 — the signed-in manager's scorecard for a Beijing month (default: the month just closed) against the
 * targets their branch set: each measure's actual, target, achievement, weight and points; the penalty
 * (new overdue loans) as points taken off; the total out of the weights scored.
 */
export function ScorecardPage({ user, shellNavigation }: RemotePageProps) {
  const { t } = useManagerTranslation();
  const months = useMemo(() => recentMonths(monthOf(bankToday()), MONTHS_BACK), []);
  const [period, setPeriod] = useState(() => periodFromUrl(months));
  useEffect(() => {
    const query = period === defaultPeriod(months) ? '' : `?period=${period}`;
    const next = `${window.location.pathname}${query}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', next);
  }, [period, months]);
  const [{ data, fetching, error }] = useQuery({ query: ScorecardQuery, variables: { id: user.sub, period } });
  const card = data?.customerManager.scorecard;

  let body;
  if (error && !data) {
    body = <Alert type="error" showIcon data-testid="scorecard-error" title={t('loadFailed')} description={managerErrorText(error)} />;
  } else if (!data && fetching) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  } else if (!card) {
    body = <Empty description={t('noTargets')} />;
  } else {
    body = <ScorecardBody card={card} />;
  }

  return (
    <Flex vertical gap={16} data-testid="manager-scorecard">
      <Flex align="center" gap={12} wrap>
        <PageTitle shellNavigation={shellNavigation}>{t('navScorecard')}</PageTitle>
        <Flex gap={8} align="center" style={{ marginInlineStart: 'auto' }}>
          <Typography.Text type="secondary">{t('period')}</Typography.Text>
          <Select<string>
            size="small"
            data-testid="scorecard-period"
            aria-label={t('period')}
            value={period}
            onChange={setPeriod}
            options={months.map((m) => ({ value: m, label: m }))}
            style={{ minWidth: 120 }}
          />
        </Flex>
      </Flex>
      {body}
    </Flex>
  );
}

function ScorecardBody({ card }: { card: Scorecard }) {
  const { t, i18n } = useManagerTranslation();
  const lang = i18n.language;
  const columns = useMemo<TableColumnsType<ScorecardLine>>(
    () => [
      {
        title: t('colMeasure'),
        key: 'measure',
        render: (_, line) => (
          <Flex gap={6} align="center" wrap>
            <span>{t(`ScorecardMeasure_${line.measure}`)}</span>
            {line.penalty && (
              <Tag color="red" data-testid="penalty-tag" style={{ marginInlineEnd: 0 }}>
                {t('penaltyTag')}
              </Tag>
            )}
            {line.measure === 'SATISFACTION' && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('surveys', { count: card.surveys })}
              </Typography.Text>
            )}
            {line.measure === 'ON_TIME_TASK_RATE' && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('tasksOnTime', { onTime: count(card.tasksOnTime, lang), due: count(card.tasksDue, lang) })}
              </Typography.Text>
            )}
          </Flex>
        ),
      },
      {
        title: t('colActual'),
        key: 'actual',
        align: 'right',
        render: (_, line) =>
          line.actual == null ? (
            <Typography.Text type="secondary">{t('notMeasurable')}</Typography.Text>
          ) : (
            <span data-testid="line-actual" title={AMOUNTS.has(line.measure) ? money(line.actual, lang) : undefined}>
              {measureValue(line.measure, line.actual, t, lang)}
            </span>
          ),
      },
      {
        title: t('colTarget'),
        key: 'target',
        align: 'right',
        render: (_, line) => (
          <span data-testid="line-target" title={line.target != null && AMOUNTS.has(line.measure) ? money(line.target, lang) : undefined}>
            {line.penalty ? '—' : measureValue(line.measure, line.target, t, lang)}
          </span>
        ),
      },
      {
        title: t('colAchievement'),
        key: 'achievement',
        align: 'right',
        render: (_, line) => (
          <Typography.Text
            data-testid="line-achievement"
            type={line.achievement == null || line.penalty ? 'secondary' : line.achievement >= 1 ? 'success' : 'warning'}
          >
            {line.penalty ? '—' : percent(line.achievement, lang)}
          </Typography.Text>
        ),
      },
      {
        title: t('colWeight'),
        key: 'weight',
        align: 'right',
        render: (_, line) => (
          <span data-testid="line-weight">
            {line.penalty ? t('penaltyMax', { points: decimal(line.weight, 0) }) : `${decimal(line.weight, 0)}%`}
          </span>
        ),
      },
      {
        title: t('colPoints'),
        key: 'points',
        align: 'right',
        render: (_, line) =>
          line.points == null ? (
            <Typography.Text type="secondary" data-testid="line-points">
              —
            </Typography.Text>
          ) : (
            <Typography.Text data-testid="line-points" type={line.points < 0 ? 'danger' : undefined} strong>
              {line.points < 0 ? `−${decimal(-line.points, 2)}` : decimal(line.points, 2)}
            </Typography.Text>
          ),
      },
    ],
    [t, lang, card],
  );

  return (
    <>
      <Card size="small" data-testid="scorecard-summary">
        <Row gutter={[16, 16]} align="middle">
          <Col xs={12} md={6} data-testid="scorecard-total">
            <Statistic
              title={t('total')}
              value={card.total == null ? t('noTotal') : decimal(card.total, 2)}
              styles={{ content: { fontSize: 28, color: card.total == null ? undefined : '#123a6b' } }}
            />
            {card.total != null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('totalOutOf', { weight: decimal(card.scoredWeight, 0) })}
              </Typography.Text>
            )}
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('period')} value={card.period} styles={{ content: { fontSize: 20 } }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('periodRange', { from: date(card.from), to: date(card.to) })}
            </Typography.Text>
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('customersMeasured')}
              value={t('customersCount', { count: count(card.customers, lang) })}
              styles={{ content: { fontSize: 20 } }}
            />
          </Col>
          <Col xs={12} md={6}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="scorecard-weights">
              {t('weightsVersion', { version: card.weights.version, from: card.weights.effectiveFrom })}
            </Typography.Text>
          </Col>
        </Row>
        {card.total == null && (
          <Alert type="info" showIcon data-testid="scorecard-no-targets" title={t('noTargets')} style={{ marginTop: 12 }} />
        )}
      </Card>
      <Card size="small">
        <Table<ScorecardLine>
          data-testid="scorecard-lines"
          size="middle"
          rowKey="measure"
          columns={columns}
          dataSource={card.lines}
          pagination={false}
          onRow={(line) => ({ 'data-measure': line.measure }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
    </>
  );
}
