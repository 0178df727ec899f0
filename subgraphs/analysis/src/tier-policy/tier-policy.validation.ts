import { SCHEME_TIERS, ScoreMetric, type Tier, TierScheme } from './tier-policy.enums';
import type { ComparisonOp, MetricCondition, TierCondition } from './tier-policy.entity';

/**
 * Validation of a tier policy — pure functions, no database. Every issue names the field path the
 * editor highlights (`rules[2].condition.all[0].value`) and says why in words an analyst understands.
 *
 * Reachability: rules are evaluated top to bottom, so tier i places exactly the customers that satisfy
 * its condition and none of the conditions above. Conditions have no NOT, only comparisons of one metric
 * with a number combined by all/any, so every condition is a finite union of boxes (a range per metric).
 * A tier is unreachable exactly when its boxes minus the boxes of every tier above leave nothing; we
 * compute that by box subtraction. Soundness: metrics are treated as real numbers without bounds, a
 * superset of what scores can really be (integers, cents, 0–100), so "unreachable" is only ever
 * reported when it is true. Limits, documented: a tier that is unreachable only because of a metric's
 * natural range or integrality (e.g. COMPLAINTS_12M > 2 under a tier with COMPLAINTS_12M ≥ 3, or
 * LOYALTY > 100) is NOT reported; and when a policy is too large to decide (more than MAX_BOXES boxes
 * in normal form or MAX_PIECES fragments during subtraction) the check gives up and accepts it.
 */

export interface PolicyIssue {
  field: string;
  message: string;
}

export interface TierRuleDraft {
  tier: Tier | string;
  condition?: unknown;
  description?: string | null;
}
export interface TierPolicyDraft {
  scheme: TierScheme | string;
  name: string;
  nameEn?: string | null;
  effectiveFrom: string;
  rules: TierRuleDraft[];
  assetCoefficients: { deposit: number; wealth: number; timeDeposit: number };
}

export const OPS: readonly ComparisonOp[] = ['>=', '>', '<=', '<'];
export const OP_SYMBOL: Record<ComparisonOp, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
export const SCHEME_LABEL: Record<TierScheme, string> = { VALUE_PYRAMID: 'value pyramid', QUALITY_LADDER: 'quality ladder' };
const METRICS = Object.values(ScoreMetric) as string[];
const MAX_DEPTH = 4;
const MAX_LEAVES = 20;
const MAX_VALUE = 1e15; // numeric(18,2) holds less than 10^16
const MAX_BOXES = 256;
const MAX_PIECES = 4096;

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
export const formatNumber = (n: number) => number.format(n);

/** "WEIGHTED_ASSETS ≥ 5,000,000 AND (LOYALTY ≥ 70 OR …)" */
export function formatCondition(c: TierCondition, nested = false): string {
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    const text = parts.map((p) => formatCondition(p, true)).join('all' in c ? ' AND ' : ' OR ');
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  return `${c.metric} ${OP_SYMBOL[c.op]} ${formatNumber(c.value)}`;
}

