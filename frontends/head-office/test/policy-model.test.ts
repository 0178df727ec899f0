import { describe, expect, it } from 'vitest';
import { changeScheme, conditionToDraft, draftToInput, newDraft, placeServerErrors, policyToDraft } from '../src/policy/policy.model';
import { activePolicy } from './fixtures';

describe('policy model', () => {
  it('reads conditions into the simple editor and keeps nested ones raw', () => {
    expect(conditionToDraft(null)).toEqual({ combinator: 'all', conditions: [] });
    expect(conditionToDraft({ metric: 'LOYALTY', op: '>', value: 3 })).toEqual({
      combinator: 'all',
      conditions: [{ metric: 'LOYALTY', op: '>', value: 3 }],
    });
    expect(conditionToDraft('{"any":[{"metric":"CONTRIBUTION","op":">=","value":1}]}')).toEqual({
      combinator: 'any',
      conditions: [{ metric: 'CONTRIBUTION', op: '>=', value: 1 }],
    });
    const nested = conditionToDraft({ all: [{ any: [{ metric: 'LOYALTY', op: '>', value: 1 }] }] });
    expect(nested.raw).toContain('"any"');
  });

  it('round-trips a policy into the exact TierPolicyInput', () => {
    const input = draftToInput(policyToDraft(activePolicy));
    expect(input).toEqual({
      scheme: 'VALUE_PYRAMID',
      name: '价值金字塔 2026',
      nameEn: 'Value pyramid 2026',
      effectiveFrom: '2026-01-01',
      assetCoefficients: { deposit: 1, wealth: 0.8, timeDeposit: 1.2 },
      rules: [
        { tier: 'VIP', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 5_000_000 } },
        {
          tier: 'CRITICAL',
          condition: {
            any: [
              { metric: 'WEIGHTED_ASSETS', op: '>=', value: 1_000_000 },
              { metric: 'CONTRIBUTION', op: '>=', value: 20_000 },
            ],
          },
        },
        {
          tier: 'KEY',
          condition: {
            all: [
              { metric: 'WEIGHTED_ASSETS', op: '>=', value: 300_000 },
              { metric: 'LOYALTY', op: '>=', value: 60 },
            ],
          },
        },
        { tier: 'VALUE', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 50_000 } },
        { tier: 'BASIC', condition: null },
      ],
    });
  });

  it('switches scheme to its tiers in order, the last one taking everyone else', () => {
    const d = changeScheme(newDraft('VALUE_PYRAMID', '2026-12-01'), 'QUALITY_LADDER');
    expect(d.rules.map((r) => r.tier)).toEqual(['GOLD', 'KEY', 'QUALITY', 'GENERAL', 'RESTRICTED', 'ELIMINATED']);
    expect(draftToInput(d).rules.at(-1)).toEqual({ tier: 'ELIMINATED', condition: null });
    // no free-text description is ever sent, and a blank English name is none
    expect(draftToInput(d).rules.every((r) => !('description' in r))).toBe(true);
    expect(draftToInput(d).nameEn).toBeNull();
  });

  it('places server errors on the tier they name (extensions.tier, extensions.field, or the message)', () => {
    const d = policyToDraft(activePolicy);
    const placed = placeServerErrors(
      [
        { message: 'KEY is unreachable: its WEIGHTED_ASSETS threshold is not below CRITICAL', extensions: { code: 'BAD_USER_INPUT' } },
        { message: 'bad op', extensions: { code: 'BAD_USER_INPUT', field: 'input.rules[3].condition' } },
        { message: 'overlaps', extensions: { code: 'BAD_USER_INPUT', tier: 'VIP' } },
        { message: 'name is required', extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } },
        { message: 'something else' },
      ],
      d,
    );
    expect(placed.tiers).toEqual({
      KEY: ['KEY is unreachable: its WEIGHTED_ASSETS threshold is not below CRITICAL'],
      VALUE: ['bad op'],
      VIP: ['overlaps'],
    });
    expect(placed.fields).toEqual({ name: ['name is required'] });
    expect(placed.general).toEqual(['something else']);
  });
});
