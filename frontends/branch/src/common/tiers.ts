// Tiers of the two schemes (see the analysis contract), top to bottom.
export const VALUE_PYRAMID = ['VIP', 'CRITICAL', 'KEY', 'VALUE', 'BASIC'] as const;
export const QUALITY_LADDER = ['GOLD', 'KEY', 'QUALITY', 'GENERAL', 'RESTRICTED', 'ELIMINATED'] as const;
export type Tier = (typeof VALUE_PYRAMID)[number] | (typeof QUALITY_LADDER)[number];

const ladderOnly = new Set<string>(['GOLD', 'QUALITY', 'GENERAL', 'RESTRICTED', 'ELIMINATED']);

/** The scheme order the given tiers belong to (KEY is in both; any ladder-only tier means the ladder). */
export function tierOrder(tiers: Iterable<string | null | undefined>): readonly Tier[] {
  for (const t of tiers) if (t && ladderOnly.has(t)) return QUALITY_LADDER;
  return VALUE_PYRAMID;
}

/** Rank in its scheme, 0 = top; compares two tiers of one movement. */
export function tierRank(tier: string, order: readonly string[]): number {
  const i = order.indexOf(tier);
  return i < 0 ? order.length : i;
}

/** Colours top → bottom, the same for both schemes. */
export const TIER_COLORS: Record<Tier, string> = {
  VIP: '#8c1d40', GOLD: '#b8860b', CRITICAL: '#c2410c', KEY: '#1d4f91', VALUE: '#2e8b57', QUALITY: '#2e8b57',
  BASIC: '#8c8c8c', GENERAL: '#8c8c8c', RESTRICTED: '#d46b08', ELIMINATED: '#595959',
};

export const TIER_LABELS: Record<Tier, [zh: string, en: string]> = {
  VIP: ['贵宾', 'VIP'], CRITICAL: ['关键', 'Critical'], KEY: ['重点', 'Key'], VALUE: ['价值', 'Value'], BASIC: ['基本', 'Basic'],
  GOLD: ['黄金', 'Gold'], QUALITY: ['优质', 'Quality'], GENERAL: ['一般', 'General'], RESTRICTED: ['限制', 'Restricted'], ELIMINATED: ['淘汰', 'Eliminated'],
};
