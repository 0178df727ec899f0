import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import type { LoginResponse } from '@crm/shared-types';
import { withPortal } from './test-setup';
import { LoginPage } from '../src/session/login.page';
import { testStaff } from '@crm/ui-kit/testing/staff';
import { PortalApiError, login } from '../src/session/auth.api';

const signedIn: LoginResponse = {
  token: 'tok',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: testStaff(),
};

beforeEach(async () => {
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

function fill(username: string, password: string) {
  fireEvent.change(screen.getByTestId('login-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('login-password'), { target: { value: password } });
}

describe('login page', () => {
  it('asks for both fields before calling the gateway, and re-validates on a language switch', async () => {
    const loginFn = vi.fn();
    render(withPortal(<LoginPage onSignedIn={vi.fn()} login={loginFn} />));
    fireEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(loginFn).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByText('English'));
    });
    expect(await screen.findByText('Please enter your username')).toBeTruthy();
  });

  it('shows the gateway refusal in the form', async () => {
    const loginFn = vi.fn().mockRejectedValue(new PortalApiError(401, 'INVALID_CREDENTIALS', '用户名或密码错误', 'password'));
    const onSignedIn = vi.fn();
    render(withPortal(<LoginPage onSignedIn={onSignedIn} login={loginFn} />));
    fill('wang.li', 'wrong');
    fireEvent.click(screen.getByTestId('login-submit'));
    const error = await screen.findByTestId('login-error');
    expect(error.textContent).toContain('用户名或密码错误');
    expect(loginFn).toHaveBeenCalledWith({ username: 'wang.li', password: 'wrong' });
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('hands the session to the shell on success', async () => {
    const onSignedIn = vi.fn();
    render(withPortal(<LoginPage onSignedIn={onSignedIn} login={vi.fn().mockResolvedValue(signedIn)} />));
    fill('  wang.li ', 'secret');
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(signedIn));
    expect(screen.queryByTestId('login-error')).toBeNull();
  });
});

describe('auth api', () => {
  it('posts JSON and turns an error body into a PortalApiError', async () => {
    const fetchFn = vi.fn().mockResolvedValue(
      new Response(JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: 'username is required', field: 'username' } }), {
        status: 400,
        headers: { 'content-type': 'application/json' },
      }),
    );
    const err = await login({ username: '', password: 'x' }, fetchFn).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortalApiError);
    expect(err).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', message: 'username is required', field: 'username' });
    const [url, init] = fetchFn.mock.calls[0];
    expect(url).toBe('/auth/login');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body)).toEqual({ username: '', password: 'x' });
  });
});
