// The ONE list of module-federation shared singletons. The shell and every remote import it in
// their vite.config, so requiredVersion can never drift between apps (a mismatch makes a remote
// load its own React and every hook breaks).
//
// antd and echarts are NOT listed on purpose: they live inside @crm/ui-kit, which re-exports only
// what the portal uses, so the shared chunk stays tree-shaken. @ant-design/icons is NOT shared
// either (the whole icon set would ship); each remote imports the few icons it needs.
const singleton = (requiredVersion) => ({ singleton: true, requiredVersion });

export const sharedSingletons = {
  react: singleton('^19.3.0'),
  'react-dom': singleton('^19.3.0'),
  urql: singleton('^5.0.0'),
  '@urql/core': singleton('^6.0.0'),
  // one i18next instance; react-i18next keeps the instance set by initReactI18next in module state
  i18next: singleton('^26.7.0'),
  'react-i18next': singleton('^17.1.0'),
  dayjs: singleton('^1.11.0'),
  // the kit: antd + theme + PortalProvider — ConfigProvider context and the cssinjs cache only
  // cross the federation boundary when this is one copy
  '@crm/ui-kit': singleton('^0.1.0'),
  // Charts are a separate entry so pages without charts never download echarts. Shared, but NOT
  // as a singleton: @module-federation/vite 1.23.8 treats a workspace package with a singleton
  // *subpath* share as "consumed by a peer singleton" and then imports the package's local copy
  // eagerly — every remote would download and run its own 274 KiB gz copy of the kit. Same version
  // everywhere, so the runtime still hands every remote the shell's one copy.
  '@crm/ui-kit/charts': { singleton: false, requiredVersion: '^0.1.0' },
  // Forms, dialogs and detail views, out of the first download the same way (see src/forms.ts).
  '@crm/ui-kit/forms': { singleton: false, requiredVersion: '^0.1.0' },
};

/**
 * What a remote's production build shares: the same list, but the kit's second entries (charts,
 * forms) are consume-only — always provided by the shell, never bundled as the remote's fallback.
 * @module-federation/vite 1.23.8 loads a remote's consume-only share only when a dynamic import()
 * reaches it (a lazy page, a dialog), whereas a share with a local fallback is loaded by the
 * remote's init with every other share: the customer list would load the forms entry (~57 KiB gz)
 * it never uses. The shell always provides both (it lists them in sharedSingletons).
 */
export const remoteBuildShared = {
  ...sharedSingletons,
  '@crm/ui-kit/charts': { ...sharedSingletons['@crm/ui-kit/charts'], import: false },
  '@crm/ui-kit/forms': { ...sharedSingletons['@crm/ui-kit/forms'], import: false },
};
