import { useMemo } from 'react';
import { useQuery } from 'urql';
import { Alert, Button, Empty, Spin, Tag, Typography, errorText, unitName } from '@crm/ui-kit';
import { Descriptions, Modal, Timeline } from '@crm/ui-kit/forms';
import { useOutletTranslation } from '../outlet.i18n';
import { dateTime } from '../common/format';
import { SlaCountdown } from '../common/sla';
import { linkClick, outletPath } from '../routing/outlet.routes';
import { severityColor } from '../customer360/cases.card';
import { CaseDetailQuery, type CaseAction } from './cases.queries';

/** What each recorded step is called, over the generated enum (zh, en). */
export const CASE_ACTION_LABEL: Readonly<Record<CaseAction, { zh: string; en: string }>> = {
  OPENED: { zh: '登记', en: 'Opened' },
  ACKNOWLEDGED: { zh: '受理', en: 'Acknowledged' },
  ESCALATED: { zh: '升级', en: 'Escalated' },
  RESOLVED: { zh: '解决', en: 'Resolved' },
  CLOSED: { zh: '关闭', en: 'Closed' },
};

const context = { additionalTypenames: ['ServiceCase'] };

/**
 * A complaint opened from the queue, without leaving it: what the customer said, the SLA, the
 * handling unit and every step (who handled it where, with the note), and the way to the customer's 360.
 */
export function CaseDrawer({ id, basePath, onClose }: { id: string; basePath: string; onClose: () => void }) {
  const { t, i18n } = useOutletTranslation();
  const lng = i18n.language;
  const variables = useMemo(() => ({ id }), [id]);
  const [{ data, fetching, error }] = useQuery({ query: CaseDetailQuery, variables, context });
  const c = data?.serviceCase;
  const customerPath = c ? outletPath(basePath, { name: 'customer', id: c.customer.id }) : '';
  return (
    // the kit has no Drawer: a wide dialog over the queue, closed with Esc or the button
    <Modal
      open
      width={640}
      onCancel={onClose}
      title={c ? `${c.caseNo} · ${c.title}` : t('caseDetailTitle')}
      footer={
        <Button onClick={onClose} data-testid="case-drawer-close">
          {t('caseBackToQueue')}
        </Button>
      }
    >
      <div data-testid="case-drawer">
        {error && <Alert type="error" showIcon title={t('loadFailedQueue')} description={errorText(error)} />}
        {fetching && !c && <Spin />}
        {!fetching && !error && !c && <Empty description={t('caseNotFound')} />}
        {c && (
          <>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('colCaseNo')}>
                <span style={{ fontFamily: 'monospace' }}>{c.caseNo}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('colCustomer')}>
                <a href={customerPath} onClick={linkClick(customerPath)} data-testid="case-drawer-customer">
                  {c.customer.name}
                </a>{' '}
                <Typography.Text type="secondary">{c.customer.customerNo}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('colSeverity')}>
                <Tag color={severityColor[c.severity]}>{t(`CaseSeverity_${c.severity}`)}</Tag>
                {t(`CaseCategory_${c.category}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('colCaseStatus')}>{t(`CaseStatus_${c.status}`)}</Descriptions.Item>
              <Descriptions.Item label={t('colSla')}>
                <SlaCountdown dueAt={c.slaDueAt} breached={c.slaBreached} status={c.status} severity={c.severity} t={t} />
              </Descriptions.Item>
              <Descriptions.Item label={t('colHandler')}>
                {unitName(c.handlingOrgUnit, lng)}
                {c.escalationLevel > 0 && (
                  <Tag color="orange" style={{ marginInlineStart: 6 }}>
                    {t('escalationLevel', { n: c.escalationLevel })}
                  </Tag>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('colOpenedAt')}>{dateTime(c.openedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('caseDescription')}>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
              </Descriptions.Item>
              {c.rootCause && <Descriptions.Item label={t('rootCause')}>{c.rootCause}</Descriptions.Item>}
              {c.resolution && <Descriptions.Item label={t('resolution')}>{c.resolution}</Descriptions.Item>}
            </Descriptions>
            <Typography.Title level={5} style={{ marginTop: 20 }}>
              {t('caseSteps')}
            </Typography.Title>
            <Timeline
              items={c.events.map((e) => ({
                key: e.id,
                content: (
                  <div data-testid="case-event">
                    <Typography.Text strong>{CASE_ACTION_LABEL[e.action][lng.startsWith('zh') ? 'zh' : 'en']}</Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {dateTime(e.at)} · {unitName(e.toOrgUnit, lng)}
                    </Typography.Text>
                    {e.note && <div>{e.note}</div>}
                  </div>
                ),
              }))}
            />
            <Button href={customerPath} onClick={linkClick(customerPath)}>
              {t('caseOpenCustomer')}
            </Button>
          </>
        )}
      </div>
    </Modal>
  );
}
