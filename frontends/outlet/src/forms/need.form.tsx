import { useMutation } from 'urql';
import { Input, Segmented, Select } from '@crm/ui-kit';
import { Form } from '@crm/ui-kit/forms';
import { useOutletTranslation } from '../outlet.i18n';
import { maxRule, requiredRule } from '../common/forms';
import { NEED_CATEGORIES, NEED_PRIORITIES, type NeedCategory, type NeedPriority } from '../customer360/customer360.queries';
import { CaptureNeedMutation } from './forms.queries';
import { FormModal } from './form-modal';

interface Values {
  category: NeedCategory;
  description: string;
  priority: NeedPriority;
}
const FIELDS = ['category', 'description', 'priority'] as const;

export function NeedFormModal({
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
  const [, capture] = useMutation(CaptureNeedMutation);
  const submit = (v: Values) =>
    capture(
      { input: { customerId, category: v.category, description: v.description.trim(), priority: v.priority } },
      { additionalTypenames: ['CustomerNeed'] },
    );

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      onDone={onDone}
      form={form}
      fields={FIELDS}
      submit={submit}
      title={t('captureNeed')}
      testId="need-form"
      submitTestId="need-submit"
      successText={() => t('needCaptured')}
      initialValues={{ priority: 'MEDIUM' }}
    >
      <Form.Item name="category" label={t('needCategory')} rules={[requiredRule(t, 'needCategory', true)]}>
        <Select data-testid="need-category" options={NEED_CATEGORIES.map((c) => ({ value: c, label: t(`NeedCategory_${c}`) }))} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('needDescription')}
        rules={[requiredRule(t, 'needDescription'), maxRule(t, 'needDescription', 2000)]}
      >
        <Input.TextArea data-testid="need-description" rows={3} showCount maxLength={2000} />
      </Form.Item>
      <Form.Item name="priority" label={t('needPriority')}>
        <Segmented options={NEED_PRIORITIES.map((p) => ({ value: p, label: t(`NeedPriority_${p}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
