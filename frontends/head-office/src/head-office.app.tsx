import { lazy, Suspense } from 'react';
import { Flex, Result, Spin, Tabs } from '@crm/ui-kit';
import { can, type Permission, type RemotePageProps } from '@crm/shared-types';
import { DashboardPage } from './dashboard/dashboard.page';
import { useHeadOfficeTranslation } from './head-office.i18n';
import {
  SECTIONS,
  headOfficePath,
  navigateTo,
  parseHeadOfficePath,
  useLocationPath,
  type HeadOfficeSection,
} from './routing/head-office.routes';

// The dashboard is the landing page; the rest load on first use (the explorer's GraphiQL chunk only
// when the explorer is opened), so the remote's first chunk stays small.
const PolicyPage = lazy(() => import('./policy/policy.page').then((m) => ({ default: m.PolicyPage })));
const RecomputePage = lazy(() => import('./recompute/recompute.page').then((m) => ({ default: m.RecomputePage })));
const ExplorerPage = lazy(() => import('./explorer/explorer.page').then((m) => ({ default: m.ExplorerPage })));

const navKey: Record<HeadOfficeSection, string> = {
  dashboard: 'navDashboard',
  policy: 'navPolicy',
  recompute: 'navRecompute',
  explorer: 'navExplorer',
};
/**
 * What a section needs beyond the remote's own permission (the explorer introspects the schema; the
 * recompute page is for starting one: others see the last run on the dashboard).
 */
const sectionNeeds: Partial<Record<HeadOfficeSection, Permission>> = { explorer: 'GRAPH_EXPLORE', recompute: 'SCORE_RECOMPUTE' };

/**
 * The head-office remote's page, exposed as "./HeadOfficeApp". It renders inside the shell's
 * PortalProvider and urql Provider (both reach it through the shared singletons), so it creates
 * neither. It routes below `basePath` on the History API (routing/head-office.routes.ts).
 * `pollMs` (recompute progress polling) is for tests; the shell never passes it.
 */
export default function HeadOfficeApp(props: RemotePageProps & { pollMs?: number }) {
  const { t } = useHeadOfficeTranslation();
  const path = useLocationPath();
  const route = parseHeadOfficePath(path, props.basePath);

  const sections = SECTIONS.filter((s) => !sectionNeeds[s] || can(props.user, sectionNeeds[s]));
  let page;
  switch (sections.includes(route.name as HeadOfficeSection) ? route.name : 'not-found') {
    case 'dashboard':
      page = <DashboardPage {...props} />;
      break;
    case 'policy':
      page = <PolicyPage {...props} />;
      break;
    case 'recompute':
      page = <RecomputePage {...props} />;
      break;
    case 'explorer':
      page = <ExplorerPage {...props} />;
      break;
    default:
      page = <Result status="404" title={t('notFound')} />;
  }

  return (
    <div data-testid="head-office-app">
      {/* under the shell its menu lists these sections (one level of navigation); stand-alone, the remote's own tabs */}
      {!props.shellNavigation && (
        <Tabs
          activeKey={route.name}
          onTabClick={(key) => navigateTo(headOfficePath(props.basePath, { name: key as HeadOfficeSection }))}
          items={sections.map((s) => ({ key: s, label: <span data-testid={`nav-${s}`}>{t(navKey[s])}</span> }))}
          style={{ marginTop: -8 }}
        />
      )}
      <Suspense
        fallback={
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        }
      >
        {page}
      </Suspense>
    </div>
  );
}
