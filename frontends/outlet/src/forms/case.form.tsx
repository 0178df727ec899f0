import { useMutation } from 'urql';
import { Input, Select } from '@crm/ui-kit';
import { Form } from '@crm/ui-kit/forms';
import { useOutletTranslation } from '../outlet.i18n';
import { maxRule, requiredRule } from '../common/forms';
import { CASE_CATEGORIES, CASE_SEVERITIES, type CaseCategory, type CaseSeverity } from '../customer360/customer360.queries';
import { OpenServiceCaseMutation } from './forms.queries';
import { FormModal } from './form-modal';

interface Values {
  category: CaseCategory;
  severity: CaseSeverity;
  title: string;
  description: string;
}
const FIELDS = ['category', 'severity', 'title', 'description'] as const;

export function CaseFormModal({
  customerId,
  open,
  onClose,
  onDone,
}: {
  customerId: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useOutletTranslation();
  const [form] = Form.useForm<Values>();
  const [, openCase] = useMutation(OpenServiceCaseMutation);
  const submit = (v: Values) =>
    openCase(
      { input: { customerId, category: v.category, severity: v.severity, title: v.title.trim(), description: v.description.trim() } },
      { additionalTypenames: ['ServiceCase'] },
    );

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      onDone={onDone}
      form={form}
      fields={FIELDS}
      submit={submit}
      title={t('openCase')}
      testId="case-form"
      submitTestId="case-submit"
      successText={(r) => t('caseOpened', { caseNo: r.data?.openServiceCase?.caseNo ?? '' })}
    >
      <Form.Item name="category" label={t('caseCategory')} rules={[requiredRule(t, 'caseCategory', true)]}>
        <Select data-testid="case-category" options={CASE_CATEGORIES.map((c) => ({ value: c, label: t(`CaseCategory_${c}`) }))} />
      </Form.Item>
      <Form.Item name="severity" label={t('caseSeverity')} rules={[requiredRule(t, 'caseSeverity', true)]}>
        <Select data-testid="case-severity" options={CASE_SEVERITIES.map((s) => ({ value: s, label: t(`CaseSeverity_${s}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('caseTitle')} rules={[requiredRule(t, 'caseTitle'), maxRule(t, 'caseTitle', 200)]}>
        <Input data-testid="case-title" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('caseDescription')}
        rules={[requiredRule(t, 'caseDescription'), maxRule(t, 'caseDescription', 4000)]}
      >
        <Input.TextArea data-testid="case-description" rows={4} showCount maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
