import { lazy, Suspense } from 'react';
import { Flex, Result, Spin, Tabs } from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { CustomerListPage } from './customers/customer-list.page';
import { useOutletTranslation } from './outlet.i18n';
import { navigateTo, outletPath, parseOutletPath, useLocationPath, type OutletRoute } from './routing/outlet.routes';

// The list is the landing page; the rest load on first use, so the remote's first chunk stays small.
const Customer360Page = lazy(() => import('./customer360/customer360.page').then((m) => ({ default: m.Customer360Page })));
const CustomerFormPage = lazy(() => import('./forms/customer.form.page').then((m) => ({ default: m.CustomerFormPage })));
const CaseQueuePage = lazy(() => import('./cases/case-queue.page').then((m) => ({ default: m.CaseQueuePage })));

type Section = 'customers' | 'cases';
const sectionOf = (r: OutletRoute): Section => (r.name === 'cases' ? 'cases' : 'customers');

/**
 * The outlet remote's page, exposed as "./OutletApp". It renders inside the shell's PortalProvider
 * and urql Provider (both reach it through the shared singletons), so it creates neither. It routes
 * below `basePath` on the History API (see routing/outlet.routes.ts).
 */
export default function OutletApp(props: RemotePageProps) {
  const { t } = useOutletTranslation();
  const path = useLocationPath();
  const route = parseOutletPath(path, props.basePath);
  const section = sectionOf(route);

  let page;
  switch (route.name) {
    case 'list':
      page = <CustomerListPage {...props} />;
      break;
    case 'customer':
      page = <Customer360Page {...props} customerId={route.id} />;
      break;
    case 'newCustomer':
      page = <CustomerFormPage {...props} />;
      break;
    case 'cases':
      page = <CaseQueuePage {...props} />;
      break;
    default:
      page = <Result status="404" title={t('notFound')} />;
  }

  return (
    <div data-testid="outlet-app">
      {/* under the shell its menu lists these sections (one level of navigation); stand-alone, the remote's own tabs */}
      {!props.shellNavigation && (
        <Tabs
          activeKey={section}
          onTabClick={(key) => navigateTo(outletPath(props.basePath, { name: key === 'cases' ? 'cases' : 'list' }))}
          items={[
            { key: 'customers', label: <span data-testid="nav-customers">{t('navCustomers')}</span> },
            { key: 'cases', label: <span data-testid="nav-cases">{t('navCases')}</span> },
          ]}
          style={{ marginTop: -8 }}
        />
      )}
      <Suspense
        fallback={
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        }
      >
        {page}
      </Suspense>
    </div>
  );
}
