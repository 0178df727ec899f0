import { vi } from 'vitest';

// happy-dom has no canvas: charts render as a box carrying their option, which the tests can read.
vi.mock('@crm/ui-kit/charts', () => ({
  EChart: ({ testId, option }: { testId?: string; option: unknown }) => <div data-testid={testId} data-option={JSON.stringify(option)} />,
}));
