import { runSubgraphFromEnv } from '@crm/kit';
import { customersSubgraph } from './index';

await runSubgraphFromEnv(customersSubgraph);
