import { runSubgraphFromEnv } from '@crm/kit';
import { analysisSubgraph } from './index';

await runSubgraphFromEnv(analysisSubgraph);
