import { DEFAULT_PORTS, remotesForUser, type RemoteManifest, type StaffClaims } from '@crm/shared-types';

/**
 * Every micro-frontend the portal knows, and who gets it: the permissions of the one table
 * (`@crm/shared-types`) and the levels it is laid out for. The shell asks for this after login and
 * loads only what the user may use. Entry URLs come from the environment
 * (`PORTAL_REMOTE_<NAME>_ENTRY`) so each remote is deployed on its own.
 */
export function portalRemotes(env: NodeJS.ProcessEnv = process.env): RemoteManifest {
  return {
    remotes: [
      {
        name: 'outlet',
        title: { 'zh-CN': '客户', en: 'Customers' },
        entry: env.PORTAL_REMOTE_OUTLET_ENTRY ?? `http://127.0.0.1:${DEFAULT_PORTS.outlet}/remoteEntry.js`,
        exposed: './OutletApp',
        route: '/outlet',
        levels: ['*'],
        // whoever may read customers (the permission table): trainers and product staff may not
        requires: ['CUSTOMER_READ'],
        preloadShared: ['@crm/ui-kit'],
      },
      {
        name: 'headOffice',
        title: { 'zh-CN': '总行决策', en: 'Head office' },
        entry: env.PORTAL_REMOTE_HEAD_OFFICE_ENTRY ?? `http://127.0.0.1:${DEFAULT_PORTS['head-office']}/remoteEntry.js`,
        exposed: './HeadOfficeApp',
        route: '/head-office',
        levels: ['HEAD_OFFICE'],
        // the decision system's aggregates; editing a policy needs more, checked by the analysis subgraph
        requires: ['ANALYSIS_READ'],
        preloadShared: ['@crm/ui-kit'],
      },
      {
        name: 'branch',
        title: { 'zh-CN': '分行驾驶舱', en: 'Branch cockpit' },
        entry: env.PORTAL_REMOTE_BRANCH_ENTRY ?? `http://127.0.0.1:${DEFAULT_PORTS.branch}/remoteEntry.js`,
        exposed: './BranchApp',
        route: '/branch',
        levels: ['BRANCH', 'SUB_BRANCH'],
        // its churn list names customers
        requires: ['ANALYSIS_READ', 'CUSTOMER_READ'],
        preloadShared: ['@crm/ui-kit'],
      },
    ],
  };
}

export function manifestFor(user: StaffClaims, all: RemoteManifest = portalRemotes()): RemoteManifest {
  return { remotes: remotesForUser(all, user) };
}
