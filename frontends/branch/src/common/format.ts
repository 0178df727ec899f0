const locale = (language: string) => (language === 'en' ? 'en-US' : 'zh-CN');

/** Amounts in the cockpit: 万元 in Chinese, millions of CNY in English (the column titles say which). */
export function amount(v: number | null | undefined, language: string): string {
  if (v == null) return '—';
  const scaled = language === 'en' ? v / 1e6 : v / 1e4;
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(scaled);
}

export const count = (v: number | null | undefined, language: string) => (v == null ? '—' : new Intl.NumberFormat(locale(language)).format(v));

export const decimal = (v: number | null | undefined, digits = 1) => (v == null ? '—' : v.toFixed(digits));

export const money = (v: number | null | undefined, language: string) =>
  v == null ? '—' : new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 }).format(v);

export interface OrgUnitName { id: string; name: string; nameEn?: string | null }
export const unitName = (u: OrgUnitName | null | undefined, language: string) => (!u ? '—' : language === 'en' && u.nameEn ? u.nameEn : u.name);
