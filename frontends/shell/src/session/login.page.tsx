import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isPortalLanguage, loginErrorMessage } from '@crm/ui-kit/light';
import type { LoginRequest, LoginResponse } from '@crm/shared-types';
import { login as loginRequest, PortalApiError } from './auth.api';
import { SHELL_NS } from '../i18n/shell.i18n';
import { LanguageSwitch } from '../layout/language.switch';
import './login.page.css';

export interface LoginPageProps {
  onSignedIn: (login: LoginResponse) => void;
  /** injectable for tests */
  login?: (req: LoginRequest) => Promise<LoginResponse>;
}

type Field = 'username' | 'password';
/** What is wrong with a field: a message key (said in the current language at render), or the server's refusal. */
type FieldProblem = { key: 'usernameRequired' | 'passwordRequired' } | { refusal: unknown };

/**
 * The first page every user sees, so it is light: React and the shell's words only, no kit (antd).
 * The signed-in portal and the kit load behind it (main.tsx) while the user types.
 */
export function LoginPage({ onSignedIn, login = loginRequest }: LoginPageProps) {
  const { t, i18n } = useTranslation(SHELL_NS);
  const lang = isPortalLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const id = useId();
  const [values, setValues] = useState<LoginRequest>({ username: '', password: '' });
  // problems and the refusal are kept as codes, so their words follow a language switch
  const [problems, setProblems] = useState<Partial<Record<Field, FieldProblem>>>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const say = (p: FieldProblem) => ('key' in p ? t(p.key) : loginErrorMessage(p.refusal, lang));
  const edit = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Partial<Record<Field, FieldProblem>> = {};
    if (!values.username.trim()) missing.username = { key: 'usernameRequired' };
    if (!values.password) missing.password = { key: 'passwordRequired' };
    setProblems(missing);
    if (missing.username || missing.password) {
      document.getElementById(`${id}-${missing.username ? 'username' : 'password'}`)?.focus();
      return;
    }
    setError(null);
    setSubmitting(true);
    try {
      onSignedIn(await login({ username: values.username.trim(), password: values.password }));
    } catch (err) {
      setError(err);
      if (err instanceof PortalApiError && (err.field === 'username' || err.field === 'password')) {
        setProblems({ [err.field]: { refusal: err } });
      }
    } finally {
      setSubmitting(false);
    }
  };

  const field = (name: Field, label: string, input: { type: string; autoComplete: string; autoFocus?: boolean }) => {
    const problem = problems[name];
    return (
      <div className="crm-login-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          name={name}
          data-testid={`login-${name}`}
          {...input}
          value={values[name]}
          onChange={(e) => edit(name, e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-${name}-problem` : undefined}
        />
        {problem && (
          <div id={`${id}-${name}-problem`} className="crm-login-problem">
            {say(problem)}
          </div>
        )}
      </div>
    );
  };

  return (
    <main className="crm-login">
      <section className="crm-login-card" aria-labelledby={`${id}-title`}>
        <header className="crm-login-header">
          <strong>{t('bankName')}</strong>
          <LanguageSwitch />
        </header>
        <div className="crm-login-body">
          <h1 id={`${id}-title`}>{t('loginTitle')}</h1>
          <form data-testid="login-form" noValidate onSubmit={(e) => void submit(e)}>
            {field('username', t('username'), { type: 'text', autoComplete: 'username', autoFocus: true })}
            {field('password', t('password'), { type: 'password', autoComplete: 'current-password' })}
            {error !== null && (
              <div data-testid="login-error" role="alert" className="crm-login-error">
                <strong>{t('loginFailed')}</strong>
                <div>{loginErrorMessage(error, lang)}</div>
              </div>
            )}
            <button data-testid="login-submit" type="submit" className="crm-login-submit" disabled={submitting} aria-busy={submitting}>
              {submitting ? t('signingIn') : t('signIn')}
            </button>
          </form>
        </div>
      </section>
    </main>
  );
}
