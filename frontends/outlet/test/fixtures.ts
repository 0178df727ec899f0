import type { Account, Customer360, Interaction, Transaction } from '../src/customer360/customer360.queries';
import type { QueueCase } from '../src/cases/cases.queries';

export const unit = { id: '12', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' };
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

export function customer360(over: Partial<Customer360> = {}): Customer360 {
  return {
    id: '1',
    customerNo: 'C00000001',
    kind: 'INDIVIDUAL',
    name: '张伟',
    status: 'ACTIVE',
    gender: 'M',
    idNumber: '110***********1234',
    phone: '138****5678',
    address: '北京市朝阳区****',
    email: 'z***@example.com',
    birthDate: '1985-**-**',
    occupation: '工程师',
    incomeBand: 'MIDDLE',
    industry: null,
    legalRepresentative: null,
    registeredCapital: null,
    companySize: null,
    marketingConsent: { given: true, at: '2024-05-01T08:00:00.000Z', channel: 'COUNTER' },
    homeOrgUnit: unit,
    createdAt: '2019-02-01T00:00:00.000Z',
    version: 3,
    mergedInto: null,
    balances: { deposits: 125000.5, loans: 300000, wealth: 50000, creditCardDebt: 1234.56 },
    needs: [
      {
        id: 'n1',
        category: 'WEALTH',
        description: '希望了解稳健型理财产品',
        priority: 'HIGH',
        status: 'OPEN',
        capturedAt: '2025-01-10T02:00:00.000Z',
        capturedBy: { id: '7', name: '王丽', position: '客户经理' },
        version: 1,
      },
    ],
    serviceCases: [
      {
        id: 'k1',
        caseNo: 'SC2025000001',
        category: 'WAIT_TIME',
        severity: 'HIGH',
        title: '排队时间过长',
        status: 'OPEN',
        openedAt: hours(-20),
        slaDueAt: hours(4.5),
        slaBreached: false,
        escalationLevel: 0,
        version: 1,
        handlingOrgUnit: unit,
      },
    ],
    surveys: {
      total: 2,
      items: [
        { id: 's2', touchpoint: 'COUNTER', csat: 4, nps: 8, comment: '服务很好', surveyedAt: '2025-03-01T00:00:00.000Z' },
        { id: 's1', touchpoint: 'MOBILE', csat: 3, nps: 6, comment: null, surveyedAt: '2025-01-01T00:00:00.000Z' },
      ],
    },
    relationships: [
      {
        id: 'r1',
        kind: 'SPOUSE',
        direction: 'OUTGOING',
        note: null,
        relatedName: '李娜',
        related: { id: '2', customerNo: 'C00000002', name: '李娜' },
      },
      { id: 'r2', kind: 'GUARANTOR_FOR', direction: 'INCOMING', note: '经营贷担保', relatedName: '其他机构客户', related: null },
    ],
    tier: null,
    score: null, // never scored
    ...over,
  };
}

export const accounts: Account[] = [
  {
    id: 'a1',
    accountNo: '6222 **** **** 1234',
    kind: 'DEMAND_DEPOSIT',
    currency: 'CNY',
    balance: 25000.5,
    creditLimit: null,
    interestRate: 0.2,
    openedOn: '2019-02-01',
    maturesOn: null,
    closedOn: null,
    status: 'OPEN',
  },
  {
    id: 'a2',
    accountNo: '6222 **** **** 5678',
    kind: 'LOAN',
    currency: 'CNY',
    balance: 300000,
    creditLimit: null,
    interestRate: 3.95,
    openedOn: '2022-06-01',
    maturesOn: '2042-06-01',
    closedOn: null,
    status: 'OPEN',
  },
];
export const closedAccount: Account = {
  id: 'a3',
  accountNo: '6222 **** **** 9999',
  kind: 'TIME_DEPOSIT',
  currency: 'CNY',
  balance: 0,
  creditLimit: null,
  interestRate: 1.5,
  openedOn: '2020-01-01',
  maturesOn: '2023-01-01',
  closedOn: '2023-01-01',
  status: 'CLOSED',
};

export const transactions: Transaction[] = Array.from({ length: 35 }, (_, i) => ({
  id: `t${i + 1}`,
  bookedAt: new Date(Date.UTC(2025, 2, 31 - i, 4)).toISOString(),
  amount: 100 + i,
  direction: i % 4 === 0 ? 'CREDIT' : 'DEBIT',
  channel: i % 2 ? 'POS' : 'MOBILE',
  category: i % 2 ? 'CARD_SPEND' : 'TRANSFER_OUT',
  counterparty: `商户${i + 1}`,
  description: null,
  balanceAfter: 20000 - i * 10,
  account: { id: 'a1', accountNo: '6222 **** **** 1234', kind: 'DEMAND_DEPOSIT' },
}));

export const interactions: Interaction[] = [
  {
    id: 'i2',
    channel: 'PHONE',
    occurredAt: '2025-03-02T02:00:00.000Z',
    summary: '电话回访理财需求',
    outcome: '客户有意向',
    nextStep: '预约面谈',
    nextStepDue: '2025-03-10',
    staff: { id: '7', name: '王丽', position: '客户经理' },
    orgUnit: unit,
  },
  {
    id: 'i1',
    channel: 'COUNTER',
    occurredAt: '2025-02-01T02:00:00.000Z',
    summary: '办理挂失',
    outcome: null,
    nextStep: null,
    nextStepDue: null,
    staff: { id: '8', name: '赵强', position: '柜员' },
    orgUnit: unit,
  },
];

export function queueCase(over: Partial<QueueCase> & { id: string }): QueueCase {
  return {
    caseNo: `SC-${over.id}`,
    category: 'SERVICE_ATTITUDE',
    severity: 'MEDIUM',
    title: `工单${over.id}`,
    status: 'OPEN',
    openedAt: hours(-10),
    slaDueAt: hours(2.5),
    slaBreached: false,
    escalationLevel: 0,
    version: 1,
    handlingOrgUnit: unit,
    description: '详细描述',
    rootCause: null,
    resolution: null,
    customer: { id: '1', customerNo: 'C00000001', name: '张伟' },
    ...over,
  };
}
export { hours };
