import { lazy, Suspense } from 'react';
import { Flex, Result, Spin, Tabs } from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { LedgerPage } from './ledger/ledger.page';
import { useManagerTranslation } from './manager.i18n';
import { SECTIONS, managerPath, navigateTo, parseManagerPath, useLocationPath, type ManagerSection } from './routing/manager.routes';

// the ledger, where a manager lands, comes with the remote; the other sections load when opened
const TasksPage = lazy(() => import('./tasks/tasks.page').then((m) => ({ default: m.TasksPage })));
const MovementsPage = lazy(() => import('./movements/movements.page').then((m) => ({ default: m.MovementsPage })));
const ScorecardPage = lazy(() => import('./scorecard/scorecard.page').then((m) => ({ default: m.ScorecardPage })));
const AssessmentPage = lazy(() => import('./assessment/assessment.page').then((m) => ({ default: m.AssessmentPage })));

const navKey: Record<ManagerSection, string> = {
  ledger: 'navLedger',
  tasks: 'navTasks',
  movements: 'navMovements',
  scorecard: 'navScorecard',
  assessment: 'navAssessment',
};

/**
 * The customer manager's remote, exposed as "./ManagerApp": their ledger (台账), tasks, customers on the
 * move, scorecard and competency assessment. It renders inside the shell's PortalProvider and urql
 * Provider (both reach it through the shared singletons), so it creates neither. It routes below
 * `basePath` on the History API (routing/manager.routes.ts).
 */
export default function ManagerApp(props: RemotePageProps) {
  const { t } = useManagerTranslation();
  const path = useLocationPath();
  const route = parseManagerPath(path, props.basePath);
  let page;
  switch (route.name) {
    case 'ledger':
      page = <LedgerPage {...props} />;
      break;
    case 'tasks':
      page = <TasksPage {...props} />;
      break;
    case 'movements':
      page = <MovementsPage {...props} />;
      break;
    case 'scorecard':
      page = <ScorecardPage {...props} />;
      break;
    case 'assessment':
      page = <AssessmentPage {...props} />;
      break;
    case 'notFound':
      page = <Result status="404" title={t('notFound')} />;
  }
  return (
    <div data-testid="manager-app">
      {/* under the shell its menu lists these sections (one level of navigation); stand-alone, the remote's own tabs */}
      {!props.shellNavigation && (
        <Tabs
          activeKey={route.name}
          onTabClick={(key) => navigateTo(managerPath(props.basePath, { name: key as ManagerSection }))}
          items={SECTIONS.map((s) => ({ key: s, label: <span data-testid={`nav-${s}`}>{t(navKey[s])}</span> }))}
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
