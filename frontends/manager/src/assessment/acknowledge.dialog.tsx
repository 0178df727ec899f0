import { useMutation } from 'urql';
import { Input, Typography } from '@crm/ui-kit';
import { Form } from '@crm/ui-kit/forms';
import { FormDialog } from '../common/form-dialog';
import { useManagerTranslation } from '../manager.i18n';
import { AcknowledgeMutation, type Assessment } from './assessment.queries';

/** The subgraph's bound on the comment. */
const COMMENT_MAX = 1000;

/** The assessed manager acknowledges a SUBMITTED assessment, with an optional comment; its version goes along (stale → CONFLICT). */
export function AcknowledgeDialog({ assessment, onClose, onDone }: { assessment: Assessment; onClose: () => void; onDone: () => void }) {
  const { t } = useManagerTranslation();
  const [form] = Form.useForm<{ comment?: string }>();
  const [, acknowledge] = useMutation(AcknowledgeMutation);
  return (
    <FormDialog<{ comment?: string }>
      open
      title={t('acknowledgeTitle')}
      testId="acknowledge-dialog"
      submitTestId="acknowledge-submit"
      submitText={t('acknowledge')}
      form={form}
      fields={['comment']}
      submit={({ comment }) => acknowledge({ id: assessment.id, version: assessment.version, comment: comment?.trim() || null })}
      successText={() => t('acknowledged')}
      onClose={onClose}
      onDone={onDone}
    >
      <Typography.Paragraph type="secondary">{t('acknowledgeHint')}</Typography.Paragraph>
      <Form.Item
        name="comment"
        label={t('comment')}
        rules={[{ max: COMMENT_MAX, message: t('maxLength', { field: t('comment'), max: COMMENT_MAX }) }]}
      >
        <Input.TextArea data-testid="acknowledge-comment" rows={3} maxLength={COMMENT_MAX} placeholder={t('commentPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
