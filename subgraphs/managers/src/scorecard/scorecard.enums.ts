import { registerEnumType } from 'type-graphql';

/** What a customer manager is measured on, in the order the scorecard shows them. */
export enum ScorecardMeasure {
  DEPOSIT_STOCK = 'DEPOSIT_STOCK',
  DEPOSIT_GROWTH = 'DEPOSIT_GROWTH',
  LOAN_STOCK = 'LOAN_STOCK',
  LOAN_GROWTH = 'LOAN_GROWTH',
  NEW_OVERDUE_LOANS = 'NEW_OVERDUE_LOANS',
  INTERMEDIARY_INCOME = 'INTERMEDIARY_INCOME',
  NEW_BASIC_ACCOUNTS = 'NEW_BASIC_ACCOUNTS',
  SATISFACTION = 'SATISFACTION',
  ON_TIME_TASK_RATE = 'ON_TIME_TASK_RATE',
}
registerEnumType(ScorecardMeasure, {
  name: 'ScorecardMeasure',
  description: 'A measure of the customer-manager scorecard (客户经理考核)',
  valuesConfig: {
    DEPOSIT_STOCK: { description: '存款余额: month-end deposits of the manager’s customers, CNY' },
    DEPOSIT_GROWTH: { description: '存款增量: deposits at the month’s end less those at its start (the previous month’s end), CNY' },
    LOAN_STOCK: { description: '贷款余额: month-end loans and card balances owed, CNY' },
    LOAN_GROWTH: { description: '贷款增量: loans at the month’s end less those at its start, CNY' },
    NEW_OVERDUE_LOANS: { description: '新增逾期贷款 (a penalty): loans that fell due in the month and were still owed at its end' },
    INTERMEDIARY_INCOME: { description: '中间业务收入: fees debited in the month (analysis’s fee income), CNY' },
    NEW_BASIC_ACCOUNTS: { description: '新开基本账户: basic accounts opened in the month' },
    SATISFACTION: { description: '客户满意度: mean CSAT (1–5) of the month’s surveys of the manager’s customers' },
    ON_TIME_TASK_RATE: { description: '任务按时完成率: tasks due in the month done by their due date, a share 0–1' },
  },
});
