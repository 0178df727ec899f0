// The curated echarts build: only what the portal draws. Loaded on demand by ./charts.tsx.
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, PieChart, RadarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  PieChart,
  BarChart,
  LineChart,
  FunnelChart,
  RadarChart,
  // competency against outcome (training): one point per manager
  ScatterChart,
  GridComponent,
  RadarComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  SVGRenderer,
]);

export { echarts };
