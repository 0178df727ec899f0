import { runSubgraphFromEnv } from '@crm/kit';
import { managersSubgraph } from './index';

await runSubgraphFromEnv(managersSubgraph);
