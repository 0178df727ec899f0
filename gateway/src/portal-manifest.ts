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
        sections: [
          { key: 'customers', path: '', title: { 'zh-CN': '客户', en: 'Customers' } },
          { key: 'cases', path: '/cases', title: { 'zh-CN': '投诉工单', en: 'Complaint queue' } },
        ],
        // outlet staff (and any level no other remote names) land on their customer list
        home: ['*'],
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
        sections: [
          { key: 'dashboard', path: '', title: { 'zh-CN': '决策看板', en: 'Dashboard' } },
          { key: 'policy', path: '/policy', title: { 'zh-CN': '分层策略', en: 'Tier policy' } },
          { key: 'recompute', path: '/recompute', title: { 'zh-CN': '批量重算', en: 'Recompute' }, requires: ['SCORE_RECOMPUTE'] },
          { key: 'explorer', path: '/explorer', title: { 'zh-CN': '自助查询', en: 'GraphQL explorer' }, requires: ['GRAPH_EXPLORE'] },
        ],
        home: ['HEAD_OFFICE'],
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
        sections: [{ key: 'cockpit', path: '', title: { 'zh-CN': '分行驾驶舱', en: 'Branch cockpit' } }],
        home: ['BRANCH', 'SUB_BRANCH'],
        preloadShared: ['@crm/ui-kit'],
      },
    ],
  };
}

export function manifestFor(user: StaffClaims, all: RemoteManifest = portalRemotes()): RemoteManifest {
  return { remotes: remotesForUser(all, user) };
}
