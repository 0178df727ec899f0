import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from '@crm/ui-kit';
import { useOutletTranslation } from '../outlet.i18n';
import { SlaCountdown } from '../common/sla';
import { CaseFormModal } from '../forms/case.form';
import { linkClick } from '../routing/outlet.routes';
import type { CaseSeverity, ServiceCaseSummary } from './customer360.queries';

export const severityColor: Record<CaseSeverity, string> = { CRITICAL: 'red', HIGH: 'volcano', MEDIUM: 'gold', LOW: 'default' };

/**
 * The customer's open complaints with their SLA countdown — the queue's own component with the case's
 * severity, so it turns amber under a quarter of that severity's window as it does there; "open case" files a new one.
 */
export function OpenCasesCard({
  customerId,
  cases,
  reload,
  queuePath,
}: {
  customerId: string;
  cases: ServiceCaseSummary[];
  reload: () => void;
  queuePath: string;
}) {
  const { t } = useOutletTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={t('openCasesTitle')}
      data-testid="open-cases"
      extra={
        <Button size="small" danger icon={<PlusOutlined />} data-testid="open-case" onClick={() => setOpen(true)}>
          {t('openCase')}
        </Button>
      }
    >
      {cases.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noOpenCases')} />
      ) : (
        <Flex vertical gap={10}>
          {cases.map((c) => (
            <div key={c.id} data-testid="open-case-item">
              <Flex gap={6} wrap align="center">
                <a href={queuePath} onClick={linkClick(queuePath)}>
                  <Typography.Text strong>{c.caseNo}</Typography.Text>
                </a>
                <Tag color={severityColor[c.severity]}>{t(`CaseSeverity_${c.severity}`)}</Tag>
                <Tag>{t(`CaseStatus_${c.status}`)}</Tag>
                <Typography.Text type="secondary">{t(`CaseCategory_${c.category}`)}</Typography.Text>
              </Flex>
              <Flex justify="space-between" gap={8}>
                <Typography.Text ellipsis>{c.title}</Typography.Text>
                <SlaCountdown dueAt={c.slaDueAt} breached={c.slaBreached} status={c.status} severity={c.severity} t={t} />
              </Flex>
            </div>
          ))}
        </Flex>
      )}
      <CaseFormModal customerId={customerId} open={open} onClose={() => setOpen(false)} onDone={reload} />
    </Card>
  );
}
