// @crm/ui-kit/charts — a curated echarts/core build (only what the portal draws) and a small
// wrapper, with the portal's chart conventions (axes, tooltips, empty states). Kept out of the main
// entry so pages without charts never download echarts. SVG: a chart's words are text in the DOM
// (screen readers, browser tests), and the portal's charts are small.
import { useEffect, useRef, type CSSProperties } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, PieChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption, PieSeriesOption, RadarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  RadarComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

echarts.use([
  PieChart,
  BarChart,
  LineChart,
  FunnelChart,
  RadarChart,
  GridComponent,
  RadarComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  SVGRenderer,
]);

export * from './chart-conventions';

/** Only options of the registered chart types type-check. */
export type PortalChartOption = ComposeOption<
  | PieSeriesOption
  | BarSeriesOption
  | LineSeriesOption
  | FunnelSeriesOption
  | RadarSeriesOption
  | GridComponentOption
  | RadarComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
>;

export function EChart({ option, style, testId }: { option: PortalChartOption; style?: CSSProperties; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const c = echarts.init(box.current!, undefined, { renderer: 'svg' });
    chart.current = c;
    // inside a remote the box resizes with the shell's layout, not only with the window
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(box.current!);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={box} data-testid={testId} style={{ height: 240, width: '100%', ...style }} />;
}
