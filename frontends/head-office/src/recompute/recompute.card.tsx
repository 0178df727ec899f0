import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, App, Button, Card, Flex, Tag, Typography, dateTime } from '@crm/ui-kit';
import { Progress } from '@crm/ui-kit/forms';
import { useHeadOfficeTranslation } from '../head-office.i18n';
import { errorText } from '@crm/ui-kit';
import { JobQuery, LatestJobQuery, StartRecomputeMutation, type ScoreJob } from './recompute.queries';

const statusColor = { RUNNING: 'processing', SUCCEEDED: 'success', FAILED: 'error' } as const;
/** an instant on the bank's clock (Beijing), to the second, whatever the browser's time zone */
const at = (iso: string | null | undefined) => dateTime(iso, true);

export function jobPercent(job: Pick<ScoreJob, 'status' | 'totalCustomers' | 'processedCustomers'>) {
  if (job.status === 'SUCCEEDED') return 100;
  if (!job.totalCustomers) return 0;
  return Math.min(100, Math.floor((job.processedCustomers / job.totalCustomers) * 100));
}

/**
 * Start a whole-bank recompute and follow it: `latestScoreJob` on mount (a job started elsewhere is
 * followed too), then `scoreJob(id)` re-executed network-only every `pollMs` while it is RUNNING
 * (urql 5 has no pollInterval). `onFinished` runs once when a followed job turns SUCCEEDED.
 */
/** `mayStart`: the caller holds SCORE_RECOMPUTE (others see the last run's progress, no button). */
export function RecomputeCard({
  onFinished,
  pollMs = 1000,
  compact = false,
  mayStart,
}: {
  onFinished?: () => void;
  pollMs?: number;
  compact?: boolean;
  mayStart: boolean;
}) {
  const { t } = useHeadOfficeTranslation();
  const { message } = App.useApp();
  const [latest] = useQuery<{ latestScoreJob: ScoreJob | null }>({ query: LatestJobQuery, requestPolicy: 'network-only' });
  const [startedId, setStartedId] = useState<string | null>(null);
  const jobId = startedId ?? latest.data?.latestScoreJob?.id ?? null;
  const [polled, poll] = useQuery<{ scoreJob: ScoreJob | null }>({
    query: JobQuery,
    variables: { id: jobId ?? '' },
    pause: !jobId,
    requestPolicy: 'network-only',
  });
  const [started, start] = useMutation<{ startScoreRecompute: ScoreJob }>(StartRecomputeMutation);

  // newest knowledge first: the polled job, then what the start mutation returned, then the latest job
  const job: ScoreJob | null =
    (polled.data?.scoreJob && polled.data.scoreJob.id === jobId ? polled.data.scoreJob : null) ??
    (started.data?.startScoreRecompute?.id === jobId ? started.data.startScoreRecompute : null) ??
    (latest.data?.latestScoreJob?.id === jobId ? latest.data.latestScoreJob : null);
  const status = job?.status;

  useEffect(() => {
    if (status !== 'RUNNING') return;
    const timer = setInterval(() => poll({ requestPolicy: 'network-only' }), pollMs);
    return () => clearInterval(timer);
  }, [status, jobId, poll, pollMs]);

  // tell the page once per job that ran to completion while we watched
  const seenRunning = useRef<string | null>(null);
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  useEffect(() => {
    if (!job) return;
    if (job.status === 'RUNNING') seenRunning.current = job.id;
    else if (seenRunning.current === job.id) {
      seenRunning.current = null;
      if (job.status === 'SUCCEEDED') {
        void message.success(t('recomputeDone'));
        onFinishedRef.current?.();
      }
    }
  }, [job, message, t]);

  const onStart = async () => {
    const res = await start({});
    if (res.error) {
      void message.error(errorText(res.error));
      return;
    }
    if (res.data) setStartedId(res.data.startScoreRecompute.id);
  };

  const running = status === 'RUNNING' || started.fetching;
  return (
    <Card size="small" title={t('recomputeTitle')} data-testid="recompute-card">
      <Flex vertical gap={8}>
        {!compact && <Typography.Text type="secondary">{t('recomputeHelp')}</Typography.Text>}
        <Flex gap={12} align="center" wrap>
          {mayStart && (
            <Button type="primary" data-testid="recompute-start" loading={running} disabled={running} onClick={onStart}>
              {t('recomputeStart')}
            </Button>
          )}
          {job && <Tag color={statusColor[job.status]}>{t(`ScoreJobStatus_${job.status}`)}</Tag>}
        </Flex>
        {latest.error && <Alert type="error" showIcon title={t('loadFailed', { message: errorText(latest.error) })} />}
        {job ? (
          <div data-testid="recompute-progress" data-status={job.status} data-percent={jobPercent(job)}>
            <Progress
              percent={jobPercent(job)}
              status={job.status === 'RUNNING' ? 'active' : job.status === 'FAILED' ? 'exception' : 'success'}
            />
            <Typography.Text type={job.status === 'FAILED' ? 'danger' : 'secondary'}>
              {job.status === 'RUNNING' && t('recomputeRunning', { done: job.processedCustomers, total: job.totalCustomers })}
              {job.status === 'SUCCEEDED' && t('recomputeSucceeded', { total: job.totalCustomers, at: at(job.finishedAt) })}
              {job.status === 'FAILED' && t('recomputeFailed', { error: job.error ?? '' })}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('recomputeStartedBy', { name: job.startedBy.name, at: at(job.startedAt), asOf: job.asOf })}
            </Typography.Text>
          </div>
        ) : (
          !latest.fetching && (
            <Typography.Text type="secondary" data-testid="recompute-progress" data-status="NONE">
              {t('recomputeNever')}
            </Typography.Text>
          )
        )}
      </Flex>
    </Card>
  );
}
