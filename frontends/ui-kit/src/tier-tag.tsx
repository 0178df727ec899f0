import type { CSSProperties } from 'react';
import { Tag } from 'antd';
import { usePortalLanguage } from './portal.provider';
import { labelIn, tierColors, tierLabels, untieredLabel, type TierCode } from './tiers';

/** A tier in its colour and the user's language; "not tiered" when there is none. `data-tier` carries the code. */
export function TierTag({ tier, testId, style }: { tier: TierCode | null | undefined; testId?: string; style?: CSSProperties }) {
  const language = usePortalLanguage();
  return tier ? (
    <Tag color={tierColors[tier]} data-testid={testId} data-tier={tier} style={style}>
      {labelIn(tierLabels[tier], language)}
    </Tag>
  ) : (
    <Tag data-testid={testId} data-tier="" style={style}>
      {labelIn(untieredLabel, language)}
    </Tag>
  );
}
