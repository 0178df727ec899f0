import { useCallback, useState } from 'react';
import { Flex } from '@crm/ui-kit';
import { can, type StaffClaims } from '@crm/shared-types';
import { ScorecardsCard } from './scorecards.card';
import { TransfersCard } from './transfers.card';
import { ReassignDialog } from './reassign.dialog';
import type { ScorecardManager } from './managers.queries';

/**
 * The cockpit's managers: their scorecards compared for the unit looked at (MANAGER_READ), and for a
 * leader who may reassign (PORTFOLIO_REASSIGN) the moves of customers between them — the dialog, and
 * the moves awaiting a second leader. Without PORTFOLIO_REASSIGN no action is offered.
 */
export function ManagersSection({ user, orgUnitId, scope }: { user: StaffClaims; orgUnitId: string | null; scope?: string }) {
  const mayReassign = can(user, 'PORTFOLIO_REASSIGN');
  const [from, setFrom] = useState<ScorecardManager | null>(null);
  // after a move, an approval or a rejection: the portfolios changed, ask again
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = useCallback(() => setRefreshKey((k) => k + 1), []);
  return (
    <Flex vertical gap={16} data-testid="cockpit-managers">
      <ScorecardsCard orgUnitId={orgUnitId} scope={scope} onReassign={mayReassign ? setFrom : undefined} refreshKey={refreshKey} />
      {mayReassign && (
        <>
          <TransfersCard user={user} refreshKey={refreshKey} onDecided={refresh} />
          <ReassignDialog from={from} orgUnitId={orgUnitId} onClose={() => setFrom(null)} onMoved={refresh} />
        </>
      )}
    </Flex>
  );
}
