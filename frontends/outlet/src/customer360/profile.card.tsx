import { useEffect, useState } from 'react';
import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Tooltip, Typography, money } from '@crm/ui-kit';
import { Descriptions, type DescriptionsProps } from '@crm/ui-kit/forms';
import type { PiiField } from '@crm/ui-kit/schema-types';
import { can, type StaffClaims } from '@crm/shared-types';
import { useOutletTranslation } from '../outlet.i18n';
import { date } from '../common/format';
import type { Customer360 } from './customer360.queries';
import { PiiRevealDialog } from './pii-reveal.dialog';

// the same table the customers subgraph enforces: the eye is offered only where the API would answer
export const canRevealPii = (user: StaffClaims) => can(user, 'CUSTOMER_PII_REVEAL');

const TEST_IDS = {
  ID_NUMBER: 'pii-id-number',
  PHONE: 'pii-phone',
  EMAIL: 'pii-email',
  ADDRESS: 'pii-address',
  BIRTH_DATE: 'pii-birth-date',
} as const satisfies Partial<Record<PiiField, string>>;
type ShownField = keyof typeof TEST_IDS;

/**
 * Profile with masked ID number, phone, address, e-mail and date of birth. PII_VIEWERs may reveal one
 * of them at a time (the eye beside it) after choosing a purpose from the bank's list; only that field
 * comes back in clear. The clear values live in this component's state only (never in urql's cache),
 * so they are gone when the page is left or another customer is opened.
 */
export function ProfileCard({ customer, user }: { customer: Customer360; user: StaffClaims }) {
  const { t, i18n } = useOutletTranslation();
  const [revealed, setRevealed] = useState<Partial<Record<ShownField, string | null>>>({});
  const [asking, setAsking] = useState<ShownField | null>(null);
  useEffect(() => {
    setRevealed({});
    setAsking(null);
  }, [customer.id]);
  const anyRevealed = Object.keys(revealed).length > 0;

  const pii = (field: ShownField, masked: string | null) => {
    const clear = field in revealed;
    const full = revealed[field];
    const testId = TEST_IDS[field];
    return (
      <Flex gap={4} align="center" wrap>
        <Typography.Text
          data-testid={testId}
          data-revealed={clear ? 'true' : 'false'}
          copyable={clear && full ? { text: full } : false}
          style={{ fontFamily: field === 'ID_NUMBER' || field === 'PHONE' ? 'monospace' : undefined }}
        >
          {(clear ? full : masked) ?? t('none')}
        </Typography.Text>
        {!clear && masked != null && canRevealPii(user) && (
          <Tooltip title={t('revealFieldAction', { field: t(`PiiField_${field}`) })}>
            <Button
              type="text"
              size="small"
              icon={<EyeOutlined />}
              data-testid={`reveal-${testId}`}
              aria-label={t('revealFieldAction', { field: t(`PiiField_${field}`) })}
              onClick={() => setAsking(field)}
            />
          </Tooltip>
        )}
      </Flex>
    );
  };

  const individual = customer.kind === 'INDIVIDUAL';
  const items: DescriptionsProps['items'] = [
    {
      key: 'idNumber',
      label: t(individual ? 'residentId' : 'creditCode'),
      children: pii('ID_NUMBER', customer.idNumber),
    },
    { key: 'phone', label: t('phone'), children: pii('PHONE', customer.phone) },
    { key: 'email', label: t('email'), children: pii('EMAIL', customer.email) },
    { key: 'address', label: t('address'), span: 'filled', children: pii('ADDRESS', customer.address) },
    ...(individual
      ? [
          { key: 'gender', label: t('gender'), children: customer.gender ? t(`gender${customer.gender}`) : t('none') },
          { key: 'birthDate', label: t('birthDate'), children: pii('BIRTH_DATE', customer.birthDate) },
          { key: 'occupation', label: t('occupation'), children: customer.occupation ?? t('none') },
          { key: 'incomeBand', label: t('incomeBand'), children: customer.incomeBand ? t(`IncomeBand_${customer.incomeBand}`) : t('none') },
        ]
      : [
          { key: 'industry', label: t('industry'), children: customer.industry ?? t('none') },
          { key: 'legalRepresentative', label: t('legalRepresentative'), children: customer.legalRepresentative ?? t('none') },
          { key: 'registeredCapital', label: t('registeredCapital'), children: money(customer.registeredCapital, i18n.language) },
          {
            key: 'companySize',
            label: t('companySize'),
            children: customer.companySize ? t(`CompanySize_${customer.companySize}`) : t('none'),
          },
        ]),
    { key: 'createdAt', label: t('createdAt'), children: date(customer.createdAt) },
  ];

  return (
    <Card
      size="small"
      title={t('profileTitle')}
      data-testid="profile-card"
      extra={
        anyRevealed && (
          <Button size="small" data-testid="hide-pii" onClick={() => setRevealed({})}>
            {t('revealHide')}
          </Button>
        )
      }
    >
      {anyRevealed && <Alert type="warning" showIcon data-testid="reveal-logged" title={t('revealLogged')} style={{ marginBottom: 12 }} />}
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
      {asking && (
        <PiiRevealDialog
          customerId={customer.id}
          field={asking}
          onClose={() => setAsking(null)}
          onRevealed={(r) => {
            // only the field asked for is ever in the answer
            if (r.customerId === customer.id) setRevealed((prev) => ({ ...prev, [asking]: r.value ?? null }));
            setAsking(null);
          }}
        />
      )}
    </Card>
  );
}
