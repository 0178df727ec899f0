import { useTranslation } from 'react-i18next';
import { isPortalLanguage, type PortalLanguage } from '@crm/ui-kit/light';
import { SHELL_NS, switchLanguage } from '../i18n/shell.i18n';
import './language.switch.css';

const options: { label: string; value: PortalLanguage; lang: string }[] = [
  { label: '中文', value: 'zh-CN', lang: 'zh-CN' },
  { label: 'English', value: 'en', lang: 'en' },
];

/**
 * Switches the whole portal (shell + remotes + antd locale) without a reload. Plain buttons, not the
 * kit's Segmented: the login page shows it before the kit has loaded.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation(SHELL_NS);
  const current = isPortalLanguage(i18n.language) ? i18n.language : 'zh-CN';
  return (
    <div className="crm-lang-switch" role="group" aria-label={t('language')} data-testid="lang-switch">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          lang={o.lang}
          aria-pressed={current === o.value}
          onClick={() => {
            void switchLanguage(o.value);
          }}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
