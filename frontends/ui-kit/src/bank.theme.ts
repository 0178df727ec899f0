import type { ThemeConfig } from 'antd';

/** The bank's palette: a sober navy for structure, a restrained red and gold for accents. */
export const bankColors = {
  navy: '#123a6b',
  navyDark: '#0b2547',
  red: '#a8201a',
  gold: '#b8892d',
  ink: '#1f2733',
  paper: '#f4f6f9',
} as const;

/** Chart series colours, in the same palette, so ECharts matches antd. */
export const bankChartPalette = [bankColors.navy, bankColors.gold, bankColors.red, '#4f7cae', '#7a8899'];

export const bankTheme: ThemeConfig = {
  token: {
    colorPrimary: bankColors.navy,
    colorInfo: bankColors.navy,
    colorError: bankColors.red,
    colorWarning: bankColors.gold,
    colorSuccess: '#2e7d4f',
    colorTextBase: bankColors.ink,
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
