import { vi } from 'vitest';

// happy-dom has no canvas: charts render as a box carrying their option, which the tests can read.
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));
