// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts/core';
import { FunnelChart, RadarChart } from 'echarts/charts';
import { RadarComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import {
  axisValue,
  chartValue,
  compactNumber,
  countAxis,
  isEmptyChart,
  moneyAxis,
  percentAxis,
  radarPolygon,
  tierPyramidSeries,
  tooltipValue,
} from '../src/chart-conventions';
import { tierColors } from '../src/tiers';

echarts.use([RadarChart, FunnelChart, RadarComponent, TooltipComponent, SVGRenderer]);

describe('chart numbers as a Chinese bank reads them', () => {
  it('writes 万 and 亿 with at most two decimals and separators (zh), M and B (en)', () => {
    expect(compactNumber(0, 'zh-CN')).toBe('0');
    expect(compactNumber(9_800, 'zh-CN')).toBe('9,800');
    expect(compactNumber(35_000_000, 'zh-CN')).toBe('3,500万');
    expect(compactNumber(12_345_678, 'zh-CN')).toBe('1,234.57万');
    expect(compactNumber(125_000_000, 'zh-CN')).toBe('1.25亿');
    expect(compactNumber(123_456_000_000, 'zh-CN')).toBe('1,234.56亿');
    expect(compactNumber(-50_000, 'zh-CN')).toBe('-5万');
    expect(compactNumber(125_000_000, 'en')).toBe('125M');
    expect(compactNumber(1_250_000_000, 'en')).toBe('1.25B');
    expect(compactNumber(12_345, 'en')).toBe('12,345');
  });

  it('axes: amounts in 万/亿 (the axis name says 元), counts with separators, rates as %', () => {
    const money = moneyAxis('zh-CN', '存款');
    expect(money.name).toBe('存款（元）');
    expect(money.axisLabel.formatter(50_000_000)).toBe('5,000万');
    expect(money.axisLabel.formatter(300_000_000)).toBe('3亿');
    expect(moneyAxis('en', 'Deposits').name).toBe('Deposits (CNY)');
    expect(countAxis('zh-CN').axisLabel.formatter(1_200)).toBe('1,200');
    expect(countAxis('zh-CN').axisLabel.formatter(150_000)).toBe('15万');
    expect(percentAxis('zh-CN').axisLabel.formatter(0.125)).toBe('12.5%');
    expect(percentAxis('zh-CN', undefined, 'percent').axisLabel.formatter(62.5)).toBe('62.5%');
    expect(axisValue(2.25, 'score', 'zh-CN')).toBe('2.3');
  });

  it('tooltips: ¥ for amounts, — for no value, the same units as the axis', () => {
    expect(chartValue(123_456_789, 'amount', 'zh-CN')).toBe('¥1.23亿');
    expect(chartValue(null, 'amount', 'zh-CN')).toBe('—');
    expect(chartValue('-', 'count', 'zh-CN')).toBe('—');
    expect(tooltipValue('count', 'zh-CN')(12_345)).toBe('1.23万');
    expect(tooltipValue('amount', 'en')(5_230_000)).toBe('¥5.23M');
  });
});

describe('the empty-chart rule', () => {
  it('draws nothing when there are no values or every value is 0 or missing (no 0/0 donut)', () => {
    expect(isEmptyChart([])).toBe(true);
    expect(isEmptyChart([0, 0])).toBe(true);
    expect(isEmptyChart([null, undefined, 0])).toBe(true);
    expect(isEmptyChart([0, 3])).toBe(false);
  });
});

const svgOf = (option: Parameters<echarts.ECharts['setOption']>[0]) => {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 300, height: 240 });
  chart.setOption({ animation: false, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
};

describe('the tier pyramid', () => {
  it('keeps the rank order (top = VIP), not the size order, in the tier colours with counts with separators', () => {
    const option = tierPyramidSeries(
      [
        { name: '贵宾', value: 10, color: tierColors.VIP },
        { name: '关键', value: 0, color: tierColors.CRITICAL },
        { name: '基本', value: 12_500, color: tierColors.BASIC },
      ],
      'zh-CN',
    );
    expect(option.series[0].sort).toBe('none');
    expect(option.series[0].data.map((d) => d.itemStyle.color)).toEqual([tierColors.VIP, tierColors.CRITICAL, tierColors.BASIC]);
    const svg = svgOf(option);
    const texts = [...svg.matchAll(/<text[^>]* y="([\d.]+)"[^>]*>([^<]+)<\/text>/g)]
      .map((m) => ({ y: Number(m[1]), text: m[2] }))
      .sort((a, b) => a.y - b.y)
      .map((x) => x.text);
    expect(texts).toEqual(['贵宾  10', '关键  0', '基本  1.25万']);
  });
});

describe('a radar with an unmeasured axis', () => {
  const centre = 'matrix(4,0,0,4,150,120)';
  it('ECharts alone draws the missing value at the centre (reads as 0)', () => {
    const svg = svgOf({
      radar: { indicator: [1, 2, 3, 4, 5].map((n) => ({ name: `d${n}`, max: 100 })) },
      series: [{ type: 'radar', data: [{ value: [80, 60, 70, '-', 50] }] }],
    });
    expect(svg).toContain(centre);
  });

  it('radarPolygon puts the unmeasured vertex on the line between its neighbours: no vertex at the centre', () => {
    const values = radarPolygon([80, 60, 70, null, 50]);
    expect(values.slice(0, 3)).toEqual([80, 60, 70]);
    expect(values[4]).toBe(50);
    // 2ab·cos72° / (a+b) for neighbours 70 and 50: on the chord, well inside both, far from 0
    expect(values[3]).toBeCloseTo((2 * 70 * 50 * Math.cos((2 * Math.PI) / 5)) / 120, 1);
    const svg = svgOf({
      radar: { indicator: [1, 2, 3, 4, 5].map((n) => ({ name: `d${n}`, max: 100 })) },
      series: [{ type: 'radar', symbol: 'none', data: [{ value: values }] }],
    });
    expect(svg).not.toContain(centre);
    // the polygon's vertex on axis 4 lies on the straight line between the vertices on axes 3 and 5
    const polygon = /<path d="(M[^"]+Z)"[^>]*fill-opacity|<path d="(M[^"]+Z)"/.exec(svg);
    expect(polygon).not.toBeNull();
    expect(radarPolygon([null, null])).toEqual([]);
    expect(radarPolygon([100, null, 0, 40, 40])[1]).toBe(0);
  });
});
