import { useMemo } from 'react';
import { Table, Tag, count, date, type TableColumnsType } from '@crm/ui-kit';
import type { TrainingPlanStatus } from '@crm/ui-kit/schema-types';
import { useTrainingTranslation } from '../training.i18n';
import { scoreText } from '../common/scores';
import { PlanItemActions } from './plan-item.actions';
import type { PlanItem } from './plans.queries';

const statusColor: Record<TrainingPlanStatus, string | undefined> = {
  PLANNED: 'blue',
  IN_PROGRESS: 'gold',
  COMPLETED: 'green',
  CANCELLED: undefined,
};

/** One manager's courses: what, for which gap, where it stands, and the moves left. */
export function PlanItemsTable({ items, testId }: { items: readonly PlanItem[]; testId?: string }) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const columns = useMemo<TableColumnsType<PlanItem>>(
    () => [
      {
        title: t('colCourse'),
        key: 'course',
        // the catalog code is the course's identifier, in its title: the reader sees the course's name
        render: (_, p) => <span title={p.course.code}>{lang === 'en' ? p.course.titleEn : p.course.title}</span>,
      },
      { title: t('colDimension'), key: 'dimension', render: (_, p) => t(`DimensionShort_${p.dimension}`) },
      {
        title: t('colForGap'),
        key: 'gap',
        render: (_, p) => t('forGap', { score: scoreText(p.scoreAtPlanning), target: p.targetLevel }),
      },
      { title: t('colHours'), key: 'hours', align: 'right', render: (_, p) => t('hours', { hours: count(p.course.hours, lang) }) },
      {
        title: t('colPlanStatus'),
        key: 'status',
        render: (_, p) => (
          <Tag color={statusColor[p.status]} data-testid="plan-status">
            {t(`PlanStatus_${p.status}`)}
          </Tag>
        ),
      },
      { title: t('colPlannedAt'), key: 'planned', render: (_, p) => date(p.plannedAt) },
      { title: t('colFinishedAt'), key: 'finished', render: (_, p) => date(p.finishedAt) },
      { title: t('colActions'), key: 'actions', render: (_, p) => <PlanItemActions item={p} /> },
    ],
    [t, lang],
  );
  return (
    <Table<PlanItem>
      data-testid={testId}
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={[...items]}
      pagination={false}
      locale={{ emptyText: t('noPlan') }}
      scroll={{ x: true }}
    />
  );
}
