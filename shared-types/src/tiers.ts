/**
 * The tier codes of the two schemes (analysis owns tiering: `enum Tier` in its schema). One
 * definition for whoever else names a tier — the customers subgraph filters its list by them — so a
 * subgraph that registers the GraphQL enum `Tier` registers exactly these values (federation
 * composes an enum used as input and output only when every subgraph agrees on it).
 */
export enum Tier {
  VIP = 'VIP',
  CRITICAL = 'CRITICAL',
  KEY = 'KEY',
  VALUE = 'VALUE',
  BASIC = 'BASIC',
  GOLD = 'GOLD',
  QUALITY = 'QUALITY',
  GENERAL = 'GENERAL',
  RESTRICTED = 'RESTRICTED',
  ELIMINATED = 'ELIMINATED',
}

/** Each code's name in the bank (the GraphQL value descriptions). */
export const TIER_NAMES_ZH: Record<Tier, string> = {
  VIP: '贵宾客户',
  CRITICAL: '关键客户',
  KEY: '重点客户',
  VALUE: '价值客户',
  BASIC: '基本客户',
  GOLD: '黄金客户',
  QUALITY: '优质客户',
  GENERAL: '一般客户',
  RESTRICTED: '限制客户',
  ELIMINATED: '淘汰客户',
};

/** `valuesConfig` of the GraphQL enum `Tier` (each code described by its name), for every subgraph that registers it. */
export const TIER_VALUE_DESCRIPTIONS = Object.fromEntries(
  Object.entries(TIER_NAMES_ZH).map(([code, zh]) => [code, { description: zh }]),
) as Record<Tier, { description: string }>;
