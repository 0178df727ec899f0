import type { PortalContext } from './portal-context';

/** Every area's browser tests, registered inside portal.e2e.test.ts's one running system. */
export function registerPortalCases(_portal: PortalContext) {}
