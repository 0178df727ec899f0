import { Result, Tabs } from '@crm/ui-kit';
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
    default:
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
      {page}
    </div>
  );
}
