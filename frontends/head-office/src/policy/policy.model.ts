// The tier policy as the editor holds it, and the pure conversions to and from the API's shapes.
// Kept free of React so the tests can check the exact TierPolicyInput the editor sends.

import { closedSet } from '@crm/ui-kit';
import type {
  AssetCoefficientsInput,
  Tier,
  TierPolicyInput as ApiTierPolicyInput,
  TierRuleInput as ApiTierRuleInput,
  TierScheme,
} from '../gql/graphql';
import type { TierPolicy } from './policy.queries';

// The API's types are generated from the supergraph (src/gql/); the policy as it is read is the
// document's (policy.queries.ts), the input is the API's with the condition narrowed to what the editor writes.
export type { PolicyStatus, Tier, TierScheme } from '../gql/graphql';
export type { TierPolicy, TierRule } from './policy.queries';
export type Op = '>=' | '>' | '<=' | '<';

export const SCHEMES: readonly TierScheme[] = closedSet<TierScheme>()(['VALUE_PYRAMID', 'QUALITY_LADDER']);
/** Each scheme's tiers, top to bottom: rules are evaluated in this order, the last is "everyone else". */
export const SCHEME_TIERS: Record<TierScheme, readonly Tier[]> = {
  VALUE_PYRAMID: ['VIP', 'CRITICAL', 'KEY', 'VALUE', 'BASIC'],
  QUALITY_LADDER: ['GOLD', 'KEY', 'QUALITY', 'GENERAL', 'RESTRICTED', 'ELIMINATED'],
};
export const ALL_TIERS: readonly Tier[] = closedSet<Tier>()([
  'VIP',
  'CRITICAL',
  'KEY',
  'VALUE',
  'BASIC',
  'GOLD',
  'QUALITY',
  'GENERAL',
  'RESTRICTED',
  'ELIMINATED',
]);
export const METRICS = [
  'WEIGHTED_ASSETS',
  'DAILY_AVG_ASSETS',
  'DEPOSIT_BALANCE',
  'WEALTH_BALANCE',
  'LOAN_BALANCE',
  'CONTRIBUTION',
  'LOYALTY',
  'SATISFACTION',
  'RELEVANCE',
  'TENURE_YEARS',
  'COMPLAINTS_12M',
  'FREQUENCY_12M',
] as const;
export type ScoreMetric = (typeof METRICS)[number];
export const OPS: readonly Op[] = ['>=', '>', '<=', '<'];

/** Leaf condition of the API's rule JSON. */
export interface Leaf {
  metric: ScoreMetric;
  op: Op;
  value: number;
}
export type ConditionJson = Leaf | { all: ConditionJson[] } | { any: ConditionJson[] };

// --- API shapes --------------------------------------------------------------------------------
export type AssetCoefficients = AssetCoefficientsInput;
export type TierRuleInput = Omit<ApiTierRuleInput, 'condition'> & { condition: ConditionJson | null };
export type TierPolicyInput = Omit<ApiTierPolicyInput, 'rules'> & { rules: TierRuleInput[] };

