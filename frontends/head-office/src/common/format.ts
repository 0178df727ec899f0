// Numbers, amounts and unit names are the UI kit's (`money`, `moneyCompact`, `count`, `decimal`, `unitName` from @crm/ui-kit).
// The org unit's name type stays reachable here for the documents that import it.
export type { OrgUnitName } from '@crm/ui-kit';