// ---------------------------------------------------------------- well-formedness

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks one condition's shape; pushes issues; returns the typed condition when it is well-formed. */
export function checkCondition(raw: unknown, field: string, issues: PolicyIssue[], depth = 1, leaves = { n: 0 }): TierCondition | null {
  const shape = `${field} must be { "all": [...] }, { "any": [...] } or { "metric", "op", "value" }`;
  if (!isPlainObject(raw)) {
    issues.push({ field, message: shape });
    return null;
  }
  const keys = Object.keys(raw);
  if ('all' in raw || 'any' in raw) {
    const key = 'all' in raw ? 'all' : 'any';
    if (keys.length !== 1) {
      issues.push({ field, message: `${field} must have "${key}" alone (found ${keys.map((k) => `"${k}"`).join(', ')})` });
      return null;
    }
    const list = raw[key];
    if (!Array.isArray(list) || list.length === 0) {
      issues.push({ field: `${field}.${key}`, message: `${field}.${key} must be a non-empty list of conditions` });
      return null;
    }
    if (depth >= MAX_DEPTH) {
      issues.push({ field, message: `${field} is nested too deeply (at most ${MAX_DEPTH} levels)` });
      return null;
    }
    const before = issues.length;
    const parts = list.map((c, i) => checkCondition(c, `${field}.${key}[${i}]`, issues, depth + 1, leaves));
    if (issues.length > before) return null;
    return key === 'all' ? { all: parts as TierCondition[] } : { any: parts as TierCondition[] };
  }
  const extra = keys.filter((k) => !['metric', 'op', 'value'].includes(k));
  if (extra.length) {
    issues.push({ field: `${field}.${extra[0]}`, message: `${field} has an unknown key "${extra[0]}": ${shape.slice(field.length + 1)}` });
    return null;
  }
  const before = issues.length;
  if (typeof raw.metric !== 'string' || !METRICS.includes(raw.metric)) {
    issues.push({
      field: `${field}.metric`,
      message: `${field}.metric must be one of ${METRICS.join(', ')}${raw.metric === undefined ? '' : ` (got ${JSON.stringify(raw.metric)})`}`,
    });
  }
  if (typeof raw.op !== 'string' || !(OPS as readonly string[]).includes(raw.op)) {
    issues.push({
      field: `${field}.op`,
      message: `${field}.op must be one of >=, >, <=, <${raw.op === undefined ? '' : ` (got ${JSON.stringify(raw.op)})`}`,
    });
  }
  if (typeof raw.value !== 'number' || !Number.isFinite(raw.value) || Math.abs(raw.value) >= MAX_VALUE) {
    issues.push({
      field: `${field}.value`,
      message: `${field}.value must be a finite number below 10^15 in size${raw.value === undefined ? '' : ` (got ${JSON.stringify(raw.value)})`}`,
    });
  }
  if (issues.length > before) return null;
  if (++leaves.n > MAX_LEAVES) {
    issues.push({ field, message: `a rule may compare at most ${MAX_LEAVES} metrics` });
    return null;
  }
  return { metric: raw.metric as ScoreMetric, op: raw.op as ComparisonOp, value: raw.value as number };
}

