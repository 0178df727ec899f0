import { registerEnumType } from 'type-graphql';

/**
 * Why a customer changed manager — the closed set a leader picks from, kept with every assignment
 * (the table checks it: migration 0002). The demo seed's first assignments are INITIAL.
 */
export enum AssignmentReason {
  INITIAL = 'INITIAL',
  REBALANCE = 'REBALANCE',
  MANAGER_LEFT = 'MANAGER_LEFT',
  CUSTOMER_REQUEST = 'CUSTOMER_REQUEST',
  CUSTOMER_MOVED = 'CUSTOMER_MOVED',
  SERVICE_QUALITY = 'SERVICE_QUALITY',
  TIER_CHANGE = 'TIER_CHANGE',
}
registerEnumType(AssignmentReason, {
  name: 'AssignmentReason',
  description: 'Why a customer has this manager',
  valuesConfig: {
    INITIAL: { description: '首次分配: the customer’s first manager' },
    REBALANCE: { description: '均衡分配: workloads evened out between managers' },
    MANAGER_LEFT: { description: '客户经理离岗: the manager left, retired, changed post or is on long leave' },
    CUSTOMER_REQUEST: { description: '客户要求: the customer asked for another manager' },
    CUSTOMER_MOVED: { description: '客户迁移: the customer moved to another outlet' },
    SERVICE_QUALITY: { description: '服务质量: after a complaint or bad service' },
    TIER_CHANGE: { description: '层级变化: the customer’s tier now calls for a (full-time) specialist' },
  },
});

/** A request to move many customers: one leader makes it, another decides it (maker-checker). */
export enum PortfolioTransferStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(PortfolioTransferStatus, {
  name: 'PortfolioTransferStatus',
  description: 'PENDING until a second leader approves (the customers move) or rejects (nothing moves)',
});
