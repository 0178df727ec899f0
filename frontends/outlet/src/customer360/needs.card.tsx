import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Select, Tag, Typography } from '@crm/ui-kit';
import { useOutletTranslation } from '../outlet.i18n';
import { dateTime } from '../common/format';
import { errorText, isConflict } from '@crm/ui-kit';
import { NeedFormModal } from '../forms/need.form';
import { NEED_STATUSES, UpdateNeedStatusMutation, type CustomerNeed, type NeedPriority, type NeedStatus } from './customer360.queries';

const priorityColor: Record<NeedPriority, string> = { HIGH: 'red', MEDIUM: 'gold', LOW: 'default' };

/** Needs and preferences with a version-checked status change; a stale version reloads the list. */
export function NeedsCard({ customerId, needs, reload }: { customerId: string; needs: CustomerNeed[]; reload: () => void }) {
  const { t } = useOutletTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [, update] = useMutation(UpdateNeedStatusMutation);

  const changeStatus = async (need: CustomerNeed, status: NeedStatus) => {
    setBusy(need.id);
    const result = await update({ id: need.id, version: need.version, status }, { additionalTypenames: ['CustomerNeed'] });
    setBusy(null);
    if (isConflict(result.error)) {
      void message.warning(t('conflictReloaded'));
      reload();
      return;
    }
    if (result.error) {
      void message.error(errorText(result.error as CombinedError));
      return;
    }
    void message.success(t('needUpdated'));
    reload();
  };

  return (
    <Card
      size="small"
      title={t('needsTitle')}
      data-testid="needs-card"
      extra={
        <Button size="small" icon={<PlusOutlined />} data-testid="capture-need" onClick={() => setOpen(true)}>
          {t('captureNeed')}
        </Button>
      }
    >
      {needs.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noNeeds')} />
      ) : (
        <Flex vertical gap={10}>
          {needs.map((n) => (
            <Flex key={n.id} gap={8} justify="space-between" align="start" data-testid="need-item">
              <div style={{ minWidth: 0 }}>
                <Flex gap={6} wrap>
                  <Tag>{t(`NeedCategory_${n.category}`)}</Tag>
                  <Tag color={priorityColor[n.priority]}>{t(`NeedPriority_${n.priority}`)}</Tag>
                </Flex>
                <Typography.Paragraph style={{ margin: '4px 0 0' }}>{n.description}</Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('capturedBy', { name: n.capturedBy.name, at: dateTime(n.capturedAt) })}
                </Typography.Text>
              </div>
              <Select<NeedStatus>
                size="small"
                style={{ width: 112, flex: 'none' }}
                value={n.status}
                loading={busy === n.id}
                disabled={busy === n.id}
                data-testid="need-status"
                aria-label={t('needStatus')}
                onChange={(s) => void changeStatus(n, s)}
                options={NEED_STATUSES.map((s) => ({ value: s, label: t(`NeedStatus_${s}`) }))}
              />
            </Flex>
          ))}
        </Flex>
      )}
      <NeedFormModal customerId={customerId} open={open} onClose={() => setOpen(false)} onDone={reload} />
    </Card>
  );
}
