import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Input, InputNumber, Radio, Row, Select, Switch, Typography } from '@crm/ui-kit';
import { Form } from '@crm/ui-kit/forms';
import type { RemotePageProps } from '@crm/shared-types';
import { normalizeCreditCode, normalizeResidentId } from '@crm/shared-types';
import { useOutletTranslation } from '../outlet.i18n';
import { compact, idNumberProblem, maxRule, requiredRule } from '../common/forms';
import { applyServerFieldErrors } from '@crm/ui-kit';
import { linkClick, navigateTo, outletPath } from '../routing/outlet.routes';
import {
  COMPANY_SIZES,
  CONSENT_CHANNELS,
  INCOME_BANDS,
  type CompanySize,
  type ConsentChannel,
  type CustomerKind,
  type IncomeBand,
} from '../customer360/customer360.queries';
import { CreateCustomerMutation } from './forms.queries';
import { RevalidateOnLanguageChange } from './form-modal';

interface Values {
  kind: CustomerKind;
  name: string;
  idNumber: string;
  phone?: string;
  email?: string;
  address?: string;
  occupation?: string;
  incomeBand?: IncomeBand;
  industry?: string;
  legalRepresentative?: string;
  registeredCapital?: number | null;
  companySize?: CompanySize;
  marketingConsent: boolean;
  consentChannel?: ConsentChannel;
}
const FIELDS = [
  'kind',
  'name',
  'idNumber',
  'phone',
  'email',
  'address',
  'occupation',
  'incomeBand',
  'industry',
  'legalRepresentative',
  'registeredCapital',
  'companySize',
  'marketingConsent',
  'consentChannel',
] as const;
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** New customer: individual or corporate fields, checksum-checked ID number, server errors on their field. */
export function CustomerFormPage({ basePath }: RemotePageProps) {
  const { t } = useOutletTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'INDIVIDUAL';
  const consent = Form.useWatch('marketingConsent', form) ?? false;
  const [general, setGeneral] = useState<string[]>([]);
  const [{ fetching }, create] = useMutation(CreateCustomerMutation);
  const individual = kind === 'INDIVIDUAL';

  const onFinish = async (v: Values) => {
    setGeneral([]);
    const idNumber = individual ? normalizeResidentId(v.idNumber) : normalizeCreditCode(v.idNumber);
    const personal = individual
      ? { occupation: v.occupation, incomeBand: v.incomeBand }
      : { industry: v.industry, legalRepresentative: v.legalRepresentative, companySize: v.companySize };
    const input = {
      kind: v.kind,
      idNumber,
      name: v.name.trim(),
      ...compact({ phone: v.phone, email: v.email, address: v.address, ...personal }),
      ...(!individual && v.registeredCapital != null ? { registeredCapital: v.registeredCapital } : {}),
      marketingConsent: v.marketingConsent,
      ...(v.marketingConsent && v.consentChannel ? { consentChannel: v.consentChannel } : {}),
    };
    const result = await create({ input }, { additionalTypenames: ['Customer', 'CustomerPage', 'CustomerCounts'] });
    if (result.error) {
      setGeneral(applyServerFieldErrors(form, result.error as CombinedError, FIELDS));
      return;
    }
    const created = result.data!.createCustomer;
    void message.success(t('customerCreated', { customerNo: created.customerNo, name: created.name }));
    navigateTo(outletPath(basePath, { name: 'customer', id: created.id }));
  };

  const listPath = outletPath(basePath, { name: 'list' });
  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <Flex align="center" gap={12}>
        <Button type="link" icon={<ArrowLeftOutlined />} href={listPath} onClick={linkClick(listPath)} style={{ paddingInline: 0 }}>
          {t('backToList')}
        </Button>
      </Flex>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {t('newCustomerTitle')}
      </Typography.Title>
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          data-testid="customer-form"
          onFinish={onFinish}
          initialValues={{ kind: 'INDIVIDUAL', marketingConsent: false }}
          onValuesChange={(changed) => {
            if ('kind' in changed && form.getFieldValue('idNumber')) void form.validateFields(['idNumber']).catch(() => undefined);
          }}
        >
          <RevalidateOnLanguageChange form={form} />
          <Form.Item name="kind" label={t('customerKind')} rules={[requiredRule(t, 'customerKind', true)]}>
            <Radio.Group
              data-testid="customer-kind"
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'INDIVIDUAL', label: t('kindINDIVIDUAL') },
                { value: 'CORPORATE', label: t('kindCORPORATE') },
              ]}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={t(individual ? 'individualName' : 'corporateName')}
                rules={[
                  requiredRule(t, individual ? 'individualName' : 'corporateName'),
                  maxRule(t, individual ? 'individualName' : 'corporateName', 100),
                ]}
              >
                <Input data-testid="customer-name-input" maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="idNumber"
                label={t(individual ? 'residentId' : 'creditCode')}
                validateFirst
                rules={[
                  requiredRule(t, individual ? 'residentId' : 'creditCode'),
                  // read the kind from the form: on a kind switch this runs before the re-render
                  {
                    validator: async (_, value: string) => {
                      const p = value ? idNumberProblem(form.getFieldValue('kind') ?? 'INDIVIDUAL', value, t) : null;
                      if (p) throw new Error(p);
                    },
                  },
                ]}
              >
                <Input data-testid="customer-id-number" maxLength={18} style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('phone')} rules={[{ pattern: PHONE, message: t('phoneInvalid') }]}>
                <Input data-testid="customer-phone" maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="email" label={t('email')} rules={[{ type: 'email', message: t('emailInvalid') }, maxRule(t, 'email', 200)]}>
                <Input data-testid="customer-email" maxLength={200} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="address" label={t('address')} rules={[maxRule(t, 'address', 300)]}>
                <Input data-testid="customer-address" maxLength={300} />
              </Form.Item>
            </Col>
            {individual ? (
              <>
                <Col xs={24} md={12}>
                  <Form.Item name="occupation" label={t('occupation')} rules={[maxRule(t, 'occupation', 100)]}>
                    <Input data-testid="customer-occupation" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="incomeBand" label={t('incomeBand')}>
                    <Select allowClear options={INCOME_BANDS.map((b) => ({ value: b, label: t(`IncomeBand_${b}`) }))} />
                  </Form.Item>
                </Col>
              </>
            ) : (
              <>
                <Col xs={24} md={12}>
                  <Form.Item name="industry" label={t('industry')} rules={[maxRule(t, 'industry', 100)]}>
                    <Input data-testid="customer-industry" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="legalRepresentative" label={t('legalRepresentative')} rules={[maxRule(t, 'legalRepresentative', 100)]}>
                    <Input data-testid="customer-legal-representative" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="registeredCapital"
                    label={t('registeredCapital')}
                    rules={[{ type: 'number', min: 0, message: t('capitalInvalid') }]}
                  >
                    <InputNumber data-testid="customer-registered-capital" style={{ width: '100%' }} precision={2} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="companySize" label={t('companySize')}>
                    <Select allowClear options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`CompanySize_${s}`) }))} />
                  </Form.Item>
                </Col>
              </>
            )}
            <Col xs={24} md={12}>
              <Form.Item name="marketingConsent" label={t('consent')} valuePropName="checked">
                <Switch data-testid="customer-consent" />
              </Form.Item>
            </Col>
            {consent && (
              <Col xs={24} md={12}>
                <Form.Item name="consentChannel" label={t('consentChannel')} rules={[requiredRule(t, 'consentChannel', true)]}>
                  <Select options={CONSENT_CHANNELS.map((c) => ({ value: c, label: t(`ConsentChannel_${c}`) }))} />
                </Form.Item>
              </Col>
            )}
          </Row>
          {general.length > 0 && (
            <Alert type="error" showIcon title={t('formFailed')} description={general.join('\n')} style={{ marginBottom: 16 }} />
          )}
          <Flex justify="end" gap={8}>
            <Button href={listPath} onClick={linkClick(listPath)}>
              {t('cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={fetching} data-testid="customer-submit">
              {t('submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
