import type { ThemeConfig } from 'antd';

/** The bank's palette: a sober navy for structure, a restrained red and gold for accents. */
export const bankColors = {
  navy: '#123a6b',
  navyDark: '#0b2547',
  red: '#a8201a',
  gold: '#b8892d',
  /** gold behind white text (a tag): the accent gold is 3.2:1 on white, this 5.1:1 (WCAG AA 4.5:1) */
  goldText: '#8b6914',
  ink: '#1f2733',
  paper: '#f4f6f9',
} as const;

/** Chart series colours, in the same palette, so ECharts matches antd. */
export const bankChartPalette = [bankColors.navy, bankColors.gold, bankColors.red, '#4f7cae', '#7a8899'];

function tagTextShades(shades: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(shades).flatMap(([color, hex]) => [
      [`${color}7`, hex],
      [`${color}-7`, hex],
    ]),
  );
}

export const bankTheme: ThemeConfig = {
  token: {
    colorPrimary: bankColors.navy,
    colorInfo: bankColors.navy,
    colorError: bankColors.red,
    colorWarning: bankColors.gold,
    colorSuccess: '#2e7d4f',
    colorTextBase: bankColors.ink,
    // antd derives secondary/tertiary text as the ink at 65 % / 45 % opacity: 4.3:1 on the table header,
    // 2.7:1 on white (statistic titles, descriptions, captions). Opaque greys that keep WCAG AA 4.5:1 on
    // white, the layout's paper and the table header (#eef2f7).
    colorTextSecondary: '#4a5462',
    colorTextTertiary: '#5f6b7a',
    colorTextDescription: '#5f6b7a',
    // a Select's placeholder is text axe measures (an <input>'s is not): 4.7:1, still lighter than a value
    colorTextPlaceholder: '#6b7480',
    // the status tints antd derives from these dark seeds are grey-green/grey-blue (the success tag's
    // text 2.6:1 on its own background): light tints of each, its text ≥ 4.5:1 on them
    colorSuccessBg: '#eef7f1',
    colorSuccessBorder: '#b7dcc4',
    colorErrorBg: '#fbeeed',
    colorErrorBorder: '#efc2bf',
    colorInfoBg: '#eef3f9',
    colorInfoBorder: '#b9cbe2',
    // a preset-colour tag (<Tag color="green">) writes its text in the palette's 7th shade on its 1st:
    // 2.8–4.4:1 for these; one shade darker keeps 4.5:1 (the other presets already do). Both spellings:
    // antd's CSS variable --ant-green-7 is written from `green7` and from the legacy `green-7`.
    ...tagTextShades({ green: '#237804', orange: '#ad4e00', gold: '#874d00', cyan: '#006d75', volcano: '#ad2102', lime: '#3f6600' }),
    colorBgLayout: bankColors.paper,
    borderRadius: 4,
    fontFamily:
      '-apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: bankColors.navyDark, headerColor: '#ffffff', siderBg: '#ffffff', headerHeight: 56 },
    Menu: { itemSelectedColor: bankColors.navy, itemSelectedBg: '#e6edf6' },
    Table: { headerBg: '#eef2f7' },
  },
};
