import { backendTestConfig } from '@crm/kit/vitest';

export default backendTestConfig({ globalSetup: ['./test/global-setup.ts'] });
