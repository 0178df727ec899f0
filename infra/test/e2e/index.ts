import { customer360TierCases } from './customer-360-tier.cases';
import type { PortalContext } from './portal-context';
import { navigationCases } from './navigation.cases';
import { headOfficeCases } from './head-office.cases';
import { outletQueueCases } from './outlet-queue.cases';
import { branchCockpitCases } from './branch-cockpit.cases';
import { piiRevealCases } from './pii-reveal.cases';
import { accessibilityCases } from './accessibility.cases';
import { chartsCases } from './charts.cases';
import { outletListSortCases } from './outlet-list-sort.cases';
import { managersCases } from './managers.cases';

/** Every area's browser tests, registered inside portal.e2e.test.ts's one running system. */
export function registerPortalCases(portal: PortalContext) {
  headOfficeCases(portal);
  outletQueueCases(portal);
  customer360TierCases(portal);
  navigationCases(portal);
  branchCockpitCases(portal);
  piiRevealCases(portal);
  accessibilityCases(portal);
  chartsCases(portal);
  outletListSortCases(portal);
  managersCases(portal);
}
