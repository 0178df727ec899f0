import { backendTestConfig } from '@crm/kit/vitest';

// one PostgreSQL per run, a template migrated with every subgraph, a clone per test file;
// longer limits than the subgraphs': the end-to-end test builds the portal and starts every service
export default backendTestConfig({ globalSetup: ['./test/global-setup.ts'], testTimeout: 120_000, hookTimeout: 240_000 });
