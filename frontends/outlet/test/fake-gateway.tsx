import { render } from '@testing-library/react';
import { Provider } from 'urql';
import { PortalProvider } from '@crm/ui-kit';
import type { Role, StaffClaims } from '@crm/shared-types';
import OutletApp from '../src/outlet.app';

// the fake gateway itself is shared by every portal app
export { fakeGateway, type GraphQLCall, type Handler } from '@crm/ui-kit/testing/fake-gateway';
import { fakeGateway } from '@crm/ui-kit/testing/fake-gateway';

export const staff = (roles: Role[] = ['CUSTOMER_MANAGER']): StaffClaims => ({
  sub: '7',
  username: 'wang.li',
  name: '王丽',
  orgUnitId: '12',
  orgPath: '/1/3/12/',
  level: 'OUTLET',
  department: 'RETAIL',
  roles,
});

export const outletElement = (gateway: ReturnType<typeof fakeGateway>, user = staff()) => (
  <PortalProvider>
    <Provider value={gateway.client}>
      <OutletApp user={user} basePath="/outlet" />
    </Provider>
  </PortalProvider>
);

/** Renders the remote as the shell does, at `path` (under basePath /outlet). */
export function renderOutlet(gateway: ReturnType<typeof fakeGateway>, path: string, user = staff()) {
  window.history.replaceState(null, '', path);
  return render(outletElement(gateway, user));
}
