import { Tag } from '@crm/ui-kit';
import { useBranchTranslation } from '../branch.i18n';
import { TIER_COLORS, type Tier } from './tiers';

export function TierTag({ tier }: { tier: Tier | null | undefined }) {
  const { t } = useBranchTranslation();
  if (!tier) return <Tag>{t('untiered')}</Tag>;
  return <Tag color={TIER_COLORS[tier]} data-tier={tier}>{t(`Tier_${tier}`)}</Tag>;
}
