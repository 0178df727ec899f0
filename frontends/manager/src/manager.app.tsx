import { Result, Tabs } from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { LedgerPage } from './ledger/ledger.page';
import { useManagerTranslation } from './manager.i18n';
import { SECTIONS, managerPath, navigateTo, parseManagerPath, useLocationPath, type ManagerSection } from './routing/manager.routes';

const navKey: Record<ManagerSection, string> = { ledger: 'navLedger', tasks: 'navTasks', scorecard: 'navScorecard' };

/**
 * The customer manager's remote, exposed as "./ManagerApp": their ledger (台账), tasks and scorecard.
 * It renders inside the shell's PortalProvider and urql Provider (both reach it through the shared
 * singletons), so it creates neither. It routes below `basePath` on the History API
 * (routing/manager.routes.ts).
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
    // tasks and scorecard: their pages come with the managers subgraph's ledger, task and scorecard API
    case 'tasks':
    case 'scorecard':
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
      {page}
    </div>
  );
}
