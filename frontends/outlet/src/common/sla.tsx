import type { TFunction } from 'i18next';
import { Tooltip, Typography, bankColors } from '@crm/ui-kit';
import { useNow } from './now';
import { dateTime } from './format';
import type { CaseStatus } from '../customer360/customer360.queries';

export function formatDuration(ms: number, t: TFunction) {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400),
    h = Math.floor((s % 86400) / 3600),
    m = Math.floor((s % 3600) / 60);
  if (d > 0) return t('durDays', { d, h });
  if (h > 0) return t('durHours', { h, m });
  return t('durMinutes', { m, s: s % 60 });
}

/**
 * Remaining SLA time of a case, ticking every second; red once breached (by the clock or because the
 * server says so). Resolved and closed cases have stopped the clock.
 */
export function SlaCountdown({ dueAt, breached, status, t }: { dueAt: string; breached: boolean; status: CaseStatus; t: TFunction }) {
  const now = useNow();
  const stopped = status === 'RESOLVED' || status === 'CLOSED';
  const left = new Date(dueAt).getTime() - now;
  const isBreached = !stopped && (breached || left <= 0);
  const text = stopped
    ? t('slaStopped')
    : isBreached
      ? t('slaOverdue', { time: formatDuration(left, t) })
      : t('slaRemaining', { time: formatDuration(left, t) });
  return (
    <Tooltip title={t('slaDue', { at: dateTime(dueAt) })}>
      <Typography.Text
        data-testid="case-sla"
        data-breached={isBreached ? 'true' : 'false'}
        strong={isBreached}
        type={stopped ? 'secondary' : undefined}
        style={isBreached ? { color: bankColors.red } : undefined}
      >
        {text}
      </Typography.Text>
    </Tooltip>
  );
}