function isCalendarDate(value: unknown): boolean {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The tiers: exactly the scheme's, in its order. Returns true when they are. */
function checkTiers(scheme: TierScheme, rules: TierRuleDraft[], issues: PolicyIssue[]): boolean {
  const expected = SCHEME_TIERS[scheme];
  const label = `the ${SCHEME_LABEL[scheme]} (${expected.join(', ')}, top to bottom)`;
  const got = rules.map((r) => String(r.tier));
  const missing = expected.filter((t) => !got.includes(t));
  const foreign = got.findIndex((t) => !expected.includes(t as Tier));
  const twice = got.findIndex((t, i) => got.indexOf(t) !== i);
  if (foreign >= 0) {
    issues.push({ field: `rules[${foreign}].tier`, message: `rules[${foreign}].tier: ${got[foreign]} is not a tier of ${label}` });
    return false;
  }
  if (twice >= 0) {
    issues.push({
      field: `rules[${twice}].tier`,
      message: `rules[${twice}].tier: ${got[twice]} appears twice; each tier of ${label} has exactly one rule`,
    });
    return false;
  }
  if (missing.length) {
    issues.push({
      field: 'rules',
      message: `rules must list every tier of ${label}: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`,
    });
    return false;
  }
  const wrong = got.findIndex((t, i) => t !== expected[i]);
  if (wrong >= 0) {
    issues.push({
      field: `rules[${wrong}].tier`,
      message: `rules[${wrong}].tier must be ${expected[wrong]}, not ${got[wrong]}: rules follow ${label}`,
    });
    return false;
  }
  return true;
}

/** Every issue of a draft, in the order of the form; empty when the policy may be saved. */
export function tierPolicyIssues(input: TierPolicyDraft): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const scheme = input.scheme as TierScheme;
  if (!Object.values(TierScheme).includes(scheme)) {
    issues.push({ field: 'scheme', message: `scheme must be one of ${Object.values(TierScheme).join(', ')}` });
    return issues;
  }
  const name = input.name?.trim() ?? '';
  if (!name) issues.push({ field: 'name', message: 'name is required' });
  else if (name.length > 100) issues.push({ field: 'name', message: 'name must be at most 100 characters' });
  if ((input.nameEn?.trim() ?? '').length > 100) issues.push({ field: 'nameEn', message: 'nameEn must be at most 100 characters' });
  if (!isCalendarDate(input.effectiveFrom)) issues.push({ field: 'effectiveFrom', message: 'effectiveFrom must be a date YYYY-MM-DD' });
  for (const key of ['deposit', 'wealth', 'timeDeposit'] as const) {
    const v = input.assetCoefficients?.[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 2) {
      issues.push({
        field: `assetCoefficients.${key}`,
        message: `assetCoefficients.${key} must be a number from 0 to 2 (got ${JSON.stringify(v ?? null)})`,
      });
    }
  }
  const rules = input.rules ?? [];
  const tiersOk = checkTiers(scheme, rules, issues);

  const conditions: (TierCondition | null)[] = [];
  let conditionsOk = true;
  rules.forEach((rule, i) => {
    const field = `rules[${i}].condition`;
    if (rule.description != null && rule.description.length > 500) {
      issues.push({ field: `rules[${i}].description`, message: `rules[${i}].description must be at most 500 characters` });
    }
    const last = i === rules.length - 1;
    if (last) {
      if (rule.condition != null) {
        issues.push({ field, message: `${field} must be null: ${rule.tier} is the last tier and takes everyone the tiers above do not` });
        conditionsOk = false;
      }
      conditions.push(null);
      return;
    }
    if (rule.condition == null) {
      issues.push({
        field,
        message: `${field} is required: only the last tier (everyone else) has no condition, and ${rule.tier} is not last`,
      });
      conditionsOk = false;
      conditions.push(null);
      return;
    }
    const before = issues.length;
    conditions.push(checkCondition(rule.condition, field, issues));
    if (issues.length > before) conditionsOk = false;
  });

  if (tiersOk && conditionsOk)
    issues.push(
      ...reachabilityIssues(
        rules.map((r) => String(r.tier)),
        conditions,
      ),
    );
  return issues;
}

// ---------------------------------------------------------------- reachability (box algebra)

interface Interval {
  lo: number;
  loIn: boolean;
  hi: number;
  hiIn: boolean;
}
type Box = Map<string, Interval>;
class TooComplex extends Error {}

const FULL: Interval = { lo: -Infinity, loIn: false, hi: Infinity, hiIn: false };
const nonEmpty = (i: Interval) => i.lo < i.hi || (i.lo === i.hi && i.loIn && i.hiIn);

/** The intersection of two ranges: the higher lower bound, the lower upper bound (exclusive wins a tie). */
function meet(a: Interval, b: Interval): Interval {
  const [lo, loIn] = a.lo === b.lo ? [a.lo, a.loIn && b.loIn] : a.lo > b.lo ? [a.lo, a.loIn] : [b.lo, b.loIn];
  const [hi, hiIn] = a.hi === b.hi ? [a.hi, a.hiIn && b.hiIn] : a.hi < b.hi ? [a.hi, a.hiIn] : [b.hi, b.hiIn];
  return { lo, loIn, hi, hiIn };
}

function intersect(a: Box, b: Box): Box | null {
  const out: Box = new Map(a);
  for (const [m, ib] of b) {
    const i = meet(out.get(m) ?? FULL, ib);
    if (!nonEmpty(i)) return null;
    out.set(m, i);
  }
  return out;
}

function leafInterval(c: MetricCondition): Interval {
  switch (c.op) {
    case '>=':
      return { ...FULL, lo: c.value, loIn: true };
    case '>':
      return { ...FULL, lo: c.value, loIn: false };
    case '<=':
      return { ...FULL, hi: c.value, hiIn: true };
    case '<':
      return { ...FULL, hi: c.value, hiIn: false };
  }
}

