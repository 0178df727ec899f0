// The whole back end's test database, from the package that knows every subgraph (the gateway
// imports none): every migration, and the small demo bank each test file starts from.
import { demoBankGlobalSetup } from '@crm/infra/testing/global-setup';

export { TEST_BANK_CUSTOMERS } from '@crm/infra/testing/global-setup';
export default demoBankGlobalSetup();
