import dayjs from 'dayjs';

// Amounts, counts and unit names are the UI kit's (`money`, `count`, `unitName` from @crm/ui-kit); the org
// unit's name type stays reachable here for the documents that import it.
export type { OrgUnitName } from '@crm/ui-kit';

export const percent = (v: number | null | undefined) => (v == null ? '—' : `${v.toFixed(2)}%`); // the API gives annual rates in percent

export const dateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const date = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');
