import { backendTestConfig } from './vitest.shared.mjs';

export default backendTestConfig();
