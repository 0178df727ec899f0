import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { describeCondition, describeTierRule, metricValue, nameIn, unitName } from '../src/index';
import { CalendarDatePicker } from '../src/forms';

afterEach(cleanup);

describe('a tier rule in words, from the rule itself', () => {
  const key = { tier: 'KEY', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 300_000 } };

  it('says a threshold rule in Chinese: metric, ≥, 万元, → 重点客户', () => {
    expect(describeTierRule(key, 'zh-CN')).toBe('日均综合金融资产 ≥ 30 万元 → 重点客户');
    expect(describeTierRule({ tier: 'VIP', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 5_000_000 } }, 'zh-CN')).toBe(
      '日均综合金融资产 ≥ 500 万元 → 贵宾客户',
    );
    expect(describeTierRule({ tier: 'VIP', condition: { metric: 'LOAN_BALANCE', op: '>', value: 150_000_000 } }, 'zh-CN')).toBe(
      '贷款余额 > 1.5 亿元 → 贵宾客户',
    );
  });

  it('says it in English with the kit’s money and tier words', () => {
    expect(describeTierRule(key, 'en')).toBe('Weighted daily-average assets ≥ CN¥300,000 → Key');
    expect(describeTierRule({ tier: 'VIP', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 5_000_000 } }, 'en')).toBe(
      'Weighted daily-average assets ≥ ¥5M → VIP',
    );
  });

  it('joins AND / OR, brackets a group inside a group, and words the last tier', () => {
    const general = {
      tier: 'GENERAL',
      condition: {
        all: [
          { metric: 'CONTRIBUTION', op: '>=', value: 0 },
          { metric: 'COMPLAINTS_12M', op: '<', value: 3 },
          {
            any: [
              { metric: 'SATISFACTION', op: '>=', value: 30 },
              { metric: 'LOYALTY', op: '>=', value: 40 },
            ],
          },
        ],
      },
    };
    expect(describeTierRule(general, 'zh-CN')).toBe('贡献度 ≥ 0 元 且 近12个月投诉次数 < 3 且 （满意度 ≥ 30 或 忠诚度 ≥ 40） → 一般客户');
    expect(describeTierRule(general, 'en')).toBe(
      'Contribution ≥ CN¥0 AND Complaints (12 months) < 3 AND (Satisfaction ≥ 30 OR Loyalty ≥ 40) → General',
    );
    expect(describeTierRule({ tier: 'BASIC', condition: null }, 'zh-CN')).toBe('不满足以上各等级条件的其余客户 → 基本客户');
    expect(describeTierRule({ tier: 'BASIC', condition: null }, 'en')).toBe('Everyone who meets none of the tiers above → Basic');
  });

  it('shows a threshold not filled in yet as —, and a score with one decimal', () => {
    expect(describeCondition({ metric: 'LOYALTY', op: '>=', value: null }, 'zh-CN')).toBe('忠诚度 ≥ —');
    expect(metricValue('LOYALTY', 78.46, 'zh-CN')).toBe('78.5');
    expect(metricValue('DEPOSIT_BALANCE', 502_300, 'zh-CN')).toBe('50.23 万元');
  });
});

describe('names in two languages', () => {
  it('shows the English name in English when there is one, the Chinese one otherwise', () => {
    const policy = { name: '日均综合金融资产分层', nameEn: 'Tiers by weighted daily-average assets' };
    expect(nameIn(policy, 'zh-CN')).toBe('日均综合金融资产分层');
    expect(nameIn(policy, 'en')).toBe('Tiers by weighted daily-average assets');
    expect(nameIn({ name: '2027 年收紧方案', nameEn: null }, 'en')).toBe('2027 年收紧方案');
    expect(unitName({ id: '1', name: '总行', nameEn: 'Head office' }, 'en')).toBe('Head office');
    expect(nameIn(null, 'zh-CN')).toBe('—');
  });
});

describe('calendar date picker', () => {
  it('takes and gives a calendar day as YYYY-MM-DD', () => {
    const changes: (string | null)[] = [];
    render(<CalendarDatePicker data-testid="day" value="2026-12-01" onChange={(v) => changes.push(v)} />);
    const input = screen.getByTestId('day').querySelector('input') ?? (screen.getByTestId('day') as HTMLInputElement);
    expect(input.value).toBe('2026-12-01');
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: '2027-01-15' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(changes.at(-1)).toBe('2027-01-15');
  });
});
