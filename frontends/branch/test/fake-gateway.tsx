import { render } from '@testing-library/react';
import { Provider } from 'urql';
import { PortalProvider } from '@crm/ui-kit';
import type { Role, StaffClaims } from '@crm/shared-types';
import BranchApp from '../src/branch.app';

// the fake gateway itself is shared by every portal app
export { fakeGateway, type GraphQLCall, type Handler } from '@crm/ui-kit/testing/fake-gateway';
import { fakeGateway } from '@crm/ui-kit/testing/fake-gateway';

export const leader = (roles: Role[] = ['BRANCH_LEADER']): StaffClaims => ({
  sub: '3',
  username: 'li.ming',
  name: '李明',
  orgUnitId: '3',
  orgPath: '/1/3/',
  level: 'BRANCH',
  department: 'RETAIL',
  roles,
});

export function renderBranch(gateway: ReturnType<typeof fakeGateway>, path = '/branch', user = leader()) {
  window.history.replaceState(null, '', path);
  return render(
    <PortalProvider>
      <Provider value={gateway.client}>
        <BranchApp user={user} basePath="/branch" />
      </Provider>
    </PortalProvider>,
  );
}
