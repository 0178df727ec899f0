import { useCallback } from 'react';
import { useQuery } from 'urql';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Result, Row, Spin } from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { useOutletTranslation } from '../outlet.i18n';
import { errorText } from '@crm/ui-kit';
import { linkClick, outletPath } from '../routing/outlet.routes';
import { Customer360Query } from './customer360.queries';
import { ProfileCard } from './profile.card';
import { AccountsCard } from './accounts.card';
import { TransactionsCard } from './transactions.card';
import { InteractionsCard } from './interactions.card';
import { NeedsCard } from './needs.card';
import { OpenCasesCard } from './cases.card';
import { BalancesCard, CustomerHeader, RelationshipsCard, SurveysCard } from './summary.cards';
import { TierSection } from './tier.section';
import { ManagerCard } from './manager.card';
import { C360SectionBlock, C360SectionNav } from './customer360.sections';

// an empty list in the result carries no __typename: name the types a mutation may add to this view
const context = { additionalTypenames: ['CustomerNeed', 'ServiceCase', 'SatisfactionSurvey', 'CustomerRelationship'] };

/** The customer 360: one request for the fixed sections; accounts, transactions and interactions page on their own. */
export function Customer360Page({ user, basePath, customerId }: RemotePageProps & { customerId: string }) {
  const { t } = useOutletTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Customer360Query, variables: { id: customerId }, context });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const listPath = outletPath(basePath, { name: 'list' });
  const customer = data?.customer;

  let body;
  if (error && !customer) {
    body = (
      <Alert
        type="error"
        showIcon
        data-testid="customer-360-error"
        title={t('loadFailed360')}
        description={errorText(error)}
        action={
          <Button size="small" onClick={reload}>
            {t('retry')}
          </Button>
        }
      />
    );
  } else if (!customer && fetching) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  } else if (!customer) {
    body = <Result status="404" title={t('customerNotFound')} />;
  } else {
    body = (
      <Flex vertical gap={16} key={customer.id /* another customer: fresh filters, no revealed values */}>
        <CustomerHeader customer={customer} basePath={basePath} />
        <C360SectionNav ready />
        <C360SectionBlock section="profile">
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <ProfileCard customer={customer} user={user} />
            </Col>
            <Col xs={24} xl={9}>
              {/* the balances, then who looks after the customer */}
              <Flex vertical gap={16}>
                <BalancesCard balances={customer.balances} />
                <ManagerCard customerId={customer.id} user={user} />
              </Flex>
            </Col>
          </Row>
        </C360SectionBlock>
        <C360SectionBlock section="tier">
          <TierSection customer={customer} />
        </C360SectionBlock>
        <C360SectionBlock section="accounts">
          <AccountsCard customerId={customer.id} />
        </C360SectionBlock>
        <C360SectionBlock section="transactions">
          <TransactionsCard customerId={customer.id} />
        </C360SectionBlock>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <C360SectionBlock section="contacts">
              <InteractionsCard customerId={customer.id} />
            </C360SectionBlock>
          </Col>
          <Col xs={24} xl={12}>
            <Flex vertical gap={16}>
              <C360SectionBlock section="cases">
                <OpenCasesCard
                  customerId={customer.id}
                  cases={customer.serviceCases}
                  reload={reload}
                  queuePath={outletPath(basePath, { name: 'cases' })}
                />
              </C360SectionBlock>
              <C360SectionBlock section="needs">
                <NeedsCard customerId={customer.id} needs={customer.needs} reload={reload} />
              </C360SectionBlock>
            </Flex>
          </Col>
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <C360SectionBlock section="relationships">
              <RelationshipsCard relationships={customer.relationships} basePath={basePath} />
            </C360SectionBlock>
          </Col>
          <Col xs={24} xl={12}>
            <C360SectionBlock section="surveys">
              <SurveysCard customerId={customer.id} surveys={customer.surveys.items} reload={reload} />
            </C360SectionBlock>
          </Col>
        </Row>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={12} data-testid="customer-360">
      <div>
        <Button type="link" icon={<ArrowLeftOutlined />} href={listPath} onClick={linkClick(listPath)} style={{ paddingInline: 0 }}>
          {t('backToList')}
        </Button>
      </div>
      {body}
    </Flex>
  );
}
