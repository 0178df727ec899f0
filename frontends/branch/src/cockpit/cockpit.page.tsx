import { useQuery } from 'urql';
import { ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Result, Row, Select, Spin, Statistic, Tag, Typography } from '@crm/ui-kit';
import { can, type RemotePageProps } from '@crm/shared-types';
import { useBranchTranslation } from '../branch.i18n';
import { PageTitle, errorText, unitName } from '@crm/ui-kit';
import { branchPath, linkClick } from '../routing/branch.routes';
import { AsOfDatesQuery, MyUnitQuery, UnitQuery, type CockpitUnit } from './cockpit.queries';
import { MEASURE_KEYS, measureText } from './measures';
import { ComparisonCard } from './comparison.card';
import { TierDistributionCard } from './tier-distribution.card';
import { TierMovementsCard } from './tier-movements.card';
import { ChurnRiskCard } from './churn-risk.card';
import { ManagersSection } from '../managers/managers.section';

/**
 * The cockpit of one unit: the caller's own (`unitId` undefined → myOrgUnit) or one below it, down to
 * an outlet (`unitId` from the URL → orgUnit(id)). Every card shows the unit looked at: its KPIs, its
 * children compared and its tier mix (the unit's rollup and childRollups), the customers of the unit who
 * moved tier (`tierMovements(orgUnitId)`) and its churn list (`churnRiskCustomers(orgUnitId)`: its
 * total is the headline's at-risk count). Without `unitId` both lists take no unit: the caller's scope.
 */
export function CockpitPage({
  user,
  basePath,
  shellNavigation,
  unitId,
  asOf,
  onAsOf,
}: RemotePageProps & { unitId?: string; asOf: string | null; onAsOf: (asOf: string | null) => void }) {
  const { t, i18n } = useBranchTranslation();
  const lang = i18n.language;
  const [dates] = useQuery({ query: AsOfDatesQuery });
  const [mine, refetchMine] = useQuery({ query: MyUnitQuery, variables: { asOf }, pause: !!unitId });
  const [drilled, refetchDrilled] = useQuery({ query: UnitQuery, variables: { id: unitId ?? '', asOf }, pause: !unitId });
  const { data, fetching, error } = unitId ? drilled : mine;
  const unit: CockpitUnit | null | undefined = unitId ? drilled.data?.orgUnit : mine.data?.myOrgUnit;
  const myUnit = unitId ? drilled.data?.myOrgUnit : mine.data?.myOrgUnit;
  const reload = () => (unitId ? refetchDrilled : refetchMine)({ requestPolicy: 'network-only' });
  const outlet = unit?.level === 'OUTLET';
  // the lists' scope in words: the unit (and the units below it, above an outlet)
  const scope = unit ? (outlet ? unitName(unit, lang) : t('unitAndBelow', { name: unitName(unit, lang) })) : undefined;
  // the unit's managers: for whoever may read managers, once the unit is known to be in scope
  const showManagers = can(user, 'MANAGER_READ') && !!unit && !(unitId && !unit.rollup);

  const homePath = branchPath(basePath, { name: 'home' });
  const upPath =
    unit?.parent && myUnit && unitId && unit.parent.id !== myUnit.id
      ? branchPath(basePath, { name: 'unit', id: unit.parent.id })
      : homePath;

  let body;
  if (error && !data) {
    body = (
      <Alert
        type="error"
        showIcon
        data-testid="cockpit-error"
        title={t('loadFailed')}
        description={errorText(error)}
        action={
          <Button size="small" onClick={reload}>
            {t('retry')}
          </Button>
        }
      />
    );
  } else if (!data && fetching) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  } else if (!unit || (unitId && !unit.rollup)) {
    body = <Result status="404" title={t('outOfScope')} />;
  } else if (!unit.rollup) {
    body = <Result status="info" title={t('notScored')} data-testid="not-scored" />;
  } else {
    const rollup = unit.rollup;
    body = (
      <Flex vertical gap={16}>
        <Card size="small" data-testid="unit-kpis">
          <Row gutter={[16, 16]}>
            {MEASURE_KEYS.map((k) => (
              <Col key={k} xs={12} md={6} xl={3} data-testid={`kpi-${k}`}>
                <Statistic title={t(k)} value={measureText(rollup, k, lang)} styles={{ content: { fontSize: 20 } }} />
              </Col>
            ))}
          </Row>
        </Card>
        <ComparisonCard unit={unit} basePath={basePath} />
        <TierDistributionCard unit={unit} />
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="branch-cockpit">
      <Flex gap={12} align="center" wrap justify="space-between">
        <Flex gap={8} align="center" wrap>
          <PageTitle shellNavigation={shellNavigation}>{t('pageTitle')}</PageTitle>
          {unit && (
            <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }} data-testid="cockpit-unit">
              {unitName(unit, lang)}
            </Typography.Title>
          )}
          {unit && <Tag data-testid="cockpit-level">{t(`OrgLevel_${unit.level}`)}</Tag>}
          {unitId && myUnit && (
            <>
              <a href={homePath} onClick={linkClick(homePath)} data-testid="cockpit-home">
                {t('myUnit')}：{unitName(myUnit, lang)}
              </a>
              <Button
                size="small"
                type="link"
                icon={<ArrowUpOutlined />}
                href={upPath}
                onClick={linkClick(upPath)}
                data-testid="cockpit-up"
              >
                {t('upOneLevel')}
              </Button>
            </>
          )}
        </Flex>
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{t('asOf')}</Typography.Text>
          <Select
            size="small"
            style={{ minWidth: 140 }}
            data-testid="cockpit-as-of"
            aria-label={t('asOf')}
            value={asOf ?? ''}
            onChange={(v: string) => onAsOf(v || null)}
            options={[{ value: '', label: t('asOfLatest') }, ...(dates.data?.scoreAsOfDates ?? []).map((d) => ({ value: d, label: d }))]}
          />
        </Flex>
      </Flex>
      {body}
      {showManagers && <ManagersSection key={`g-${unitId ?? ''}`} user={user} orgUnitId={unitId ?? null} scope={scope} />}
      <TierMovementsCard key={`m-${asOf}`} asOf={asOf} orgUnitId={unitId ?? null} outlet={outlet} scope={scope} />
      <ChurnRiskCard key={`c-${asOf}`} asOf={asOf} orgUnitId={unitId ?? null} outlet={outlet} scope={scope} />
    </Flex>
  );
}
