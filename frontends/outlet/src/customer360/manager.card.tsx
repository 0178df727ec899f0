import { useQuery } from 'urql';
import { Alert, Card, Empty, Flex, Spin, Tag, Typography, bankColors, date, errorText, unitName } from '@crm/ui-kit';
import { Descriptions, Timeline } from '@crm/ui-kit/forms';
import { can, type StaffClaims } from '@crm/shared-types';
import { useOutletTranslation } from '../outlet.i18n';
import { CustomerManagerQuery, type ManagerPeriod } from './manager.queries';

/** Who may see who kept the customer before: the leaders who move portfolios. */
export const maySeeManagerHistory = (user: StaffClaims) => can(user, 'PORTFOLIO_REASSIGN');

/**
 * The customer's primary manager (客户经理): name, unit, 专职/兼职, grade, since when; for a leader
 * who may reassign, every period before, newest first (who, from when to when, why, who assigned
 * and approved it, the handover note). Its own request: the rest of the 360 never waits for it.
 */
export function ManagerCard({ customerId, user }: { customerId: string; user: StaffClaims }) {
  const { t, i18n } = useOutletTranslation();
  const lang = i18n.language;
  const withHistory = maySeeManagerHistory(user);
  const [{ data, fetching, error }] = useQuery({ query: CustomerManagerQuery, variables: { id: customerId, withHistory } });
  const customer = data?.customer;
  const manager = customer?.manager;
  const current = customer?.managerHistory.find((p) => p.endedAt == null);

  let body;
  if (error && !customer) {
    body = <Alert type="error" showIcon title={t('managerLoadFailed')} description={errorText(error)} />;
  } else if (!customer && fetching) {
    body = (
      <Flex justify="center" style={{ padding: 16 }}>
        <Spin />
      </Flex>
    );
  } else if (!manager) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span data-testid="no-manager">{t('noManagerYet')}</span>} />;
  } else {
    body = (
      <Descriptions
        size="small"
        column={1}
        data-testid="customer-manager-details"
        items={[
          {
            key: 'name',
            label: t('managerName'),
            children: (
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong data-testid="manager-name">
                  {manager.staff.name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {manager.staff.position}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'unit', label: t('managerUnit'), children: <span data-testid="manager-unit">{unitName(manager.orgUnit, lang)}</span> },
          {
            key: 'employment',
            label: t('managerEmployment'),
            children: (
              <Tag color={manager.employment === 'FULL_TIME' ? bankColors.navy : 'default'} data-testid="manager-employment">
                {t(`ManagerEmployment_${manager.employment}`)}
              </Tag>
            ),
          },
          { key: 'grade', label: t('managerGrade'), children: t(`ManagerGrade_${manager.grade}`) },
          { key: 'since', label: t('managerSince'), children: <span data-testid="manager-since">{date(current?.startedAt)}</span> },
        ]}
      />
    );
  }

  return (
    <Card size="small" title={t('managerTitle')} data-testid="manager-card">
      {body}
      {withHistory && customer && <ManagerHistory periods={customer.managerHistory} />}
    </Card>
  );
}

/** Every period of the customer with a manager, newest first. */
function ManagerHistory({ periods }: { periods: ManagerPeriod[] }) {
  const { t, i18n } = useOutletTranslation();
  const lang = i18n.language;
  return (
    <div data-testid="manager-history" style={{ marginTop: 12 }}>
      <Typography.Text strong>{t('managerHistoryTitle')}</Typography.Text>
      {periods.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noHistory')} />
      ) : (
        <Timeline
          style={{ marginTop: 12 }}
          items={periods.map((p) => ({
            key: p.id,
            color: p.endedAt == null ? bankColors.navy : 'gray',
            content: (
              <Flex vertical gap={2} data-testid="manager-period">
                <Typography.Text strong>
                  {p.manager ? t('managerOption', { name: p.manager.staff.name, unit: unitName(p.manager.orgUnit, lang) }) : t('none')}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('periodRange', { from: date(p.startedAt), to: p.endedAt ? date(p.endedAt) : t('periodNow') })}
                </Typography.Text>
                <Flex gap={6} wrap align="center" style={{ fontSize: 12 }}>
                  {p.reason && <Tag style={{ marginInlineEnd: 0 }}>{t(`AssignmentReason_${p.reason}`)}</Tag>}
                  {p.assignedBy && <Typography.Text type="secondary">{t('assignedBy', { name: p.assignedBy.name })}</Typography.Text>}
                  {p.approvedBy && <Typography.Text type="secondary">{t('approvedBy', { name: p.approvedBy.name })}</Typography.Text>}
                </Flex>
                {p.handoverNote && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('handoverNote', { note: p.handoverNote })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          }))}
        />
      )}
    </div>
  );
}
