import { useEffect, useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Typography, money, type DescriptionsProps } from '@crm/ui-kit';
import { can, type StaffClaims } from '@crm/shared-types';
import { useOutletTranslation } from '../outlet.i18n';
import { date } from '../common/format';
import { applyServerFieldErrors } from '@crm/ui-kit';
import { minRule, requiredRule } from '../common/forms';
import { RevalidateOnLanguageChange } from '../forms/form-modal';
import { RevealPiiMutation, type Customer360, type PiiReveal } from './customer360.queries';

// the same table the customers subgraph enforces: the button is offered only where the API would answer
export const canRevealPii = (user: StaffClaims) => can(user, 'CUSTOMER_PII_REVEAL');
// account numbers are not needed here; the birth date is masked with the ID number (it would undo the mask)
const REVEAL_FIELDS = ['ID_NUMBER', 'PHONE', 'ADDRESS', 'EMAIL', 'BIRTH_DATE'] as const;

/**
 * Profile with masked ID number, phone, address, e-mail. PII_VIEWERs may reveal them after stating a
 * purpose; the unmasked values live in this component's state only (never in urql's cache), so they are
 * gone when the page is left or another customer is opened.
 */
export function ProfileCard({ customer, user }: { customer: Customer360; user: StaffClaims }) {
  const { t, i18n } = useOutletTranslation();
  const [revealed, setRevealed] = useState<PiiReveal | null>(null);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    setRevealed(null);
  }, [customer.id]);

  const pii = (masked: string | null, full: string | null | undefined, testId: string) => (
    <Typography.Text
      data-testid={testId}
      data-revealed={revealed ? 'true' : 'false'}
      copyable={revealed && full ? { text: full } : false}
      style={{ fontFamily: testId === 'pii-id-number' || testId === 'pii-phone' ? 'monospace' : undefined }}
    >
      {(revealed ? full : masked) ?? t('none')}
    </Typography.Text>
  );

  const individual = customer.kind === 'INDIVIDUAL';
  const items: DescriptionsProps['items'] = [
    {
      key: 'idNumber',
      label: t(individual ? 'residentId' : 'creditCode'),
      children: pii(customer.idNumber, revealed?.idNumber, 'pii-id-number'),
    },
    { key: 'phone', label: t('phone'), children: pii(customer.phone, revealed?.phone, 'pii-phone') },
    { key: 'email', label: t('email'), children: pii(customer.email, revealed?.email, 'pii-email') },
    { key: 'address', label: t('address'), span: 'filled', children: pii(customer.address, revealed?.address, 'pii-address') },
    ...(individual
      ? [
          { key: 'gender', label: t('gender'), children: customer.gender ? t(`gender${customer.gender}`) : t('none') },
          { key: 'birthDate', label: t('birthDate'), children: pii(customer.birthDate, revealed?.birthDate, 'pii-birth-date') },
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
        canRevealPii(user) &&
        (revealed ? (
          <Button size="small" data-testid="hide-pii" onClick={() => setRevealed(null)}>
            {t('revealHide')}
          </Button>
        ) : (
          <Button size="small" icon={<EyeOutlined />} data-testid="reveal-pii" onClick={() => setAsking(true)}>
            {t('reveal')}
          </Button>
        ))
      }
    >
      {revealed && <Alert type="warning" showIcon data-testid="reveal-logged" title={t('revealLogged')} style={{ marginBottom: 12 }} />}
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
      {asking && (
        <RevealModal
          customerId={customer.id}
          onClose={() => setAsking(false)}
          onRevealed={(r) => {
            setRevealed(r);
            setAsking(false);
          }}
        />
      )}
    </Card>
  );
}

function RevealModal({ customerId, onClose, onRevealed }: { customerId: string; onClose: () => void; onRevealed: (r: PiiReveal) => void }) {
  const { t } = useOutletTranslation();
  const [form] = Form.useForm<{ purpose: string }>();
  const [{ fetching }, reveal] = useMutation(RevealPiiMutation);
  const [general, setGeneral] = useState<string[]>([]);
  const onFinish = async ({ purpose }: { purpose: string }) => {
    setGeneral([]);
    const result = await reveal({ customerId, purpose: purpose.trim(), fields: [...REVEAL_FIELDS] }, { requestPolicy: 'network-only' });
    if (result.error) setGeneral(applyServerFieldErrors(form, result.error as CombinedError, ['purpose']));
    else if (result.data) onRevealed(result.data.revealCustomerPii);
  };
  return (
    <Modal
      open
      title={t('revealTitle')}
      onCancel={onClose}
      okText={t('revealConfirm')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'reveal-confirm', loading: fetching }}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">{t('revealNotice')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="reveal-form">
        <RevalidateOnLanguageChange form={form} />
        <Form.Item name="purpose" label={t('revealPurpose')} rules={[requiredRule(t, 'revealPurpose'), minRule(t, 'revealPurpose', 4)]}>
          <Input.TextArea data-testid="reveal-purpose" rows={2} maxLength={200} placeholder={t('revealPurposePlaceholder')} autoFocus />
        </Form.Item>
        {general.length > 0 && <Alert type="error" showIcon title={general.join('\n')} />}
      </Form>
    </Modal>
  );
}
