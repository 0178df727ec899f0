import { DEPARTMENTS, DEFAULT_PORTS, remotesForUser, type RemoteManifest, type StaffClaims } from '@crm/shared-types';

/**
 * Every micro-frontend the portal knows, and who gets it. The shell asks for this after login and
 * loads only what the user's level and department allow. Entry URLs come from the environment
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
        levels: ['HEAD_OFFICE', 'BRANCH', 'SUB_BRANCH', 'OUTLET'],
        // everyone who serves or studies customers; trainers assess managers, not customers
        departments: DEPARTMENTS.filter((d) => d !== 'TRAINING'),
        preloadShared: ['@crm/ui-kit'],
      },
      {
        name: 'headOffice',
        title: { 'zh-CN': '总行决策', en: 'Head office' },
        entry: env.PORTAL_REMOTE_HEAD_OFFICE_ENTRY ?? `http://127.0.0.1:${DEFAULT_PORTS['head-office']}/remoteEntry.js`,
        exposed: './HeadOfficeApp',
        route: '/head-office',
        levels: ['HEAD_OFFICE'],
        // the decision system: strategy sets tier policy; product, marketing, risk and service quality read it
        departments: ['STRATEGY', 'PRODUCT', 'MARKETING', 'RISK', 'SERVICE_QUALITY'],
        preloadShared: ['@crm/ui-kit'],
      },
      {
        name: 'branch',
        title: { 'zh-CN': '分行驾驶舱', en: 'Branch cockpit' },
        entry: env.PORTAL_REMOTE_BRANCH_ENTRY ?? `http://127.0.0.1:${DEFAULT_PORTS.branch}/remoteEntry.js`,
        exposed: './BranchApp',
        route: '/branch',
        levels: ['BRANCH', 'SUB_BRANCH'],
        departments: DEPARTMENTS.filter((d) => d !== 'TRAINING'),
        preloadShared: ['@crm/ui-kit'],
      },
    ],
  };
}

export function manifestFor(user: StaffClaims, all: RemoteManifest = portalRemotes()): RemoteManifest {
  return { remotes: remotesForUser(all, user) };
}
