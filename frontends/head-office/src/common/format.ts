export const intl = (language: string) => (language === 'en' ? 'en-US' : 'zh-CN');

/** Amounts in CNY, in 万元 (zh) / millions (en) when large: dashboards compare orders of magnitude. */
export function money(v: number | null | undefined, language: string) {
  if (v == null) return '—';
  if (Math.abs(v) >= 1e6) {
    return language === 'en'
      ? `¥${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(v / 1e6)}M`
      : `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(v / 1e4)}万元`;
  }
  return new Intl.NumberFormat(intl(language), { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(v);
}

export const count = (v: number | null | undefined, language: string) => (v == null ? '—' : new Intl.NumberFormat(intl(language)).format(v));
export const decimal = (v: number | null | undefined, digits = 2) => (v == null ? '—' : v.toFixed(digits));

export interface OrgUnitName { id: string; name: string; nameEn?: string | null }
export const unitName = (u: OrgUnitName | null | undefined, language: string) => (!u ? '—' : language === 'en' && u.nameEn ? u.nameEn : u.name);
