import { useMemo } from 'react';
import { date } from '@crm/ui-kit';
import { EChart, EmptyChart, radarPolygon, tooltipValue, type PortalChartOption } from '@crm/ui-kit/charts';
import type { ManagerGrade } from '@crm/ui-kit/schema-types';
import { DIMENSIONS, useTrainingTranslation } from '../training.i18n';
import type { HistoryPoint, ModelTargets } from './manager.queries';

/** At most this many assessments on one radar (the latest): more polygons than that are unreadable. */
const MAX_POINTS = 4;
/** older assessments paler: the latest stands out */
const COLORS = ['#b7c7e6', '#8ea8d8', '#5b82c7', '#1f4fa3'];

/**
 * The manager's competency over time: six axes (the model's requirements, 0–5), one polygon per
 * submitted assessment (oldest palest), and the grade's targets dashed. An unscored axis (a point of
 * an older model version) is bridged, never drawn at the centre (the kit's radarPolygon).
 */
export function CompetencyRadar({ history, model, grade }: { history: readonly HistoryPoint[]; model: ModelTargets; grade: ManagerGrade }) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const option = useMemo<PortalChartOption>(() => {
    const shown = history.slice(-MAX_POINTS);
    const colors = COLORS.slice(-shown.length);
    const targets = DIMENSIONS.map(
      (d) => model.dimensions.find((x) => x.dimension === d)?.targets.find((g) => g.grade === grade)?.level ?? null,
    );
    const targetName = t('gradeTarget', { grade: t(`ManagerGrade_${grade}`) });
    const points = shown.map((p, i) => ({
      name: t('assessedOn', { date: date(p.submittedAt) }),
      value: radarPolygon(DIMENSIONS.map((d) => p.scores.find((s) => s.dimension === d)?.score ?? null)),
      itemStyle: { color: colors[i] },
      lineStyle: { color: colors[i], width: i === shown.length - 1 ? 2.5 : 1.5 },
      areaStyle: i === shown.length - 1 ? { color: colors[i], opacity: 0.15 } : undefined,
    }));
    return {
      tooltip: { trigger: 'item', valueFormatter: tooltipValue('score', lang) },
      legend: { bottom: 0, data: [...points.map((p) => p.name), targetName] },
      radar: {
        indicator: DIMENSIONS.map((d) => ({ name: t(`DimensionShort_${d}`), min: 0, max: 5 })),
        splitNumber: 5,
        radius: '62%',
        center: ['50%', '46%'],
      },
      series: [
        {
          type: 'radar',
          symbolSize: 4,
          data: [
            ...points,
            {
              name: targetName,
              value: radarPolygon(targets),
              symbol: 'none',
              itemStyle: { color: '#d46b08' },
              lineStyle: { color: '#d46b08', type: 'dashed', width: 1.5 },
            },
          ],
        },
      ],
    };
  }, [history, model, grade, t, lang]);
  if (!history.length) return <EmptyChart reason={t('radarEmpty')} testId="competency-radar" height={320} />;
  return <EChart option={option} testId="competency-radar" style={{ height: 340 }} />;
}
