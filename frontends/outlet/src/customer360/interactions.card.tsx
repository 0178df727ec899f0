import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Tag, Typography, unitName } from '@crm/ui-kit';
import { Timeline } from '@crm/ui-kit/forms';
import { useOutletTranslation } from '../outlet.i18n';
import { dateTime } from '../common/format';
import { errorText } from '@crm/ui-kit';
import { InteractionFormModal } from '../forms/interaction.form';
import { CustomerInteractionsQuery } from './customer360.queries';

const STEP = 10;
const context = { additionalTypenames: ['Interaction'] };

/** Every contact with the customer, newest first (the server's order), growing by "load more". */
export function InteractionsCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useOutletTranslation();
  const [pageSize, setPageSize] = useState(STEP);
  const [open, setOpen] = useState(false);
  const variables = useMemo(() => ({ id: customerId, page: { page: 1, pageSize } }), [customerId, pageSize]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: CustomerInteractionsQuery, variables, context });
  const page = data?.customer?.interactions;

  return (
    <Card
      size="small"
      title={t('interactionsTitle')}
      extra={
        <Button size="small" type="primary" icon={<PlusOutlined />} data-testid="record-interaction" onClick={() => setOpen(true)}>
          {t('recordInteraction')}
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 8 }} />}
      <div data-testid="interactions-timeline">
        {page && page.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noInteractions')} />
        ) : (
          <Timeline
            items={(page?.items ?? []).map((i) => ({
              key: i.id,
              title: dateTime(i.occurredAt),
              content: (
                <div data-testid="interaction-item">
                  <Flex gap={8} wrap align="center">
                    <Tag>{t(`InteractionChannel_${i.channel}`)}</Tag>
                    <Typography.Text strong>{i.staff.name}</Typography.Text>
                    <Typography.Text type="secondary">
                      {i.staff.position} · {unitName(i.orgUnit, i18n.language)}
                    </Typography.Text>
                  </Flex>
                  <Typography.Paragraph style={{ margin: '4px 0' }}>{i.summary}</Typography.Paragraph>
                  {i.outcome && (
                    <Typography.Text type="secondary">
                      {t('outcome')}：{i.outcome}
                      <br />
                    </Typography.Text>
                  )}
                  {i.nextStep && (
                    <Typography.Text type="secondary">
                      {t('nextStep')}：{i.nextStep}
                      {i.nextStepDue ? `（${i.nextStepDue}）` : ''}
                    </Typography.Text>
                  )}
                </div>
              ),
            }))}
          />
        )}
        {page && page.total > page.items.length && pageSize < 100 && (
          <Button block loading={fetching} onClick={() => setPageSize((s) => Math.min(100, s + STEP))}>
            {t('loadMore')}
          </Button>
        )}
      </div>
      <InteractionFormModal
        customerId={customerId}
        open={open}
        onClose={() => setOpen(false)}
        onDone={() => refetch({ requestPolicy: 'network-only' })}
      />
    </Card>
  );
}
