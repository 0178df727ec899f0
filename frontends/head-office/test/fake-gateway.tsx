import { render } from '@testing-library/react';
import { Provider } from 'urql';
import { PortalProvider } from '@crm/ui-kit';
import type { Role, StaffClaims } from '@crm/shared-types';
import HeadOfficeApp from '../src/head-office.app';

// the fake gateway itself is shared by every portal app
export { fakeGateway, type GraphQLCall, type Handler } from '@crm/ui-kit/testing/fake-gateway';
import { fakeGateway } from '@crm/ui-kit/testing/fake-gateway';

export const analyst = (roles: Role[] = ['STRATEGY_ANALYST']): StaffClaims => ({
  sub: '2',
  username: 'zhao.min',
  name: '赵敏',
  orgUnitId: '1',
  orgPath: '/1/',
  level: 'HEAD_OFFICE',
  department: 'STRATEGY',
  roles,
});

/** Renders the remote as the shell does, at `path` (under basePath /head-office). */
/** Another head-office staff member, e.g. of the product department. */
export const staffUser = (over: Partial<StaffClaims>): StaffClaims => ({
  ...analyst(),
  sub: '9',
  username: 'other',
  name: '其他',
  ...over,
});

export function renderHeadOffice(gateway: ReturnType<typeof fakeGateway>, path: string, pollMs = 30, user: StaffClaims = analyst()) {
  window.history.replaceState(null, '', path);
  return render(
    <PortalProvider>
      <Provider value={gateway.client}>
        <HeadOfficeApp user={user} basePath="/head-office" pollMs={pollMs} />
      </Provider>
    </PortalProvider>,
  );
}
