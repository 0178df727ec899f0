import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

/** Languages the portal speaks; zh-CN is the default. */
export const PORTAL_LANGUAGES = ['zh-CN', 'en'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: PortalLanguage = 'zh-CN';

/** One namespace's strings per language. */
export type NamespaceResources = Record<PortalLanguage, Record<string, string>>;

export function isPortalLanguage(v: unknown): v is PortalLanguage {
  return typeof v === 'string' && (PORTAL_LANGUAGES as readonly string[]).includes(v);
}

/**
 * Initialise the ONE i18next instance. Only the shell calls this; it is a no-op when already
 * initialised, so a remote (or a test) can never reset the shell's language or resources.
 */
export function initPortalI18n(lng: PortalLanguage = DEFAULT_LANGUAGE) {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...PORTAL_LANGUAGES],
    resources: {},
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false, // resources are in memory: translate on the first render, no flash of keys
    returnNull: false,
  });
  return i18next;
}

/** Add (once) a remote's namespace to the shared instance. Never calls init() on a live instance. */
export function addPortalNamespace(ns: string, resources: NamespaceResources) {
  if (!i18next.isInitialized) initPortalI18n(); // standalone use (tests, a remote's own dev page)
  for (const lng of PORTAL_LANGUAGES) {
    if (!i18next.hasResourceBundle(lng, ns)) i18next.addResourceBundle(lng, ns, resources[lng], true, false);
  }
}

/** A remote's hook: registers its namespace on first use and returns its `t`. */
export function usePortalTranslation(ns: string, resources: NamespaceResources) {
  addPortalNamespace(ns, resources);
  return useTranslation(ns);
}

export function currentLanguage(): PortalLanguage {
  return isPortalLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE;
}
