import { useMutation } from 'urql';
import { App, Button, Flex, errorText } from '@crm/ui-kit';
import { Popconfirm } from '@crm/ui-kit/forms';
import type { TrainingPlanStatus } from '@crm/ui-kit/schema-types';
import { useTrainingTranslation } from '../training.i18n';
import { UpdatePlanItemMutation, type PlanItem } from './plans.queries';

/** The moves the server allows from a status: PLANNED → IN_PROGRESS → COMPLETED; CANCELLED while open. */
export function nextStatuses(status: TrainingPlanStatus): TrainingPlanStatus[] {
  switch (status) {
    case 'PLANNED':
      return ['IN_PROGRESS', 'CANCELLED'];
    case 'IN_PROGRESS':
      return ['COMPLETED', 'CANCELLED'];
    case 'COMPLETED':
    case 'CANCELLED':
      return [];
  }
}

/** the button that moves an item TO a status (PLANNED is where items start: no button leads there) */
const actionKey: Record<TrainingPlanStatus, string> = {
  PLANNED: 'start',
  IN_PROGRESS: 'start',
  COMPLETED: 'complete',
  CANCELLED: 'cancelItem',
};

/** Buttons that move one plan item on; the answer (and a refusal, in the user's words) through the kit's App. */
export function PlanItemActions({ item }: { item: PlanItem }) {
  const { t } = useTrainingTranslation();
  const { message } = App.useApp();
  const [{ fetching }, update] = useMutation(UpdatePlanItemMutation);
  const move = async (status: TrainingPlanStatus) => {
    const res = await update({ id: item.id, version: item.version, status });
    if (res.error) void message.error(errorText(res.error));
    else void message.success(t('statusChanged'));
  };
  const moves = nextStatuses(item.status);
  if (!moves.length) return null;
  return (
    <Flex gap={4} data-testid="plan-item-actions">
      {moves.map((status) =>
        status === 'CANCELLED' ? (
          <Popconfirm
            key={status}
            title={t('cancelConfirm')}
            okText={t('cancelItem')}
            cancelText={t('keep')}
            onConfirm={() => move(status)}
          >
            <Button size="small" danger disabled={fetching} data-testid={`plan-${status}`}>
              {t(actionKey[status])}
            </Button>
          </Popconfirm>
        ) : (
          <Button
            key={status}
            size="small"
            type="primary"
            ghost
            disabled={fetching}
            onClick={() => move(status)}
            data-testid={`plan-${status}`}
          >
            {t(actionKey[status])}
          </Button>
        ),
      )}
    </Flex>
  );
}
