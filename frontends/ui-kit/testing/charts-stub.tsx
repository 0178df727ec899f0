// @crm/ui-kit/testing/charts-stub — `@crm/ui-kit/charts` for component tests. happy-dom has no
// canvas: a chart renders as a box carrying its option as JSON, which a test can read.
//   vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));
import type { CSSProperties } from 'react';
import type { PortalChartOption } from '../src/charts';

export type { PortalChartOption };
export * from '../src/chart-conventions';

export function EChart({ option, testId }: { option: PortalChartOption; style?: CSSProperties; testId?: string }) {
  return <div data-testid={testId} data-option={JSON.stringify(option)} />;
}
