import type { RemotePageProps } from '@crm/shared-types';
import { CustomerListPage } from './customers/customer-list.page';

/**
 * The outlet remote's page, exposed as "./OutletApp". It renders inside the shell's PortalProvider
 * and urql Provider (both reach it through the shared singletons), so it creates neither.
 */
export default function OutletApp(props: RemotePageProps) {
  return <CustomerListPage {...props} />;
}
