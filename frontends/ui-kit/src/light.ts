// @crm/ui-kit/light — what the shell shows before the kit (antd) has loaded: the login page and
// the shell's words. No antd here, so a signed-out visitor downloads React and these few functions,
// not the whole kit. Bundled into the shell (not a shared module); the state it touches lives in the
// shared i18next instance.
export { bankColors } from './bank.theme';
export {
  PORTAL_LANGUAGES,
  DEFAULT_LANGUAGE,
  isPortalLanguage,
  initPortalI18n,
  addPortalNamespace,
  currentLanguage,
  type PortalLanguage,
  type NamespaceResources,
} from './portal.i18n';
export { loginErrorMessage } from './server-errors';
