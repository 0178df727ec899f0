import type {
  AccountKind,
  AssignmentReason,
  AccountStatus,
  CaseCategory,
  CaseSeverity,
  CaseStatus,
  CompanySize,
  ConsentChannel,
  CustomerStatus,
  IncomeBand,
  InteractionChannel,
  ManagerEmployment,
  ManagerGrade,
  NeedCategory,
  NeedPriority,
  NeedStatus,
  PiiField,
  PiiRevealPurpose,
  RelationshipKind,
  TransactionCategory,
  TransactionChannel,
  Touchpoint,
} from '@crm/ui-kit/schema-types';

// Labels of the API's enums, per language. Key: `${Enum}_${VALUE}`, e.g. t('AccountKind_LOAN').
// Typed over the enums generated from the supergraph: a value without a zh and an en label, or a
// label for a value the API does not have, fails typecheck.
type Pair = [zh: string, en: string];
interface Enums {
  CustomerStatus: CustomerStatus;
  IncomeBand: IncomeBand;
  CompanySize: CompanySize;
  ConsentChannel: ConsentChannel;
  AccountKind: AccountKind;
  AccountStatus: AccountStatus;
  TransactionChannel: TransactionChannel;
  TransactionCategory: TransactionCategory;
  InteractionChannel: InteractionChannel;
  NeedCategory: NeedCategory;
  NeedPriority: NeedPriority;
  NeedStatus: NeedStatus;
  CaseCategory: CaseCategory;
  CaseSeverity: CaseSeverity;
  CaseStatus: CaseStatus;
  PiiField: PiiField;
  PiiRevealPurpose: PiiRevealPurpose;
  Touchpoint: Touchpoint;
  RelationshipKind: RelationshipKind;
  ManagerEmployment: ManagerEmployment;
  ManagerGrade: ManagerGrade;
  AssignmentReason: AssignmentReason;
}
type Labels = Record<string, Pair>;

