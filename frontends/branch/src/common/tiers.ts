// Tiers are the UI kit's (tierOrders, tierOrder, tierRank, tierColors, tierLabels, TierTag from @crm/ui-kit).
// The tier type stays reachable here for the documents that import it.
export type { TierCode as Tier } from '@crm/ui-kit';
