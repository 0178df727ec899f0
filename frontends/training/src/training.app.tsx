import { lazy, Suspense } from 'react';
import { Flex, Result, Spin, Tabs } from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { ManagersPage } from './managers/managers.page';
import { useTrainingTranslation } from './training.i18n';
import {
  SECTIONS,
  navigateTo,
  parseTrainingPath,
  sectionOf,
  trainingPath,
  useLocationPath,
  type TrainingSection,
} from './routing/training.routes';

// The managers list is the landing page; the rest load on first use (charts, the form), so the
// remote's first chunk stays small and echarts / the kit's forms come only with the pages that draw them.
const ManagerPage = lazy(() => import('./manager/manager.page').then((m) => ({ default: m.ManagerPage })));
const AssessmentPage = lazy(() => import('./assessment/assessment.page').then((m) => ({ default: m.AssessmentPage })));
const GapsPage = lazy(() => import('./gaps/gaps.page').then((m) => ({ default: m.GapsPage })));
const OutcomePage = lazy(() => import('./outcome/outcome.page').then((m) => ({ default: m.OutcomePage })));
const PlansPage = lazy(() => import('./plans/plans.page').then((m) => ({ default: m.PlansPage })));

const navKey: Record<TrainingSection, string> = {
  managers: 'navManagers',
  gaps: 'navGaps',
  competencyOutcome: 'navCompetencyOutcome',
  plans: 'navPlans',
};

/**
 * The training department's remote, exposed as "./TrainingApp": customer managers and their
 * competency assessments, team gaps, competency against results, training plans. It renders inside
 * the shell's PortalProvider and urql Provider (both reach it through the shared singletons), so it
 * creates neither. It routes below `basePath` on the History API (routing/training.routes.ts).
 */
export default function TrainingApp(props: RemotePageProps) {
  const { t } = useTrainingTranslation();
  const path = useLocationPath();
  const route = parseTrainingPath(path, props.basePath);
  let page;
  switch (route.name) {
    case 'managers':
      page = <ManagersPage {...props} />;
      break;
    case 'manager':
      // a fresh page per manager: no state carried from the one before
      page = <ManagerPage key={route.id} {...props} managerId={route.id} />;
      break;
    case 'assess':
      page = <AssessmentPage key={route.id} {...props} managerId={route.id} />;
      break;
    case 'gaps':
      page = <GapsPage {...props} />;
      break;
    case 'competencyOutcome':
      page = <OutcomePage {...props} />;
      break;
    case 'plans':
      page = <PlansPage {...props} />;
      break;
    case 'notFound':
      page = <Result status="404" title={t('notFound')} />;
  }
  return (
    <div data-testid="training-app">
      {/* under the shell its menu lists these sections (one level of navigation); stand-alone, the remote's own tabs */}
      {!props.shellNavigation && (
        <Tabs
          activeKey={sectionOf(route) ?? ''}
          onTabClick={(key) => navigateTo(trainingPath(props.basePath, { name: key as TrainingSection }))}
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
