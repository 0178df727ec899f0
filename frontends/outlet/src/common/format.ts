import dayjs from 'dayjs';

export const money = (v: number | null | undefined, language: string) =>
  v == null ? '—' : new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 }).format(v);

export const percent = (v: number | null | undefined) => (v == null ? "—" : `${v.toFixed(2)}%`); // the API gives annual rates in percent

export const dateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const date = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');

export interface OrgUnitName { id: string; name: string; nameEn?: string | null }
export const unitName = (u: OrgUnitName | null | undefined, language: string) => (!u ? '—' : language === 'en' && u.nameEn ? u.nameEn : u.name);
