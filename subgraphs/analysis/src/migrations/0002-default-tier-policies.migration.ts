import { Migration } from '@mikro-orm/migrations';

/**
 * The two schemes of the source, built in as version 1 (created and approved by staff 1, the seeded
 * head-office strategy analyst, at a fixed moment so every database starts identical). Both pass
 * tierPolicyIssues (tested). Head office edits them by saving a new version and approving it.
 *
 * Value pyramid (ACTIVE) — by weighted daily-average financial assets (日均综合金融资产), the usual
 * retail ladder of a Chinese commercial bank: 贵宾 VIP ≥ 5 M, 关键 CRITICAL ≥ 1 M, 重点 KEY ≥ 300 k,
 * 价值 VALUE ≥ 50 k, 基本 BASIC the rest. Coefficients: demand and time deposits count fully; wealth
 * products (off balance sheet, fee income only) at 0.8.
 *
 * Quality ladder (DRAFT, to compare in the preview) — by what the customer brings and how the
 * relationship goes, top to bottom:
 *   GOLD 黄金        contribution ≥ 20,000 AND loyalty ≥ 70
 *   KEY 重点         contribution ≥ 5,000 AND loyalty ≥ 50
 *   QUALITY 优质     contribution ≥ 1,000 AND satisfaction ≥ 60
 *   GENERAL 一般     contribution ≥ 0 AND complaints (12 m) < 3 AND satisfaction ≥ 30
 *   RESTRICTED 限制  contribution ≥ 0 OR loyalty ≥ 40 — still profitable or loyal, but complaining (3+),
 *                    dissatisfied (< 30) or slightly loss-making: serve within limits, with a recovery plan
 *   ELIMINATED 淘汰  the rest: loss-making and not loyal — candidates to exit
 */
const AT = '2025-01-01T00:00:00Z';

const valuePyramid = [
  {
    tier: 'VIP',
    condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 5_000_000 },
    description: '贵宾客户: weighted daily-average financial assets of 5 million or more',
  },
  { tier: 'CRITICAL', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 1_000_000 }, description: '关键客户: 1 million or more' },
  { tier: 'KEY', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 300_000 }, description: '重点客户: 300 thousand or more' },
  { tier: 'VALUE', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 50_000 }, description: '价值客户: 50 thousand or more' },
  { tier: 'BASIC', condition: null, description: '基本客户: everyone else' },
];

const qualityLadder = [
  {
    tier: 'GOLD',
    condition: {
      all: [
        { metric: 'CONTRIBUTION', op: '>=', value: 20_000 },
        { metric: 'LOYALTY', op: '>=', value: 70 },
      ],
    },
    description: '黄金客户: contributes 20,000 a year or more and is loyal (70+)',
  },
  {
    tier: 'KEY',
    condition: {
      all: [
        { metric: 'CONTRIBUTION', op: '>=', value: 5_000 },
        { metric: 'LOYALTY', op: '>=', value: 50 },
      ],
    },
    description: '重点客户: contributes 5,000 or more, loyalty 50+',
  },
  {
    tier: 'QUALITY',
    condition: {
      all: [
        { metric: 'CONTRIBUTION', op: '>=', value: 1_000 },
        { metric: 'SATISFACTION', op: '>=', value: 60 },
      ],
    },
    description: '优质客户: contributes 1,000 or more and is satisfied (60+)',
  },
  {
    tier: 'GENERAL',
    condition: {
      all: [
        { metric: 'CONTRIBUTION', op: '>=', value: 0 },
        { metric: 'COMPLAINTS_12M', op: '<', value: 3 },
        { metric: 'SATISFACTION', op: '>=', value: 30 },
      ],
    },
    description: '一般客户: not loss-making, fewer than 3 complaints, satisfaction 30+',
  },
  {
    tier: 'RESTRICTED',
    condition: {
      any: [
        { metric: 'CONTRIBUTION', op: '>=', value: 0 },
        { metric: 'LOYALTY', op: '>=', value: 40 },
      ],
    },
    description:
      '限制客户: profitable or loyal but complaining (3+), dissatisfied (< 30) or slightly loss-making: limited service and a recovery plan',
  },
  { tier: 'ELIMINATED', condition: null, description: '淘汰客户: loss-making and not loyal (< 40): candidates to exit' },
];

export const DEFAULT_TIER_POLICIES = {
  VALUE_PYRAMID: {
    name: '价值金字塔 v1 — weighted assets',
    rules: valuePyramid,
    assetCoefficients: { deposit: 1, timeDeposit: 1, wealth: 0.8 },
  },
  QUALITY_LADDER: {
    name: '质量阶梯 v1 — contribution, loyalty, satisfaction',
    rules: qualityLadder,
    assetCoefficients: { deposit: 1, timeDeposit: 1, wealth: 0.8 },
  },
} as const;

export class DefaultTierPolicies0002 extends Migration {
  override async up(): Promise<void> {
    const p = DEFAULT_TIER_POLICIES;
    // constant data, bound as parameters all the same (knex raw)
    this.addSql(
      this.getKnex().raw(
        `insert into analysis.tier_policy (scheme, policy_version, name, status, effective_from, rules, asset_coefficients,
         created_by_staff_id, created_at, approved_by_staff_id, approved_at, updated_at)
       values ('VALUE_PYRAMID', 1, ?, 'ACTIVE', date '2025-01-01', ?::jsonb, ?::jsonb, 1, ?::timestamptz, 1, ?::timestamptz, ?::timestamptz),
              ('QUALITY_LADDER', 1, ?, 'DRAFT', date '2025-01-01', ?::jsonb, ?::jsonb, 1, ?::timestamptz, null, null, ?::timestamptz)`,
        [
          p.VALUE_PYRAMID.name,
          JSON.stringify(p.VALUE_PYRAMID.rules),
          JSON.stringify(p.VALUE_PYRAMID.assetCoefficients),
          AT,
          AT,
          AT,
          p.QUALITY_LADDER.name,
          JSON.stringify(p.QUALITY_LADDER.rules),
          JSON.stringify(p.QUALITY_LADDER.assetCoefficients),
          AT,
          AT,
        ],
      ),
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `delete from analysis.tier_policy where policy_version = 1 and created_by_staff_id = 1 and created_at = '${AT}'::timestamptz`,
    );
  }
}
