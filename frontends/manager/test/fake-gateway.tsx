import { render } from '@testing-library/react';
import { Provider } from 'urql';
import { PortalProvider } from '@crm/ui-kit';
import type { StaffClaims } from '@crm/shared-types';
import { testStaff } from '@crm/ui-kit/testing/staff';
import ManagerApp from '../src/manager.app';

// the fake gateway itself is shared by every portal app
export { fakeGateway, reply, type GraphQLCall, type Handler } from '@crm/ui-kit/testing/fake-gateway';
import { fakeGateway } from '@crm/ui-kit/testing/fake-gateway';

/** 赵敏, customer manager at outlet BJ0101 (staff id 11) */
export const manager = (): StaffClaims =>
  testStaff({ sub: '11', username: 'bj0101.manager', name: '赵敏', orgUnitId: '4', orgPath: '/1/2/3/4/', roles: ['CUSTOMER_MANAGER'] });

export function renderManager(gateway: ReturnType<typeof fakeGateway>, path = '/manager', user = manager()) {
  window.history.replaceState(null, '', path);
  return render(
    <PortalProvider>
      <Provider value={gateway.client}>
        <ManagerApp user={user} basePath="/manager" />
      </Provider>
    </PortalProvider>,
  );
}
