import { Segmented, usePortalLanguage, type PortalLanguage } from '@crm/ui-kit';
import { switchLanguage } from '../i18n/shell.i18n';

const options: { label: string; value: PortalLanguage }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en' },
];

/** Switches the whole portal (shell + remotes + antd locale) without a reload. */
export function LanguageSwitch() {
  const lng = usePortalLanguage();
  return (
    <Segmented<PortalLanguage>
      data-testid="lang-switch"
      size="small"
      options={options}
      value={lng}
      onChange={(v) => {
        void switchLanguage(v);
      }}
    />
  );
}
