import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CombinedError, OperationResult } from 'urql';
import { Alert, App, Button, Flex } from '@crm/ui-kit';
import { Form, Modal, type FormInstance } from '@crm/ui-kit/forms';
import { useManagerTranslation } from '../manager.i18n';
import { applyManagerFieldErrors } from './server-errors';

/**
 * A dialog with one form and one mutation: the form's own rules first, then the server's refusals —
 * a field's (BAD_USER_INPUT with `extensions.field`) on that field, the rest (CONFLICT, NOT_FOUND …)
 * in an alert above the buttons — all in the user's language. Closes on success with a message.
 */
export function FormDialog<V>({
  open,
  title,
  testId,
  submitTestId,
  submitText,
  form,
  fields,
  submit,
  successText,
  onClose,
  onDone,
  initialValues,
  children,
}: {
  open: boolean;
  title: ReactNode;
  testId: string;
  submitTestId: string;
  submitText?: string;
  form: FormInstance<V>;
  /** the form's field names, which a server error's `extensions.field` may name */
  fields: readonly string[];
  submit: (values: V) => Promise<OperationResult>;
  successText: (result: OperationResult) => string;
  onClose: () => void;
  /** after a successful submit (refresh what it changed) */
  onDone: () => void;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  const { t, i18n } = useManagerTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const lastError = useRef<CombinedError | null>(null);

  // the form's words follow a language switch: the shown errors are validated (and the server's translated) again
  const language = i18n.language;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const shown = form
      .getFieldsError()
      .filter((f) => f.errors.length)
      .map((f) => f.name);
    if (shown.length) form.validateFields(shown).catch(() => undefined);
    if (lastError.current) setGeneral(applyManagerFieldErrors(form, lastError.current, fields));
  }, [language, form, fields]);

  const onFinish = async (values: V) => {
    setBusy(true);
    setGeneral([]);
    lastError.current = null;
    try {
      const result = await submit(values);
      if (result.error) {
        lastError.current = result.error;
        setGeneral(applyManagerFieldErrors(form, result.error, fields));
        return;
      }
      void message.success(successText(result));
      onDone();
      onClose();
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setGeneral([]);
    lastError.current = null;
    onClose();
  };

  return (
    <Modal open={open} title={title} onCancel={close} footer={null} destroyOnHidden width={520}>
      <Form<V> form={form} layout="vertical" data-testid={testId} onFinish={onFinish} initialValues={initialValues} requiredMark>
        {children}
        {general.length > 0 && (
          <Alert type="error" showIcon data-testid="dialog-error" title={general.join('；')} style={{ marginBottom: 16 }} />
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={close}>{t('cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid={submitTestId}>
            {submitText ?? t('save')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
