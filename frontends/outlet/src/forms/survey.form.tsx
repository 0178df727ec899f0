import { useMutation } from 'urql';
import { Input, InputNumber, Radio, Select } from '@crm/ui-kit';
import { Form } from '@crm/ui-kit/forms';
import { useOutletTranslation } from '../outlet.i18n';
import { maxRule, requiredRule } from '../common/forms';
import { TOUCHPOINTS, type Touchpoint } from '../customer360/customer360.queries';
import { RecordSurveyMutation } from './forms.queries';
import { FormModal } from './form-modal';

interface Values {
  touchpoint: Touchpoint;
  csat?: number;
  nps?: number | null;
  comment?: string;
}
const FIELDS = ['touchpoint', 'csat', 'nps', 'comment'] as const;

export function SurveyFormModal({
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
  const [, record] = useMutation(RecordSurveyMutation);
  const submit = (v: Values) =>
    record(
      {
        input: {
          customerId,
          touchpoint: v.touchpoint,
          ...(v.csat != null ? { csat: v.csat } : {}),
          ...(v.nps != null ? { nps: v.nps } : {}),
          ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}),
        },
      },
      { additionalTypenames: ['SatisfactionSurvey'] },
    );
  // one of the two scores: checked on the CSAT field (which depends on NPS, so it re-checks when NPS changes)
  const eitherScore = () => ({
    validator: async () => {
      const { csat, nps } = form.getFieldsValue(['csat', 'nps']);
      if (csat == null && nps == null) throw new Error(t('csatOrNps'));
    },
  });

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      onDone={onDone}
      form={form}
      fields={FIELDS}
      submit={submit}
      title={t('recordSurvey')}
      testId="survey-form"
      submitTestId="survey-submit"
      successText={() => t('surveyRecorded')}
    >
      <Form.Item name="touchpoint" label={t('touchpoint')} rules={[requiredRule(t, 'touchpoint', true)]}>
        <Select data-testid="survey-touchpoint" options={TOUCHPOINTS.map((p) => ({ value: p, label: t(`Touchpoint_${p}`) }))} />
      </Form.Item>
      <Form.Item name="csat" label={t('csat')} dependencies={['nps']} rules={[eitherScore]}>
        <Radio.Group data-testid="survey-csat" optionType="button" options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))} />
      </Form.Item>
      <Form.Item name="nps" label={t('nps')} rules={[{ type: 'integer', min: 0, max: 10, message: t('nps') }]}>
        <InputNumber data-testid="survey-nps" min={0} max={10} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="comment" label={t('comment')} rules={[maxRule(t, 'comment', 1000)]}>
        <Input.TextArea data-testid="survey-comment" rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
