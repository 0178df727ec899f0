import { useState, type ReactNode } from 'react';
import type { CombinedError, OperationResult } from 'urql';
import { Alert, App, Button, Flex } from '@crm/ui-kit';
import { Form, Modal, type FormInstance } from '@crm/ui-kit/forms';
import { useOutletTranslation } from '../outlet.i18n';
import { applyServerFieldErrors } from '@crm/ui-kit';
import { useRevalidateOnLanguageChange } from '../common/forms';

export interface FormModalProps<V> {
  open: boolean;
  title: ReactNode;
  testId: string;
  submitTestId: string;
  form: FormInstance<V>;
  /** the form's field names, for mapping a server error's `extensions.field` */
  fields: readonly string[];
  /** sends the mutation; resolves to urql's result */
  submit: (values: V) => Promise<OperationResult>;
  /** after a successful submit: the success message */
  successText: (result: OperationResult) => string;
  onClose: () => void;
  onDone: () => void;
  initialValues?: Partial<V>;
  children: ReactNode;
}

/** A modal antd form: field-level rules, server field errors on their field, the rest in an alert. */
export function FormModal<V>({
  open,
  title,
  testId,
  submitTestId,
  form,
  fields,
  submit,
  successText,
  onClose,
  onDone,
  initialValues,
  children,
}: FormModalProps<V>) {
  const { t } = useOutletTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);

  const onFinish = async (values: V) => {
    setBusy(true);
    setGeneral([]);
    try {
      const result = await submit(values);
      if (result.error) {
        setGeneral(applyServerFieldErrors(form, result.error as CombinedError, fields));
        return;
      }
      void message.success(successText(result));
      form.resetFields();
      onDone();
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={() => {
        setGeneral([]);
        onClose();
      }}
      footer={null}
      destroyOnHidden
      width={560}
    >
      <Form<V> form={form} layout="vertical" data-testid={testId} onFinish={onFinish} initialValues={initialValues} requiredMark>
        <RevalidateOnLanguageChange form={form} />
        {children}
        {general.length > 0 && (
          <Alert type="error" showIcon title={t('formFailed')} description={general.join('\n')} style={{ marginBottom: 16 }} />
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid={submitTestId}>
            {t('submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}

/** Lives inside the <Form>, so it only runs while the form is mounted. */
export function RevalidateOnLanguageChange({ form }: { form: FormInstance }) {
  const { i18n } = useOutletTranslation();
  useRevalidateOnLanguageChange(form, i18n.language);
  return null;
}
