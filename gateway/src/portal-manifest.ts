import { DEFAULT_PORTS, ORG_LEVELS, remotesForUser, type RemoteManifest, type StaffClaims } from '@crm/shared-types';

/**
 * Every micro-frontend the portal knows, and who gets it: the permissions of the one table
 * (`@crm/shared-types`) and the levels it is laid out for. The shell asks for this after login and
 * loads only what the user may use. Entry URLs come from the environment
 * (`PORTAL_REMOTE_<NAME>_ENTRY`) so each remote is deployed on its own.
 */
export function portalRemotes(env: NodeJS.ProcessEnv = process.env): RemoteManifest {
  return {
    remotes: [
      // The two remotes of one role each come first: whoever has them lands there, whatever their
      // level (`home` names every level; `landingFor` takes the first remote whose `home` names the
      // user's level), and their own work heads the menu.
      {
        name: 'manager',
        title: { 'zh-CN': '客户经理', en: 'Customer manager' },
        entry: env.PORTAL_REMOTE_MANAGER_ENTRY ?? `http://127.0.0.1:${DEFAULT_PORTS.manager}/remoteEntry.js`,
        exposed: './ManagerApp',
        route: '/manager',
        levels: ['*'],
        // customer managers only: their own ledger, tasks and scorecard. The manifest has no role
        // condition; ASSESSMENT_ACKNOWLEDGE is the one permission the table gives to CUSTOMER_MANAGER
        // alone (tellers and leaders hold MANAGER_READ and CUSTOMER_READ too, with no portfolio of their own)
        requires: ['MANAGER_READ', 'CUSTOMER_READ', 'ASSESSMENT_ACKNOWLEDGE'],
        sections: [
          { key: 'ledger', path: '', title: { 'zh-CN': '我的台账', en: 'My ledger' } },
          { key: 'tasks', path: '/tasks', title: { 'zh-CN': '我的任务', en: 'My tasks' } },
          { key: 'movements', path: '/movements', title: { 'zh-CN': '客户动态', en: 'Customer changes' } },
          { key: 'scorecard', path: '/scorecard', title: { 'zh-CN': '我的业绩', en: 'My scorecard' } },
          { key: 'assessment', path: '/assessment', title: { 'zh-CN': '能力评估', en: 'My assessment' } },
        ],
        home: ORG_LEVELS,
        preloadShared: ['@crm/ui-kit'],
      },
      {
        name: 'training',
        title: { 'zh-CN': '培训', en: 'Training' },
        entry: env.PORTAL_REMOTE_TRAINING_ENTRY ?? `http://127.0.0.1:${DEFAULT_PORTS.training}/remoteEntry.js`,
        exposed: './TrainingApp',
        route: '/training',
        levels: ['*'],
        // trainers (the table gives MANAGER_ASSESS to TRAINER only), at any level; no customer data
        requires: ['MANAGER_ASSESS'],
        sections: [
          { key: 'managers', path: '', title: { 'zh-CN': '客户经理', en: 'Customer managers' } },
          { key: 'gaps', path: '/gaps', title: { 'zh-CN': '团队能力', en: 'Team gaps' } },
          { key: 'competencyOutcome', path: '/competency-outcome', title: { 'zh-CN': '能力与业绩', en: 'Competency vs outcome' } },
          { key: 'plans', path: '/plans', title: { 'zh-CN': '培训计划', en: 'Training plans' } },
        ],
        home: ORG_LEVELS,
        preloadShared: ['@crm/ui-kit'],
      },
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
