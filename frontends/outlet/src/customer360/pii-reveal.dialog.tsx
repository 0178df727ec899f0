import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { Alert, Input, Select, Typography, applyServerFieldErrors, closedSet } from '@crm/ui-kit';
import { Form, Modal } from '@crm/ui-kit/forms';
import type { PiiField, PiiRevealPurpose } from '@crm/ui-kit/schema-types';
import { useOutletTranslation } from '../outlet.i18n';
import { maxRule, requiredRule } from '../common/forms';
import { RevalidateOnLanguageChange } from '../forms/form-modal';
import { RevealPiiMutation, type PiiReveal } from './customer360.queries';

// the bank's list, in the order the dialog offers it (a new purpose without both labels fails typecheck)
export const REVEAL_PURPOSES = closedSet<PiiRevealPurpose>()([
  'ACCOUNT_SERVICE',
  'COMPLAINT_HANDLING',
  'RISK_REVIEW',
  'LEGAL_REQUEST',
  'CUSTOMER_REQUEST',
]);
export const MAX_NOTE = 200;

interface Values {
  purpose?: PiiRevealPurpose;
  note?: string;
}

/**
 * Asks why one field is to be seen in clear — a purpose from the bank's list and an optional note —
 * and reveals only that field (one audit row per reveal, written by the API).
 */
export function PiiRevealDialog({
  customerId,
  field,
  onClose,
  onRevealed,
}: {
  customerId: string;
  field: PiiField;
  onClose: () => void;
  onRevealed: (r: PiiReveal) => void;
}) {
  const { t } = useOutletTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, reveal] = useMutation(RevealPiiMutation);
  const [general, setGeneral] = useState<string[]>([]);
  const fieldLabel = t(`PiiField_${field}`);
  const onFinish = async ({ purpose, note }: Values) => {
    if (!purpose) return;
    setGeneral([]);
    const result = await reveal({ customerId, field, purpose, note: note?.trim() || null }, { requestPolicy: 'network-only' });
    if (result.error) setGeneral(applyServerFieldErrors(form, result.error as CombinedError, ['purpose', 'note']));
    else if (result.data) onRevealed(result.data.revealCustomerPii);
  };
  return (
    <Modal
      open
      title={t('revealTitle', { field: fieldLabel })}
      onCancel={onClose}
      okText={t('revealConfirm')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'reveal-confirm', loading: fetching }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('revealNotice')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="reveal-form" data-field={field}>
        <RevalidateOnLanguageChange form={form} />
        <Form.Item name="purpose" label={t('revealPurpose')} rules={[requiredRule(t, 'revealPurpose', true)]}>
          <Select
            data-testid="reveal-purpose"
            placeholder={t('revealPurposePlaceholder')}
            options={REVEAL_PURPOSES.map((p) => ({ value: p, label: t(`PiiRevealPurpose_${p}`) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('revealNote')} rules={[maxRule(t, 'revealNote', MAX_NOTE)]}>
          <Input.TextArea data-testid="reveal-note" rows={2} showCount maxLength={MAX_NOTE} placeholder={t('revealNotePlaceholder')} />
        </Form.Item>
        {general.length > 0 && <Alert type="error" showIcon title={general.join('\n')} />}
      </Form>
    </Modal>
  );
}
