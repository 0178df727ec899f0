import { useState } from 'react';
import { Result } from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { CockpitPage } from './cockpit/cockpit.page';
import { useBranchTranslation } from './branch.i18n';
import { parseBranchPath, useLocationPath } from './routing/branch.routes';

/**
 * The branch remote's page, exposed as "./BranchApp". It renders inside the shell's PortalProvider
 * and urql Provider (both reach it through the shared singletons), so it creates neither. It routes
 * below `basePath` on the History API (see routing/branch.routes.ts): the drill-down is in the URL,
 * so the browser's Back button climbs back up.
 */
export default function BranchApp(props: RemotePageProps) {
  const { t } = useBranchTranslation();
  const path = useLocationPath();
  const route = parseBranchPath(path, props.basePath);
  // the as-of date survives the drill-down (null: the latest)
  const [asOf, setAsOf] = useState<string | null>(null);
  return (
    <div data-testid="branch-app">
      {route.name === 'notFound' ? (
        <Result status="404" title={t('notFound')} />
      ) : (
        // a fresh page per unit: no stale measure choice or paging from the unit above
        <CockpitPage
          key={route.name === 'unit' ? route.id : ''}
          {...props}
          unitId={route.name === 'unit' ? route.id : undefined}
          asOf={asOf}
          onAsOf={setAsOf}
        />
      )}
    </div>
  );
}
