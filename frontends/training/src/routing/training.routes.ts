// Routing inside the remote, on the plain History API like the shell and the other remotes. The shell
// listens to `popstate` only; the kit's navigateTo dispatches one after a pushState, so the shell's
// menu and this remote both follow. The sections are the manifest's (gateway/src/portal-manifest.ts):
//   ${basePath}                          → 客户经理: managers in scope with their latest assessment
//   ${basePath}/managers/:id             → one manager: competency radar over time, assessments
//   ${basePath}/managers/:id/assess      → the assessment form (a new one, or the manager's open draft)
//   ${basePath}/gaps                     → 团队能力: team gaps per dimension
//   ${basePath}/competency-outcome       → 能力与业绩: each dimension against results
//   ${basePath}/plans                    → 培训计划: training plans

export type TrainingRoute =
  | { name: 'managers' }
  | { name: 'manager'; id: string }
  | { name: 'assess'; id: string }
  | { name: 'gaps' }
  | { name: 'competencyOutcome' }
  | { name: 'plans' }
  | { name: 'notFound' };

/** The menu's sections (the shell's, or the remote's own tabs stand-alone), in the manifest's order. */
export type TrainingSection = 'managers' | 'gaps' | 'competencyOutcome' | 'plans';
export const SECTIONS: readonly TrainingSection[] = ['managers', 'gaps', 'competencyOutcome', 'plans'];

const sectionPaths: Record<TrainingSection, string> = {
  managers: '',
  gaps: '/gaps',
  competencyOutcome: '/competency-outcome',
  plans: '/plans',
};

/** The section a route belongs to: a manager's page and form are under 客户经理. */
export function sectionOf(route: TrainingRoute): TrainingSection | null {
  switch (route.name) {
    case 'managers':
    case 'manager':
    case 'assess':
      return 'managers';
    case 'gaps':
    case 'competencyOutcome':
    case 'plans':
      return route.name;
    case 'notFound':
      return null;
  }
}

const trim = (p: string) => p.replace(/\/+$/, '');

export function parseTrainingPath(pathname: string, basePath: string): TrainingRoute {
  const base = trim(basePath);
  const path = trim(pathname);
  if (path === base) return { name: 'managers' };
  // the shell only mounts the remote under its route; anything else (a test page, a stand-alone dev page) shows the list
  if (!path.startsWith(`${base}/`)) return { name: 'managers' };
  const parts = path
    .slice(base.length + 1)
    .split('/')
    .map(decodeURIComponent);
  if (parts.length === 1) {
    const section = SECTIONS.find((s) => sectionPaths[s] === `/${parts[0]}`);
    if (section) return { name: section };
  }
  if (parts[0] === 'managers' && parts[1]) {
    if (parts.length === 2) return { name: 'manager', id: parts[1] };
    if (parts.length === 3 && parts[2] === 'assess') return { name: 'assess', id: parts[1] };
  }
  return { name: 'notFound' };
}

export function trainingPath(basePath: string, route: TrainingRoute): string {
  const base = trim(basePath);
  switch (route.name) {
    case 'manager':
      return `${base}/managers/${encodeURIComponent(route.id)}`;
    case 'assess':
      return `${base}/managers/${encodeURIComponent(route.id)}/assess`;
    case 'gaps':
    case 'competencyOutcome':
    case 'plans':
      return `${base}${sectionPaths[route.name]}`;
    case 'managers':
    case 'notFound':
      return base || '/';
  }
}

// navigation itself (History API + popstate, in step with the shell) is the kit's, shared by every remote
export { navigateTo, useLocationPath, linkClick } from '@crm/ui-kit';
