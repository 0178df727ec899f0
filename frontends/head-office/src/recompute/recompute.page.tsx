import { can, type RemotePageProps } from '@crm/shared-types';
import { RecomputeCard } from './recompute.card';

export function RecomputePage(props: RemotePageProps & { pollMs?: number }) {
  return (
    <div style={{ maxWidth: 720 }}>
      <RecomputeCard pollMs={props.pollMs} mayStart={can(props.user, 'SCORE_RECOMPUTE')} />
    </div>
  );
}
