// @crm/ui-kit/charts — the portal's chart wrapper and conventions (axes, tooltips, empty states).
// Kept out of the main entry, and echarts itself (a curated echarts/core build, ./echarts.core.ts)
// is loaded only when the first chart mounts: a page's table does not wait for ~200 KiB gz of
// charting it may draw later (the outlet's customer list shows its rows before its donut). SVG: a
// chart's words are text in the DOM (screen readers, browser tests), and the portal's charts are small.
import { useEffect, useRef, type CSSProperties } from 'react';
import type { ComposeOption, ECharts } from 'echarts/core';
import type {
  BarSeriesOption,
  FunnelSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
  RadarSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  RadarComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

let echartsLoad: Promise<typeof import('./echarts.core')> | null = null;
/** echarts, loaded once for the whole portal (the kit's charts entry is shared, so is this chunk). */
const loadEcharts = () => (echartsLoad ??= import('./echarts.core'));

export * from './chart-conventions';

/** Only options of the registered chart types type-check. */
export type PortalChartOption = ComposeOption<
  | PieSeriesOption
  | BarSeriesOption
  | LineSeriesOption
  | FunnelSeriesOption
  | RadarSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | RadarComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
>;

export function EChart({ option, style, testId }: { option: PortalChartOption; style?: CSSProperties; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  // the option of the latest render: drawn as soon as echarts has loaded
  const latest = useRef(option);
  latest.current = option;
  useEffect(() => {
    let live = true;
    let ro: ResizeObserver | undefined;
    void loadEcharts().then(({ echarts }) => {
      if (!live || !box.current) return;
      const c = echarts.init(box.current, undefined, { renderer: 'svg' });
      chart.current = c;
      c.setOption(latest.current, { notMerge: true });
      // inside a remote the box resizes with the shell's layout, not only with the window
      ro = new ResizeObserver(() => c.resize());
      ro.observe(box.current);
    });
    return () => {
      live = false;
      ro?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={box} data-testid={testId} style={{ height: 240, width: '100%', ...style }} />;
}