const enums = {
  CustomerStatus: { ACTIVE: ['正常', 'Active'], DORMANT: ['休眠', 'Dormant'], CLOSED: ['销户', 'Closed'], MERGED: ['已合并', 'Merged'] },
  IncomeBand: {
    LOW: ['低', 'Low'],
    LOWER_MIDDLE: ['中低', 'Lower middle'],
    MIDDLE: ['中等', 'Middle'],
    UPPER_MIDDLE: ['中高', 'Upper middle'],
    HIGH: ['高', 'High'],
  },
  CompanySize: { MICRO: ['微型', 'Micro'], SMALL: ['小型', 'Small'], MEDIUM: ['中型', 'Medium'], LARGE: ['大型', 'Large'] },
  ConsentChannel: {
    COUNTER: ['柜面', 'Counter'],
    MOBILE: ['手机银行', 'Mobile'],
    ONLINE: ['网上银行', 'Online'],
    PHONE: ['电话', 'Phone'],
    PAPER: ['纸质', 'Paper'],
  },
  AccountKind: {
    DEMAND_DEPOSIT: ['活期存款', 'Demand deposit'],
    TIME_DEPOSIT: ['定期存款', 'Time deposit'],
    LOAN: ['贷款', 'Loan'],
    CREDIT_CARD: ['信用卡', 'Credit card'],
    WEALTH: ['理财', 'Wealth product'],
    SETTLEMENT: ['结算账户', 'Settlement'],
    BASIC: ['基本账户', 'Basic account'],
  },
  AccountStatus: { OPEN: ['正常', 'Open'], FROZEN: ['冻结', 'Frozen'], CLOSED: ['已销户', 'Closed'] },
  TransactionChannel: {
    COUNTER: ['柜面', 'Counter'],
    ATM: ['ATM', 'ATM'],
    MOBILE: ['手机银行', 'Mobile'],
    ONLINE: ['网上银行', 'Online'],
    POS: ['POS', 'POS'],
  },
  TransactionCategory: {
    DEPOSIT: ['存入', 'Deposit'],
    WITHDRAWAL: ['支取', 'Withdrawal'],
    TRANSFER_IN: ['转入', 'Transfer in'],
    TRANSFER_OUT: ['转出', 'Transfer out'],
    SALARY: ['代发工资', 'Salary'],
    CARD_SPEND: ['刷卡消费', 'Card spend'],
    LOAN_DRAWDOWN: ['贷款发放', 'Loan drawdown'],
    LOAN_REPAYMENT: ['贷款还款', 'Loan repayment'],
    INTEREST: ['利息', 'Interest'],
    FEE: ['手续费', 'Fee'],
    COLLECTION_PAYMENT_AGENCY: ['代收代付', 'Collection / payment agency'],
    BILL_SETTLEMENT: ['票据结算', 'Bill settlement'],
    WEALTH_PURCHASE: ['理财购买', 'Wealth purchase'],
    WEALTH_REDEMPTION: ['理财赎回', 'Wealth redemption'],
  },
  InteractionChannel: {
    VISIT: ['上门拜访', 'Visit'],
    PHONE: ['电话', 'Phone'],
    COUNTER: ['柜面', 'Counter'],
    MOBILE: ['手机银行', 'Mobile'],
    WECHAT: ['微信', 'WeChat'],
    EMAIL: ['电子邮件', 'E-mail'],
    EVENT: ['活动', 'Event'],
  },
  NeedCategory: {
    SAVINGS: ['储蓄', 'Savings'],
    LOAN: ['贷款', 'Loan'],
    WEALTH: ['理财', 'Wealth'],
    INSURANCE: ['保险', 'Insurance'],
    CARD: ['银行卡', 'Card'],
    SETTLEMENT: ['结算', 'Settlement'],
    PAYROLL: ['代发工资', 'Payroll'],
    CONSULTING: ['咨询', 'Consulting'],
    OTHER: ['其他', 'Other'],
  },
  NeedPriority: { LOW: ['低', 'Low'], MEDIUM: ['中', 'Medium'], HIGH: ['高', 'High'] },
  NeedStatus: {
    OPEN: ['待跟进', 'Open'],
    IN_PROGRESS: ['跟进中', 'In progress'],
    FULFILLED: ['已满足', 'Fulfilled'],
    DROPPED: ['已放弃', 'Dropped'],
  },
  CaseCategory: {
    SERVICE_ATTITUDE: ['服务态度', 'Service attitude'],
    WAIT_TIME: ['等候时间', 'Wait time'],
    FEES: ['收费', 'Fees'],
    PRODUCT: ['产品', 'Product'],
    SYSTEM: ['系统故障', 'System'],
    MIS_SELLING: ['误导销售', 'Mis-selling'],
    PRIVACY: ['隐私', 'Privacy'],
    OTHER: ['其他', 'Other'],
  },
  CaseSeverity: { CRITICAL: ['紧急', 'Critical'], HIGH: ['高', 'High'], MEDIUM: ['中', 'Medium'], LOW: ['低', 'Low'] },
  CaseStatus: {
    OPEN: ['待受理', 'Open'],
    ACKNOWLEDGED: ['处理中', 'Acknowledged'],
    RESOLVED: ['已解决', 'Resolved'],
    CLOSED: ['已关闭', 'Closed'],
  },
  Touchpoint: {
    COUNTER: ['柜面', 'Counter'],
    MANAGER_VISIT: ['客户经理拜访', 'Manager visit'],
    COMPLAINT_HANDLING: ['投诉处理', 'Complaint handling'],
    MOBILE: ['手机银行', 'Mobile'],
  },
  RelationshipKind: {
    HOUSEHOLD: ['家庭成员', 'Household'],
    SPOUSE: ['配偶', 'Spouse'],
    PARENT_OF: ['父母 / 子女', 'Parent of'],
    EXECUTIVE_OF: ['高管', 'Executive of'],
    LEGAL_REPRESENTATIVE_OF: ['法定代表人', 'Legal representative of'],
    GUARANTOR_FOR: ['担保', 'Guarantor for'],
    PARENT_COMPANY_OF: ['母公司', 'Parent company of'],
    GROUP_AFFILIATE: ['集团关联', 'Group affiliate'],
  },
  PiiField: {
    ID_NUMBER: ['证件号码', 'ID number'],
    PHONE: ['手机号', 'phone number'],
    ADDRESS: ['地址', 'address'],
    EMAIL: ['邮箱', 'e-mail'],
    BIRTH_DATE: ['出生日期', 'date of birth'],
    ACCOUNT_NUMBERS: ['账号', 'account numbers'],
  },
  // the bank's list of purposes for seeing personal data in clear (the API accepts only these)
  PiiRevealPurpose: {
    ACCOUNT_SERVICE: ['办理业务核实身份', 'Verifying identity for a service'],
    COMPLAINT_HANDLING: ['投诉处理', 'Complaint handling'],
    RISK_REVIEW: ['风险审查', 'Risk review'],
    LEGAL_REQUEST: ['司法/监管查询', 'Court or regulator request'],
    CUSTOMER_REQUEST: ['客户本人要求', 'Requested by the customer'],
  },
  // the customer-manager system (客户经理制): 专职 — managing customers is the job; 兼职 — a teller or officer who also keeps a portfolio
  ManagerEmployment: { FULL_TIME: ['专职', 'Full-time'], PART_TIME: ['兼职', 'Part-time'] },
  ManagerGrade: {
    TRAINEE: ['见习', 'Trainee'],
    JUNIOR: ['初级', 'Junior'],
    INTERMEDIATE: ['中级', 'Intermediate'],
    SENIOR: ['高级', 'Senior'],
    PRINCIPAL: ['资深', 'Principal'],
  },
  // why a customer has this manager (the portfolio history)
  AssignmentReason: {
    INITIAL: ['首次分配', 'First assignment'],
    REBALANCE: ['均衡分配', 'Workloads evened out'],
    MANAGER_LEFT: ['客户经理离岗', 'Manager left'],
    CUSTOMER_REQUEST: ['客户要求', 'Customer’s request'],
    CUSTOMER_MOVED: ['客户迁移', 'Customer moved'],
    SERVICE_QUALITY: ['服务质量', 'Service quality'],
    TIER_CHANGE: ['层级变化', 'Tier change'],
  },
} satisfies { [E in keyof Enums]: Record<Enums[E], Pair> };

export function enumStrings(lang: 0 | 1): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, labels] of Object.entries(enums) as [string, Labels][])
    for (const [value, pair] of Object.entries(labels)) out[`${name}_${value}`] = pair[lang];
  return out;
}
