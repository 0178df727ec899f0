// Amounts, counts, unit names, dates and times of day are the UI kit's (`money`, `count`, `unitName`,
// `date`, `dateTime` from @crm/ui-kit — times in the bank's zone, Asia/Shanghai, whatever the browser's);
// they stay reachable here for the documents that import them from this file.
export { date, dateTime, type OrgUnitName } from '@crm/ui-kit';

export const percent = (v: number | null | undefined) => (v == null ? '—' : `${v.toFixed(2)}%`); // the API gives annual rates in percent
