import type { TFunction } from 'i18next';
import { Tooltip, Typography, bankColors } from '@crm/ui-kit';
import { useNow } from './now';
import { dateTime } from './format';
import type { CaseSeverity, CaseStatus } from '../customer360/customer360.queries';

export function formatDuration(ms: number, t: TFunction) {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400),
    h = Math.floor((s % 86400) / 3600),
    m = Math.floor((s % 3600) / 60);
  if (d > 0) return t('durDays', { d, h });
  if (h > 0) return t('durHours', { h, m });
  return t('durMinutes', { m, s: s % 60 });
}

/** The SLA window of each severity, in hours (the server's table: CaseSeverity's description). */
export const SLA_HOURS: Readonly<Record<CaseSeverity, number>> = { CRITICAL: 4, HIGH: 24, MEDIUM: 72, LOW: 168 };
/** Amber once less than this share of the severity's window is left: CRITICAL < 1 h, HIGH < 6 h, MEDIUM < 18 h, LOW < 42 h. */
export const SLA_WARNING_SHARE = 0.25;
/** Amber text on white at ≥ 4.5:1 (the kit's gold is a chart colour, too light for text). */
const AMBER = '#8f5600';

export type SlaLevel = 'stopped' | 'normal' | 'warning' | 'breached';

export function slaLevel(status: CaseStatus, breached: boolean, left: number, severity: CaseSeverity): SlaLevel {
  if (status === 'RESOLVED' || status === 'CLOSED') return 'stopped';
  if (breached || left <= 0) return 'breached';
  if (left < SLA_HOURS[severity] * 3_600_000 * SLA_WARNING_SHARE) return 'warning';
  return 'normal';
}

/**
 * Remaining SLA time of a case, ticking every second: amber with "due soon" in words once less than
 * a quarter of its severity's window is left, red with "overdue" once breached (by the clock or
 * because the server says so) — never colour alone. Resolved and closed cases have stopped the clock.
 */
export function SlaCountdown({
  dueAt,
  breached,
  status,
  severity,
  t,
}: {
  dueAt: string;
  breached: boolean;
  status: CaseStatus;
  /** required: without it the countdown could not know its window, and would never warn before the breach */
  severity: CaseSeverity;
  t: TFunction;
}) {
  const now = useNow();
  const left = new Date(dueAt).getTime() - now;
  const level = slaLevel(status, breached, left, severity);
  const text = (() => {
    switch (level) {
      case 'stopped':
        return t('slaStopped');
      case 'breached':
        return t('slaOverdue', { time: formatDuration(left, t) });
      case 'warning':
        return t('slaDueSoon', { time: formatDuration(left, t) });
      case 'normal':
        return t('slaRemaining', { time: formatDuration(left, t) });
    }
  })();
  const color = level === 'breached' ? bankColors.red : level === 'warning' ? AMBER : undefined;
  return (
    <Tooltip title={t('slaDue', { at: dateTime(dueAt) })}>
      <Typography.Text
        data-testid="case-sla"
        data-breached={level === 'breached' ? 'true' : 'false'}
        data-sla={level}
        strong={level === 'breached' || level === 'warning'}
        type={level === 'stopped' ? 'secondary' : undefined}
        style={color ? { color } : undefined}
      >
        {text}
      </Typography.Text>
    </Tooltip>
  );
}