/** A condition as a union of boxes (disjunctive normal form). null condition = everyone. */
function boxes(c: TierCondition | null): Box[] {
  if (c === null) return [new Map()];
  if ('any' in c) {
    const out = c.any.flatMap(boxes);
    if (out.length > MAX_BOXES) throw new TooComplex();
    return out;
  }
  if ('all' in c) {
    let acc: Box[] = [new Map()];
    for (const part of c.all) {
      const next: Box[] = [];
      for (const a of acc)
        for (const b of boxes(part)) {
          const m = intersect(a, b);
          if (m) next.push(m);
        }
      if (next.length > MAX_BOXES) throw new TooComplex();
      acc = next;
    }
    return acc;
  }
  return [new Map([[c.metric, leafInterval(c)]])];
}

/** a minus b, as disjoint boxes. */
function subtract(a: Box, b: Box): Box[] {
  if (!intersect(a, b)) return [a];
  const out: Box[] = [];
  let cur: Box = new Map(a);
  for (const [m, ib] of b) {
    const ia = cur.get(m) ?? FULL;
    if (ib.lo > -Infinity) {
      const below = meet(ia, { ...FULL, hi: ib.lo, hiIn: !ib.loIn });
      if (nonEmpty(below)) out.push(new Map(cur).set(m, below));
    }
    if (ib.hi < Infinity) {
      const above = meet(ia, { ...FULL, lo: ib.hi, loIn: !ib.hiIn });
      if (nonEmpty(above)) out.push(new Map(cur).set(m, above));
    }
    cur = new Map(cur).set(m, meet(ia, ib));
  }
  return out;
}

function minus(region: Box[], others: Box[]): Box[] {
  let rest = region;
  for (const b of others) {
    rest = rest.flatMap((a) => subtract(a, b));
    if (rest.length > MAX_PIECES) throw new TooComplex();
    if (!rest.length) break;
  }
  return rest;
}

/**
 * For each tier: does anyone remain once the tiers above have taken theirs? Returns an issue per
 * unreachable tier, naming the tier(s) above that take its customers.
 */
export function reachabilityIssues(tiers: string[], conditions: (TierCondition | null)[]): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  let regions: Box[][];
  try {
    regions = conditions.map(boxes);
  } catch (e) {
    if (e instanceof TooComplex) return issues; // too large to decide: accepted (documented limit)
    throw e;
  }
  for (let i = 0; i < tiers.length; i++) {
    const last = i === tiers.length - 1;
    const field = last ? `rules[${i}]` : `rules[${i}].condition`;
    const own = conditions[i] ? `${tiers[i]} (${formatCondition(conditions[i]!)})` : tiers[i];
    try {
      if (!regions[i].length) {
        issues.push({ field, message: `${field}: ${own} can never be reached: its condition can never hold` });
        continue;
      }
      const above = regions.slice(0, i);
      if (minus(regions[i], above.flat()).length) continue;
      const single = above.findIndex((r) => minus(regions[i], r).length === 0);
      if (single >= 0) {
        const by = conditions[single] ? `everyone with ${formatCondition(conditions[single]!)}` : 'everyone';
        issues.push({ field, message: `${field}: ${own} can never be reached: ${tiers[single]} above it already takes ${by}` });
      } else {
        // name only the tiers needed: drop each one whose customers the others still cover
        let needed = above.map((_, j) => j).filter((j) => regions[j].some((b) => regions[i].some((a) => intersect(a, b))));
        for (const j of [...needed].reverse()) {
          const rest = needed.filter((k) => k !== j);
          if (
            !minus(
              regions[i],
              rest.flatMap((k) => regions[k]),
            ).length
          )
            needed = rest;
        }
        const overlapping = needed.map((j) => tiers[j]);
        issues.push({
          field,
          message: last
            ? `${field}: ${own} can never be reached: the tiers above it (${overlapping.join(', ')}) already take every customer`
            : `${field}: ${own} can never be reached: the tiers above it (${overlapping.join(', ')}) already take everyone it would`,
        });
      }
    } catch (e) {
      if (!(e instanceof TooComplex)) throw e; // too large to decide for this tier: accepted
    }
  }
  return issues;
}
