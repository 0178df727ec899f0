import { join } from 'node:path';
import { DEFAULT_PORTS } from '@crm/shared-types';
import { createSupervisor, type Supervisor } from './supervisor';
import { repoPath } from './paths';

export type Ports = { [K in keyof typeof DEFAULT_PORTS]: number };

export interface SystemOptions {
  databaseUrl: string;
  /** the dev token issuer's private key (a JWK file) */
  signingKeyFile: string;
  ports?: Partial<Ports>;
  /** also serve the built portal (shell + remotes) */
  portal?: boolean;
  output?: (line: string) => void;
  /** extra environment for every service, e.g. GATEWAY_PLANNER=js */
  env?: Record<string, string>;
}

export interface RunningSystem {
  urls: { portal: string; gateway: string; orgHierarchy: string; customers: string; analysis: string; managers: string };
  supervisor: Supervisor;
  stop(): Promise<void>;
}

const TS = ['--import', '@swc-node/register/esm-register', 'src/main.ts'];
const REMOTES = ['outlet', 'head-office', 'branch', 'manager', 'training'] as const;
const vite = (app: string, port: number) => [
  join(repoPath('frontends', app), 'node_modules/vite/bin/vite.js'),
  'preview',
  '--port',
  String(port),
  '--strictPort',
];

/** Starts the subgraphs, the gateway and (optionally) the portal, each as its own process, in dependency order. */
export async function startSystem(opts: SystemOptions): Promise<RunningSystem> {
  const p: Ports = { ...DEFAULT_PORTS, ...opts.ports };
  const local = (port: number) => `http://127.0.0.1:${port}`;
  const jwks = `${local(p['org-hierarchy'])}/.well-known/jwks.json`;
  const common = { DATABASE_URL: opts.databaseUrl, HOST: '127.0.0.1', ...opts.env };
  const urls = {
    portal: `${local(p.shell)}/`,
    gateway: `${local(p.gateway)}/graphql`,
    orgHierarchy: `${local(p['org-hierarchy'])}/graphql`,
    customers: `${local(p.customers)}/graphql`,
    analysis: `${local(p.analysis)}/graphql`,
    managers: `${local(p.managers)}/graphql`,
  };
  const supervisor = createSupervisor({ output: opts.output });
  try {
    await supervisor.start({
      name: 'org-hierarchy',
      cwd: repoPath('subgraphs/org-hierarchy'),
      args: TS,
      readyUrl: `${local(p['org-hierarchy'])}/healthz`,
      env: {
        ...common,
        SERVICE_NAME: 'org-hierarchy',
        ORG_HIERARCHY_PORT: String(p['org-hierarchy']),
        AUTH_SIGNING_KEY_FILE: opts.signingKeyFile,
      },
    });
    await supervisor.start({
      name: 'customers',
      cwd: repoPath('subgraphs/customers'),
      args: TS,
      readyUrl: `${local(p.customers)}/healthz`,
      env: { ...common, SERVICE_NAME: 'customers', CUSTOMERS_PORT: String(p.customers), AUTH_JWKS_URL: jwks },
    });
    await supervisor.start({
      name: 'analysis',
      cwd: repoPath('subgraphs/analysis'),
      args: TS,
      readyUrl: `${local(p.analysis)}/healthz`,
      env: { ...common, SERVICE_NAME: 'analysis', ANALYSIS_PORT: String(p.analysis), AUTH_JWKS_URL: jwks },
    });
    await supervisor.start({
      name: 'managers',
      cwd: repoPath('subgraphs/managers'),
      args: TS,
      readyUrl: `${local(p.managers)}/healthz`,
      env: { ...common, SERVICE_NAME: 'managers', MANAGERS_PORT: String(p.managers), AUTH_JWKS_URL: jwks },
    });
    await supervisor.start({
      name: 'gateway',
      cwd: repoPath('gateway'),
      args: TS,
      readyUrl: `${local(p.gateway)}/healthz`,
      env: {
        ...common,
        SERVICE_NAME: 'gateway',
        GATEWAY_PORT: String(p.gateway),
        AUTH_JWKS_URL: jwks,
        ORG_HIERARCHY_URL: urls.orgHierarchy,
        CUSTOMERS_URL: urls.customers,
        ANALYSIS_URL: urls.analysis,
        MANAGERS_URL: urls.managers,
        PORTAL_REMOTE_OUTLET_ENTRY: `${local(p.outlet)}/remoteEntry.js`,
        PORTAL_REMOTE_HEAD_OFFICE_ENTRY: `${local(p['head-office'])}/remoteEntry.js`,
        PORTAL_REMOTE_BRANCH_ENTRY: `${local(p.branch)}/remoteEntry.js`,
        PORTAL_REMOTE_MANAGER_ENTRY: `${local(p.manager)}/remoteEntry.js`,
        PORTAL_REMOTE_TRAINING_ENTRY: `${local(p.training)}/remoteEntry.js`,
      },
    });
    if (opts.portal !== false) {
      // the remotes first, each on the port its build was made for, then the shell
      for (const remote of REMOTES) {
        await supervisor.start({
          name: remote,
          cwd: repoPath('frontends', remote),
          args: vite(remote, p[remote]),
          readyUrl: `${local(p[remote])}/remoteEntry.js`,
        });
      }
      await supervisor.start({
        name: 'shell',
        cwd: repoPath('frontends/shell'),
        args: vite('shell', p.shell),
        readyUrl: urls.portal,
        // the remotes' origins also feed the portal's CSP (@crm/ui-kit/portal-headers: portalRemoteOrigins)
        env: {
          GATEWAY_URL: local(p.gateway),
          PORTAL_REMOTE_OUTLET_ENTRY: `${local(p.outlet)}/remoteEntry.js`,
          PORTAL_REMOTE_HEAD_OFFICE_ENTRY: `${local(p['head-office'])}/remoteEntry.js`,
          PORTAL_REMOTE_BRANCH_ENTRY: `${local(p.branch)}/remoteEntry.js`,
          PORTAL_REMOTE_MANAGER_ENTRY: `${local(p.manager)}/remoteEntry.js`,
          PORTAL_REMOTE_TRAINING_ENTRY: `${local(p.training)}/remoteEntry.js`,
        },
      });
    }
  } catch (e) {
    await supervisor.stopAll();
    throw e;
  }
  return { urls, supervisor, stop: () => supervisor.stopAll() };
}
