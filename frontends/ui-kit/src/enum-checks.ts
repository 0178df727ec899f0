// Closed sets the kit spells out by hand (tiers.ts: the schemes' tier orders) must be exactly the
// API's enums (generated into ./schema-types.ts from the supergraph): a tier added to or removed from
// `enum Tier` fails typecheck here until the kit's codes, colours and labels follow.
import type { Tier, TierScheme } from './schema-types';
import type { TierCode, TierSchemeCode } from './tiers';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const enumChecks: { tier: Same<TierCode, Tier>; tierScheme: Same<TierSchemeCode, TierScheme> } = { tier: true, tierScheme: true };
