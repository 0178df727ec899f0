import { usePortalTranslation, type NamespaceResources } from '@crm/ui-kit';
import { enumStrings } from './i18n/enums';
import { en, zh } from './i18n/strings';

export const OUTLET_NS = 'outlet';

export const outletStrings: NamespaceResources = {
  'zh-CN': {
    ...zh,
    ...enumStrings(0),
    pageTitle: '我的客户',
    searchPlaceholder: '姓名 / 客户号 / 证件号 / 手机号或后四位',
    kindAll: '全部',
    kindINDIVIDUAL: '个人',
    kindCORPORATE: '企业',
    statusACTIVE: '正常',
    statusDORMANT: '休眠',
    statusCLOSED: '销户',
    statusMERGED: '已合并',
    colCustomerNo: '客户号',
    colName: '姓名',
    colKind: '类型',
    colIdNumber: '证件号',
    colPhone: '手机',
    colHomeOrgUnit: '归属网点',
    colStatus: '状态',
    summaryTitle: '客户概况',
    total: '客户总数',
    individual: '个人客户',
    corporate: '企业客户',
    active: '正常',
    dormant: '休眠',
    closed: '销户',
    pagination: '第 {{from}}-{{to}} 条，共 {{total}} 条',
    empty: '没有符合条件的客户',
    noMatchFor: '没有找到与“{{search}}”匹配的客户（仅在您的数据范围内查找）',
    searchForms:
      '可按：姓名（部分）、客户号（如 C000012345）、完整证件号、完整手机号、手机号后四位（如 5678）或列表中显示的掩码形式（如 138****5678）查找',
    loadFailed: '客户数据加载失败',
    retry: '重试',
    scope: '数据范围：{{user}} 所在机构及下级机构',
  },
  en: {
    ...en,
    ...enumStrings(1),
    pageTitle: 'My customers',
    searchPlaceholder: 'Name / customer no. / ID number / phone or its last 4 digits',
    kindAll: 'All',
    kindINDIVIDUAL: 'Individual',
    kindCORPORATE: 'Corporate',
    statusACTIVE: 'Active',
    statusDORMANT: 'Dormant',
    statusCLOSED: 'Closed',
    statusMERGED: 'Merged',
    colCustomerNo: 'Customer no.',
    colName: 'Name',
    colKind: 'Kind',
    colIdNumber: 'ID number',
    colPhone: 'Phone',
    colHomeOrgUnit: 'Home outlet',
    colStatus: 'Status',
    summaryTitle: 'Summary',
    total: 'Customers',
    individual: 'Individual',
    corporate: 'Corporate',
    active: 'Active',
    dormant: 'Dormant',
    closed: 'Closed',
    pagination: '{{from}}-{{to}} of {{total}}',
    empty: 'No customers match',
    noMatchFor: 'No customer matches “{{search}}” (searched within your data scope)',
    searchForms:
      'Search by: part of the name, customer no. (e.g. C000012345), the whole ID number, the whole phone number, the last four digits of the phone (e.g. 5678) or the masked form the list shows (e.g. 138****5678)',
    loadFailed: 'Could not load customers',
    retry: 'Retry',
    scope: 'Scope: {{user}}’s org unit and the units below it',
  },
};

export function useOutletTranslation() {
  return usePortalTranslation(OUTLET_NS, outletStrings);
}
