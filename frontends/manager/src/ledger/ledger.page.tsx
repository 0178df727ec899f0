import { useQuery } from 'urql';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Result,
  Row,
  Spin,
  Statistic,
  Typography,
  PageTitle,
  count,
  errorCode,
  errorText,
  unitName,
} from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { useManagerTranslation } from '../manager.i18n';
import { MeQuery } from './ledger.queries';

/**
 * 我的台账 — the signed-in customer manager's ledger. Its first card: who they are as a manager
 * (grade, 专职/兼职, unit) and their portfolio against their capacity (`customerManager(id: sub)`).
 */
export function LedgerPage({ user, shellNavigation }: RemotePageProps) {
  const { t, i18n } = useManagerTranslation();
  const lang = i18n.language;
  const [{ data, fetching, error }, refetch] = useQuery({ query: MeQuery, variables: { id: user.sub } });
  const me = data?.customerManager;

  let body;
  if (error && !data) {
    body =
      errorCode(error) === 'NOT_FOUND' ? (
        <Result status="info" title={t('notAManager')} data-testid="not-a-manager" />
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="ledger-error"
          title={t('loadFailed')}
          description={errorText(error)}
          action={
            <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('retry')}
            </Button>
          }
        />
      );
  } else if (!me && fetching) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  } else if (me) {
    body = (
      <Card size="small" data-testid="manager-summary">
        <Typography.Title level={2} style={{ margin: '0 0 12px', fontSize: 16 }} data-testid="manager-name">
          {me.staff.name}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('unit')} value={unitName(me.orgUnit, lang)} styles={{ content: { fontSize: 16 } }} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('grade')} value={t(`ManagerGrade_${me.grade}`)} styles={{ content: { fontSize: 16 } }} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('employment')} value={t(`ManagerEmployment_${me.employment}`)} styles={{ content: { fontSize: 16 } }} />
          </Col>
          <Col xs={12} md={6} data-testid="manager-portfolio">
            <Statistic
              title={`${t('portfolio')} / ${t('capacity')}`}
              value={`${count(me.portfolioSize, lang)} / ${count(me.capacity, lang)}`}
              styles={{ content: { fontSize: 16 } }}
            />
          </Col>
        </Row>
      </Card>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="manager-ledger">
      <PageTitle shellNavigation={shellNavigation}>{t('navLedger')}</PageTitle>
      {body}
    </Flex>
  );
}
