import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { sharedSingletons } from '../federation.mjs';
import * as kit from '../src/index';
import * as formsEntry from '../src/forms';
import { Button, Empty, PortalProvider, addPortalNamespace, initPortalI18n, usePortalTranslation } from '../src/index';

afterEach(cleanup);

describe('federation singletons', () => {
  it('shares the kit and the core libraries as singletons, never icons or raw antd', () => {
    for (const pkg of ['react', 'react-dom', 'urql', '@urql/core', 'i18next', 'react-i18next', 'dayjs', '@crm/ui-kit']) {
      expect(sharedSingletons[pkg]?.singleton, pkg).toBe(true);
    }
    expect(sharedSingletons['@ant-design/icons']).toBeUndefined();
    expect(sharedSingletons.antd).toBeUndefined();
  });
});

describe('i18n helper', () => {
  it('adds a namespace without re-initialising the shared instance', async () => {
    initPortalI18n('en');
    addPortalNamespace('branch', { 'zh-CN': { hello: '你好' }, en: { hello: 'Hello' } });
    initPortalI18n('zh-CN'); // a second init is a no-op: the shell's language survives
    expect(i18next.language).toBe('en');
    expect(i18next.t('hello', { ns: 'branch' })).toBe('Hello');
    await i18next.changeLanguage('zh-CN');
    expect(i18next.t('hello', { ns: 'branch' })).toBe('你好');
  });

  it('re-renders a remote page and the antd locale on a language switch', async () => {
    initPortalI18n('zh-CN');
    await i18next.changeLanguage('zh-CN');
    function Page() {
      const { t } = usePortalTranslation('page', { 'zh-CN': { title: '客户' }, en: { title: 'Customers' } });
      return (
        <>
          <h1>{t('title')}</h1>
          <Empty />
        </>
      );
    }
    render(
      <PortalProvider>
        <Page />
      </PortalProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('客户');
    expect(document.body.textContent).toContain('暂无数据');
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getByRole('heading').textContent).toBe('Customers');
    expect(document.body.textContent).toContain('No data');
  });

  it('re-exports antd components used by the portal', () => {
    function Probe() {
      useTranslation();
      return <Button>OK</Button>;
    }
    render(
      <PortalProvider>
        <Probe />
      </PortalProvider>,
    );
    expect(screen.getByRole('button').textContent).toContain('OK');
  });
});

describe('curated exports', () => {
  it('re-exports exactly the antd components the portal uses (the shared chunk holds only these)', () => {
    const components = Object.keys(kit)
      .filter(
        (k) =>
          /^[A-Z]/.test(k) &&
          k !== 'PortalProvider' &&
          k !== 'TierTag' &&
          k !== 'PageTitle' &&
          k !== 'PORTAL_LANGUAGES' &&
          k !== 'DEFAULT_LANGUAGE' &&
          k !== 'PAGE_SIZES',
      )
      .sort();
    expect(components).toEqual([
      'Alert',
      'App',
      'Button',
      'Card',
      'Col',
      'Empty',
      'Flex',
      'Input',
      'InputNumber',
      'Layout',
      'Menu',
      'Radio',
      'Result',
      'Row',
      'Segmented',
      'Select',
      'Space',
      'Spin',
      'Statistic',
      'Switch',
      'Table',
      'Tabs',
      'Tag',
      'Tooltip',
      'Typography',
    ]);
    for (const c of components) expect((kit as Record<string, unknown>)[c], c).toBeTruthy();
  });

  it('keeps forms, dialogs and detail views in their own entry, out of the first download', () => {
    const components = Object.keys(formsEntry).sort();
    expect(components).toEqual(['CalendarDatePicker', 'DatePicker', 'Descriptions', 'Form', 'Modal', 'Popconfirm', 'Progress', 'Timeline']);
    for (const c of components) expect(c in kit, `${c} is also in the main kit`).toBe(false);
    expect(sharedSingletons['@crm/ui-kit/forms']).toEqual({ singleton: false, requiredVersion: '^0.1.0' });
  });
});
