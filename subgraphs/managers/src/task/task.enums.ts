import { registerEnumType } from 'type-graphql';

/** What a customer manager does for a customer: contact, marketing, the intermediary services (中间业务), events. */
export enum TaskKind {
  VISIT = 'VISIT',
  CALL = 'CALL',
  FOLLOW_UP = 'FOLLOW_UP',
  LOAN_MARKETING = 'LOAN_MARKETING',
  COLLECTION_PAYMENT_AGENCY = 'COLLECTION_PAYMENT_AGENCY',
  SETTLEMENT = 'SETTLEMENT',
  INFORMATION_CONSULTING = 'INFORMATION_CONSULTING',
  FINANCIAL_ADVISORY = 'FINANCIAL_ADVISORY',
  CREDIT_INVESTIGATION = 'CREDIT_INVESTIGATION',
  INTERMEDIARY_SERVICE = 'INTERMEDIARY_SERVICE',
  PARTNER_MATCHMAKING = 'PARTNER_MATCHMAKING',
  THEMED_EVENT = 'THEMED_EVENT',
}
registerEnumType(TaskKind, {
  name: 'TaskKind',
  description: 'What the task is: a contact, marketing, an intermediary service or an event',
  valuesConfig: {
    VISIT: { description: '拜访 visit' },
    CALL: { description: '电话 call' },
    FOLLOW_UP: { description: '跟进 follow-up' },
    LOAN_MARKETING: { description: '贷款营销 loan marketing' },
    COLLECTION_PAYMENT_AGENCY: { description: '代收代付 collection & payment agency' },
    SETTLEMENT: { description: '结算 settlement' },
    INFORMATION_CONSULTING: { description: '信息咨询 information consulting' },
    FINANCIAL_ADVISORY: { description: '财务顾问 financial advisory' },
    CREDIT_INVESTIGATION: { description: '资信调查 credit investigation' },
    INTERMEDIARY_SERVICE: { description: '中介服务 intermediary service' },
    PARTNER_MATCHMAKING: { description: '寻找合作伙伴与销售渠道 finding partners and sales channels for a corporate customer' },
    THEMED_EVENT: { description: '主题活动 themed event' },
  },
});

export enum TaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskStatus, { name: 'TaskStatus', description: '待办 open · 已完成 done · 已取消 cancelled' });

/** Who made the task: a person, a contact's next step, or one of the rules. */
export enum TaskSource {
  MANUAL = 'MANUAL',
  NEXT_STEP = 'NEXT_STEP',
  DEPOSIT_MATURING = 'DEPOSIT_MATURING',
  CHURN_RISK = 'CHURN_RISK',
  COMPLAINT_CLOSED = 'COMPLAINT_CLOSED',
}
registerEnumType(TaskSource, {
  name: 'TaskSource',
  description: 'What made the task',
  valuesConfig: {
    MANUAL: { description: 'made by hand' },
    NEXT_STEP: { description: 'a contact’s next step' },
    DEPOSIT_MATURING: { description: 'rule: a time deposit matures within 30 days' },
    CHURN_RISK: { description: 'rule: the customer is flagged at risk of leaving' },
    COMPLAINT_CLOSED: { description: 'rule: the customer’s complaint was closed' },
  },
});
