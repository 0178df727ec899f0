import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { App, Alert, Button, Card, Empty, Flex, Input, Tag, Typography, dateTime, errorText } from '@crm/ui-kit';
import { Popconfirm } from '@crm/ui-kit/forms';
import type { StaffClaims } from '@crm/shared-types';
import { useBranchTranslation } from '../branch.i18n';
import { ApproveTransferMutation, PendingTransfersQuery, RejectTransferMutation, type PortfolioTransfer } from './managers.queries';
import { moveErrorText } from './move-errors';

/**
 * Moves of many customers awaiting a second leader (maker-checker), across the caller's scope: who
 * asked, from whom to whom, how many, why. Another leader approves (the customers move at once) or
 * rejects; the leader who asked sees 待其他行领导复核 and may withdraw it, never approve it.
 */
export function TransfersCard({ user, refreshKey = 0, onDecided }: { user: StaffClaims; refreshKey?: number; onDecided: () => void }) {
  const { t } = useBranchTranslation();
  const context = useMemo(() => ({ refreshKey, requestPolicy: refreshKey ? ('network-only' as const) : undefined }), [refreshKey]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PendingTransfersQuery,
    variables: { page: { page: 1, pageSize: 20 } },
    context,
  });
  const items = data?.portfolioTransfers.items ?? [];
  const decided = () => {
    refetch({ requestPolicy: 'network-only' });
    onDecided();
  };
  return (
    <Card
      size="small"
      title={t('transfersTitle')}
      data-testid="transfers-card"
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('transfersHint')}
        </Typography.Text>
      }
      loading={fetching && !data}
    >
      {error && !data && <Alert type="error" showIcon title={t('loadFailed')} description={errorText(error)} />}
      {data && items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noTransfers')} />
      ) : (
        <Flex vertical gap={8}>
          {items.map((x) => (
            <TransferRow key={x.id} transfer={x} mine={x.requestedBy.id === user.sub} onDecided={decided} />
          ))}
        </Flex>
      )}
    </Card>
  );
}

function TransferRow({ transfer: x, mine, onDecided }: { transfer: PortfolioTransfer; mine: boolean; onDecided: () => void }) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [approval, approve] = useMutation(ApproveTransferMutation);
  const [rejection, reject] = useMutation(RejectTransferMutation);
  const from = x.fromManager ? x.fromManager.staff.name : t('transferSelection');
  const to = x.toManager.staff.name;

  const onApprove = async () => {
    setFailure(null);
    const res = await approve({ id: x.id, version: x.version });
    if (res.error) return setFailure(moveErrorText(res.error, lang));
    void message.success(t('transferApproved', { count: res.data?.approvePortfolioTransfer.movedCount ?? x.customerCount }));
    onDecided();
  };
  const onReject = async () => {
    setFailure(null);
    const res = await reject({ id: x.id, version: x.version, note: note.trim() || null });
    if (res.error) return setFailure(moveErrorText(res.error, lang));
    void message.success(mine ? t('transferWithdrawn') : t('transferRejected'));
    onDecided();
  };

  return (
    <Flex
      vertical
      gap={4}
      data-testid="transfer"
      data-status={x.status}
      style={{ padding: 8, border: '1px solid #e5e7eb', borderRadius: 6 }}
    >
      <Flex gap={8} align="center" wrap>
        <Tag color="gold">{t(`PortfolioTransferStatus_${x.status}`)}</Tag>
        <Typography.Text strong>{t('transferLine', { from, to, count: x.customerCount })}</Typography.Text>
        <Tag>{t(`AssignmentReason_${x.reason}`)}</Tag>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('requestedBy', { name: x.requestedBy.name, at: dateTime(x.requestedAt) })}
      </Typography.Text>
      {x.handoverNote && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('handoverNote')}：{x.handoverNote}
        </Typography.Text>
      )}
      <Flex gap={8} align="center" wrap>
        {mine ? (
          <Tag data-testid="awaiting-other">{t('awaitingOther')}</Tag>
        ) : (
          <Popconfirm
            title={t('approveConfirm', { count: x.customerCount, to })}
            okText={t('approve')}
            cancelText={t('cancel')}
            onConfirm={onApprove}
          >
            <Button size="small" type="primary" loading={approval.fetching} data-testid="transfer-approve">
              {t('approve')}
            </Button>
          </Popconfirm>
        )}
        {!mine && (
          <Input
            size="small"
            data-testid="transfer-note"
            aria-label={t('rejectNote')}
            placeholder={t('rejectNote')}
            value={note}
            maxLength={1000}
            onChange={(e) => setNote(e.target.value)}
            style={{ width: 220 }}
          />
        )}
        <Button size="small" danger loading={rejection.fetching} data-testid="transfer-reject" onClick={onReject}>
          {mine ? t('withdraw') : t('reject')}
        </Button>
      </Flex>
      {failure && <Alert type="error" showIcon data-testid="transfer-error" title={failure} />}
    </Flex>
  );
}