// --- editor state ------------------------------------------------------------------------------
export interface ConditionDraft {
  metric: ScoreMetric;
  op: Op;
  value: number | null;
}
export interface RuleDraft {
  tier: Tier;
  /** how the conditions combine: AND (all) or OR (any) */
  combinator: 'all' | 'any';
  conditions: ConditionDraft[];
  /** a condition the simple editor cannot show (nested groups): kept as JSON text and sent as is */
  raw?: string;
}
export interface PolicyDraft {
  scheme: TierScheme;
  /** the name in Chinese (the API's `name`) */
  name: string;
  /** the name in English, optional (shown in the portal in English) */
  nameEn: string;
  effectiveFrom: string;
  assetCoefficients: AssetCoefficients;
  rules: RuleDraft[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLeaf = (v: unknown): v is Leaf =>
  isObj(v) && typeof v.metric === 'string' && typeof v.op === 'string' && typeof v.value === 'number';

/** Reads a rule's condition JSON into the simple editor's shape, or keeps it raw when it is nested. */
export function conditionToDraft(condition: unknown): Pick<RuleDraft, 'combinator' | 'conditions' | 'raw'> {
  let c = condition;
  if (typeof c === 'string') {
    try {
      c = JSON.parse(c);
    } catch {
      return { combinator: 'all', conditions: [], raw: c as string };
    }
  }
  if (c == null) return { combinator: 'all', conditions: [] };
  if (isLeaf(c)) return { combinator: 'all', conditions: [{ metric: c.metric, op: c.op, value: c.value }] };
  if (isObj(c)) {
    const key = Array.isArray(c.all) ? 'all' : Array.isArray(c.any) ? 'any' : null;
    const list = key ? (c[key] as unknown[]) : null;
    if (key && list && list.every(isLeaf)) {
      return { combinator: key, conditions: list.map((l) => ({ metric: l.metric, op: l.op, value: l.value })) };
    }
  }
  return { combinator: 'all', conditions: [], raw: JSON.stringify(c, null, 2) };
}

export function emptyRule(tier: Tier, last: boolean): RuleDraft {
  return { tier, combinator: 'all', conditions: last ? [] : [{ metric: 'WEIGHTED_ASSETS', op: '>=', value: null }] };
}

/** A draft copy of a policy (the editor never edits a stored policy in place). */
export function policyToDraft(p: TierPolicy): PolicyDraft {
  const tiers = SCHEME_TIERS[p.scheme];
  return {
    scheme: p.scheme,
    name: p.name,
    nameEn: p.nameEn ?? '',
    effectiveFrom: p.effectiveFrom,
    assetCoefficients: {
      deposit: p.assetCoefficients.deposit,
      wealth: p.assetCoefficients.wealth,
      timeDeposit: p.assetCoefficients.timeDeposit,
    },
    rules: tiers.map((tier, i) => {
      const rule = p.rules.find((r) => r.tier === tier);
      if (!rule) return emptyRule(tier, i === tiers.length - 1);
      return { tier, ...conditionToDraft(rule.condition) };
    }),
  };
}

export function newDraft(scheme: TierScheme, effectiveFrom: string): PolicyDraft {
  const tiers = SCHEME_TIERS[scheme];
  return {
    scheme,
    name: '',
    nameEn: '',
    effectiveFrom,
    assetCoefficients: { deposit: 1, wealth: 1, timeDeposit: 1 },
    rules: tiers.map((t, i) => emptyRule(t, i === tiers.length - 1)),
  };
}

/** Switches the scheme: the new scheme's tiers in order, keeping the rules of tiers both schemes have. */
export function changeScheme(d: PolicyDraft, scheme: TierScheme): PolicyDraft {
  const tiers = SCHEME_TIERS[scheme];
  return {
    ...d,
    scheme,
    rules: tiers.map((tier, i) => {
      const last = i === tiers.length - 1;
      const kept = d.rules.find((r) => r.tier === tier);
      if (last) return { ...(kept ?? emptyRule(tier, true)), conditions: [], raw: undefined };
      return kept && (kept.conditions.length || kept.raw) ? kept : emptyRule(tier, false);
    }),
  };
}

/**
 * The editor's state as the API's TierPolicyInput. The last tier is "everyone else" (condition null).
 * No rule description is sent: the portal says each rule in words generated from the rule itself
 * (the kit's describeTierRule), in the reader's language; the API's free-text description is deprecated.
 */
export function draftToInput(d: PolicyDraft): TierPolicyInput {
  const lastIndex = d.rules.length - 1;
  return {
    scheme: d.scheme,
    name: d.name.trim(),
    nameEn: d.nameEn.trim() || null,
    effectiveFrom: d.effectiveFrom,
    assetCoefficients: {
      deposit: d.assetCoefficients.deposit,
      wealth: d.assetCoefficients.wealth,
      timeDeposit: d.assetCoefficients.timeDeposit,
    },
    rules: d.rules.map((r, i) => ({
      tier: r.tier,
      condition: i === lastIndex ? null : ruleCondition(r),
    })),
  };
}

export function ruleCondition(r: RuleDraft): ConditionJson | null {
  if (r.raw !== undefined) {
    try {
      return JSON.parse(r.raw) as ConditionJson;
    } catch {
      return r.raw as unknown as ConditionJson;
    } // the server names the error
  }
  // an empty value is sent as NaN-free null → the server refuses it and names the tier
  const leaves: Leaf[] = r.conditions.map((c) => ({ metric: c.metric, op: c.op, value: c.value as number }));
  if (leaves.length === 0) return null;
  if (leaves.length === 1) return leaves[0];
  return r.combinator === 'all' ? { all: leaves } : { any: leaves };
}

// --- server validation errors → the row they belong to -----------------------------------------

export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}
export interface PlacedErrors {
  /** per tier: the messages to show on that rule's row */
  tiers: Partial<Record<Tier, string[]>>;
  /** per top-level field (name, effectiveFrom, scheme, assetCoefficients.deposit…) */
  fields: Record<string, string[]>;
  /** messages that name neither */
  general: string[];
}

const FIELD_NAMES = [
  'name',
  'nameEn',
  'effectiveFrom',
  'scheme',
  'assetCoefficients.deposit',
  'assetCoefficients.wealth',
  'assetCoefficients.timeDeposit',
  'assetCoefficients',
];

/**
 * Places the server's validation errors. Looks, in order, at `extensions.tier`, at `extensions.field`
 * ("rules[2].condition", "input.rules.2.condition", "rules.VIP", "name", "input.assetCoefficients.deposit"),
 * then at a tier named in the message ("KEY: threshold not below CRITICAL" → KEY: the first tier of
 * the draft's scheme named in the message).
 */
export function placeServerErrors(
  errors: readonly GraphQLErrorLike[],
  draft: PolicyDraft,
  /** the words shown for an error (the page passes the user's language; default: the server's message) */
  say: (e: GraphQLErrorLike) => string = (e) => e.message,
): PlacedErrors {
  const out: PlacedErrors = { tiers: {}, fields: {}, general: [] };
  const addTier = (t: Tier, m: string) => {
    (out.tiers[t] ??= []).push(m);
  };
  const tiers = draft.rules.map((r) => r.tier);
  for (const e of errors) {
    const ext = e.extensions ?? {};
    if (typeof ext.tier === 'string' && tiers.includes(ext.tier as Tier)) {
      addTier(ext.tier as Tier, say(e));
      continue;
    }
    const field = typeof ext.field === 'string' ? ext.field.replace(/^input\./, '') : '';
    const ruleRef = /^rules(?:\[(\w+)\]|\.(\w+))/.exec(field);
    if (ruleRef) {
      const ref = ruleRef[1] ?? ruleRef[2];
      const tier = /^\d+$/.test(ref) ? tiers[Number(ref)] : tiers.find((t) => t === ref);
      if (tier) {
        addTier(tier, say(e));
        continue;
      }
    }
    if (field && FIELD_NAMES.includes(field)) {
      (out.fields[field] ??= []).push(say(e));
      continue;
    }
    const named = firstTierIn(e.message, tiers);
    if (named) {
      addTier(named, say(e));
      continue;
    }
    out.general.push(say(e));
  }
  return out;
}

/** The tier the message is about: the earliest-mentioned of the scheme's tiers (whole words). */
function firstTierIn(message: string, tiers: readonly Tier[]): Tier | undefined {
  let best: { tier: Tier; at: number } | undefined;
  for (const t of tiers) {
    const m = new RegExp(`\\b${t}\\b`).exec(message);
    if (m && (!best || m.index < best.at)) best = { tier: t, at: m.index };
  }
  return best?.tier;
}
