import { useMutation } from 'urql';
import type { Dayjs } from 'dayjs';
import { Input, Select } from '@crm/ui-kit';
import { DatePicker, Form } from '@crm/ui-kit/forms';
import { useOutletTranslation } from '../outlet.i18n';
import { compact, maxRule, requiredRule } from '../common/forms';
import { INTERACTION_CHANNELS, type InteractionChannel } from '../customer360/customer360.queries';
import { RecordInteractionMutation } from './forms.queries';
import { FormModal } from './form-modal';

interface Values {
  channel: InteractionChannel;
  occurredAt?: Dayjs;
  summary: string;
  outcome?: string;
  nextStep?: string;
  nextStepDue?: Dayjs;
}
const FIELDS = ['channel', 'occurredAt', 'summary', 'outcome', 'nextStep', 'nextStepDue'] as const;

export function InteractionFormModal({
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
  const [, record] = useMutation(RecordInteractionMutation);
  const submit = (v: Values) =>
    record(
      {
        input: {
          customerId,
          channel: v.channel,
          summary: v.summary.trim(),
          ...compact({ outcome: v.outcome, nextStep: v.nextStep }),
          ...(v.occurredAt ? { occurredAt: v.occurredAt.toISOString() } : {}),
          ...(v.nextStepDue ? { nextStepDue: v.nextStepDue.format('YYYY-MM-DD') } : {}),
        },
      },
      { additionalTypenames: ['Interaction'] },
    );

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      onDone={onDone}
      form={form}
      fields={FIELDS}
      submit={submit}
      title={t('recordInteraction')}
      testId="interaction-form"
      submitTestId="interaction-submit"
      successText={() => t('interactionRecorded')}
    >
      <Form.Item name="channel" label={t('interactionChannel')} rules={[requiredRule(t, 'interactionChannel', true)]}>
        <Select
          data-testid="interaction-channel"
          options={INTERACTION_CHANNELS.map((c) => ({ value: c, label: t(`InteractionChannel_${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="occurredAt" label={t('occurredAt')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="summary" label={t('summary')} rules={[requiredRule(t, 'summary'), maxRule(t, 'summary', 2000)]}>
        <Input.TextArea data-testid="interaction-summary" rows={4} showCount maxLength={2000} />
      </Form.Item>
      <Form.Item name="outcome" label={t('outcome')} rules={[maxRule(t, 'outcome', 500)]}>
        <Input data-testid="interaction-outcome" />
      </Form.Item>
      <Form.Item name="nextStep" label={t('nextStep')} rules={[maxRule(t, 'nextStep', 500)]}>
        <Input data-testid="interaction-next-step" />
      </Form.Item>
      <Form.Item name="nextStepDue" label={t('nextStepDue')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
