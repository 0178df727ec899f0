import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Flex, Form, Input, Typography, bankColors, isPortalLanguage, loginErrorMessage } from '@crm/ui-kit';
import type { LoginRequest, LoginResponse } from '@crm/shared-types';
import { login as loginRequest, PortalApiError } from './auth.api';
import { SHELL_NS } from '../i18n/shell.i18n';
import { LanguageSwitch } from '../layout/language.switch';

export interface LoginPageProps {
  onSignedIn: (login: LoginResponse) => void;
  /** injectable for tests */
  login?: (req: LoginRequest) => Promise<LoginResponse>;
}

export function LoginPage({ onSignedIn, login = loginRequest }: LoginPageProps) {
  const { t, i18n } = useTranslation(SHELL_NS);
  const [form] = Form.useForm<LoginRequest>();
  // the refusal itself, so its words follow a language switch (the server's codes, never its English)
  const [error, setError] = useState<unknown>(null);
  const lang = isPortalLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const errorMessage = error === null ? null : loginErrorMessage(error, lang);
  const [submitting, setSubmitting] = useState(false);

  // Visible "required" messages were rendered in the old language: re-validate those fields.
  useEffect(() => {
    const onChange = () => {
      const shown = form
        .getFieldsError()
        .filter((f) => f.errors.length > 0)
        .map((f) => f.name);
      if (shown.length) form.validateFields(shown).catch(() => undefined);
    };
    i18n.on('languageChanged', onChange);
    return () => {
      i18n.off('languageChanged', onChange);
    };
  }, [form, i18n]);

  const submit = async (values: LoginRequest) => {
    setError(null);
    setSubmitting(true);
    try {
      onSignedIn(await login({ username: values.username.trim(), password: values.password }));
    } catch (e) {
      setError(e);
      if (e instanceof PortalApiError && (e.field === 'username' || e.field === 'password')) {
        form.setFields([{ name: e.field, errors: [loginErrorMessage(e, lang)] }]);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex component="main" vertical align="center" justify="center" style={{ minHeight: '100vh', background: bankColors.paper }}>
      <Card
        style={{ width: 380, borderTop: `4px solid ${bankColors.red}` }}
        title={
          <Typography.Text strong style={{ color: bankColors.navy }}>
            {t('bankName')}
          </Typography.Text>
        }
        extra={<LanguageSwitch />}
      >
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 16 }}>
          {t('loginTitle')}
        </Typography.Title>
        <Form<LoginRequest> form={form} layout="vertical" data-testid="login-form" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('username')} rules={[{ required: true, whitespace: true, message: t('usernameRequired') }]}>
            <Input data-testid="login-username" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
            <Input.Password data-testid="login-password" autoComplete="current-password" />
          </Form.Item>
          {errorMessage && (
            <Alert
              data-testid="login-error"
              type="error"
              showIcon
              title={t('loginFailed')}
              description={errorMessage}
              style={{ marginBottom: 16 }}
            />
          )}
          <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={submitting}>
            {t('signIn')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
