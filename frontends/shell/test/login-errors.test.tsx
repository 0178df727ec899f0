import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { withPortal } from './test-setup';
import { LoginPage } from '../src/session/login.page';
import { PortalApiError } from '../src/session/auth.api';

beforeEach(async () => {
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

async function refusedWith(error: PortalApiError) {
  render(withPortal(<LoginPage onSignedIn={vi.fn()} login={vi.fn().mockRejectedValue(error)} />));
  fireEvent.change(screen.getByTestId('login-username'), { target: { value: 'wang.li' } });
  fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'wrong' } });
  fireEvent.click(screen.getByTestId('login-submit'));
  return screen.findByTestId('login-error');
}

describe('login errors in the user’s language', () => {
  it('says wrong credentials in Chinese, never the server’s English, and in English after a switch', async () => {
    const error = await refusedWith(new PortalApiError(401, 'UNAUTHENTICATED', 'Wrong username or password'));
    expect(error.textContent).toContain('用户名或密码错误');
    expect(error.textContent).not.toMatch(/[A-Za-z]{3,}/);
    await act(async () => {
      fireEvent.click(screen.getByText('English'));
    });
    expect((await screen.findByTestId('login-error')).textContent).toContain('Wrong username or password');
  });

  it('says too many attempts in Chinese', async () => {
    const error = await refusedWith(new PortalApiError(429, 'TOO_MANY_ATTEMPTS', 'Too many failed attempts: try again in 15 min'));
    expect(error.textContent).toContain('登录失败次数过多');
    expect(error.textContent).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('names the field of a BAD_USER_INPUT in Chinese, on the field', async () => {
    const error = await refusedWith(new PortalApiError(400, 'BAD_USER_INPUT', 'username is at most 64 characters', 'username'));
    expect(error.textContent).toContain('“用户名”的值无效');
    expect(error.textContent).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('says an unreachable gateway in Chinese', async () => {
    const error = await refusedWith(new TypeError('Failed to fetch') as unknown as PortalApiError);
    expect(error.textContent).toContain('无法连接服务器');
    expect(error.textContent).not.toMatch(/[A-Za-z]{3,}/);
  });
});
