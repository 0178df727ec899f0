import { useEffect, useState, type ReactNode } from 'react';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import i18next from 'i18next';
import { bankTheme } from './bank.theme';
import { currentLanguage, type PortalLanguage } from './portal.i18n';

const antdLocales = { 'zh-CN': zhCN, en: enUS } as const;

/** Follows i18next's language, so a switch in the shell re-renders every remote without a reload. */
export function usePortalLanguage(): PortalLanguage {
  const [lng, setLng] = useState<PortalLanguage>(currentLanguage);
  useEffect(() => {
    const onChange = () => setLng(currentLanguage());
    i18next.on('languageChanged', onChange);
    onChange();
    return () => i18next.off('languageChanged', onChange);
  }, []);
  return lng;
}

/**
 * Theme + antd locale + antd <App> (so pages use App.useApp() for message/notification: the static
 * calls ignore theme and locale). The shell mounts it once; remotes inherit it through the shared kit.
 */
export function PortalProvider({ children }: { children: ReactNode }) {
  const lng = usePortalLanguage();
  return (
    <ConfigProvider theme={bankTheme} locale={antdLocales[lng]}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
