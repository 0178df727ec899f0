import { render } from '@testing-library/react';
import { Provider } from 'urql';
import { PortalProvider } from '@crm/ui-kit';
import type { StaffClaims } from '@crm/shared-types';
import { testStaff } from '@crm/ui-kit/testing/staff';
import TrainingApp from '../src/training.app';

// the fake gateway itself is shared by every portal app
export { fakeGateway, reply, type GraphQLCall, type Handler } from '@crm/ui-kit/testing/fake-gateway';
import { fakeGateway } from '@crm/ui-kit/testing/fake-gateway';

/** 郑华, head-office trainer (staff id 15): managers of the whole bank, no customers */
export const trainer = (): StaffClaims =>
  testStaff({
    sub: '15',
    username: 'hq.trainer',
    name: '郑华',
    orgUnitId: '1',
    orgPath: '/1/',
    level: 'HEAD_OFFICE',
    department: 'TRAINING',
    roles: ['TRAINER'],
  });

export function renderTraining(gateway: ReturnType<typeof fakeGateway>, path = '/training', user = trainer()) {
  window.history.replaceState(null, '', path);
  return render(
    <PortalProvider>
      <Provider value={gateway.client}>
        <TrainingApp user={user} basePath="/training" />
      </Provider>
    </PortalProvider>,
  );
}
