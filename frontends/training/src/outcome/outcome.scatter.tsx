import { useMemo } from 'react';
import { Card, Flex, Tag, Typography, decimal } from '@crm/ui-kit';
import { EChart, EmptyChart, chartValue, scoreAxis, type PortalChartOption } from '@crm/ui-kit/charts';
import { useTrainingTranslation } from '../training.i18n';
import { scoreText } from '../common/scores';
import type { OutcomePoint } from './outcome.queries';

/** How strong a correlation reads: the usual bands of |r| (0.5 strong, 0.3 moderate). */
export function correlationBand(r: number | null | undefined): 'strong' | 'moderate' | 'weak' | 'negative' | null {
  if (r == null) return null;
  if (r <= -0.3) return 'negative';
  if (r >= 0.5) return 'strong';
  if (r >= 0.3) return 'moderate';
  return 'weak';
}
const bandColor = { strong: 'green', moderate: 'blue', weak: undefined, negative: 'red' } as const;

/** One dimension (or the overall score) against the scorecard totals: a point per manager, and the correlation. */
export function OutcomeScatter({
  title,
  correlation,
  points,
  testId,
}: {
  title: string;
  correlation: number | null | undefined;
  points: readonly OutcomePoint[];
  testId: string;
}) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const band = correlationBand(correlation);
  const option = useMemo<PortalChartOption>(
    () => ({
      grid: { left: 48, right: 16, top: 16, bottom: 40 },
      tooltip: {
        trigger: 'item',
        formatter: (p: unknown) => {
          const [score, outcome, name] = (p as { value: [number, number, string] }).value;
          return t('pointTooltip', { name, score: scoreText(score), outcome: chartValue(outcome, 'score', lang) });
        },
      },
      xAxis: { ...scoreAxis(lang, t('colScore')), min: 1, max: 5, nameLocation: 'middle', nameGap: 24 },
      yAxis: { ...scoreAxis(lang, t('outcome')), scale: true },
      series: [{ type: 'scatter', symbolSize: 8, data: points.map((p) => [p.score, p.outcome, p.manager.staff.name]) }],
    }),
    [points, t, lang],
  );
  return (
    <Card
      size="small"
      data-testid={testId}
      title={title}
      extra={
        <Flex gap={4} align="center">
          <Typography.Text type="secondary" data-testid="correlation">
            {correlation == null ? t('correlationNone') : t('correlation', { value: decimal(correlation, 2) })}
          </Typography.Text>
          {band && <Tag color={bandColor[band]}>{t(band)}</Tag>}
        </Flex>
      }
    >
      {points.length ? (
        <EChart option={option} testId={`${testId}-chart`} style={{ height: 220 }} />
      ) : (
        <EmptyChart reason={t('outcomeEmpty')} height={220} />
      )}
    </Card>
  );
}
