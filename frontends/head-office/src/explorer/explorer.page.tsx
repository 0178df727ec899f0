import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Button, Card, Col, Flex, Row, Spin, Typography, currentLanguage, serverErrorMessage } from '@crm/ui-kit';
import type { RemotePageProps } from '@crm/shared-types';
import { useHeadOfficeTranslation } from '../head-office.i18n';
import { SAVED_QUERIES, type SavedQuery } from './saved-queries';
import { createExplorerFetcher, type ExplorerRun } from './explorer.fetcher';
import type { ExplorerApi } from './graphiql.pane';

// GraphiQL + Monaco are the biggest part of the remote: a chunk of their own, fetched on first visit.
const GraphiQLPane = lazy(() => import('./graphiql.pane'));

/** GraphQL explorer: saved example queries, GraphiQL (bundled), results with the user's own scope. */
export function ExplorerPage(_props: RemotePageProps) {
  const { t } = useHeadOfficeTranslation();
  const [selected, setSelected] = useState(0);
  const [last, setLast] = useState<ExplorerRun | null>(null);
  const [ready, setReady] = useState(false);
  const api = useRef<ExplorerApi | null>(null);
  const fetcher = useMemo(() => createExplorerFetcher({ onResult: setLast }), []);

  // A saved query picked before the editor is ready is kept, shown as waiting, and loaded once it is
  // (never dropped: Run then runs what the editor shows, which is the picked query).
  const pending = useRef<SavedQuery | null>(null);
  const [waiting, setWaiting] = useState(false);
  const onReady = useCallback((isReady: boolean) => {
    setReady(isReady);
    if (isReady && pending.current && api.current) {
      api.current.load(pending.current);
      pending.current = null;
      setWaiting(false);
    }
  }, []);
  const pick = (i: number, q: SavedQuery) => {
    setSelected(i);
    if (ready && api.current) api.current.load(q);
    else {
      pending.current = q;
      setWaiting(true);
    }
  };
  const errors = (last?.body as { errors?: { message: string; extensions?: { code?: unknown; field?: unknown } }[] } | undefined)?.errors;

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={6}>
        <Card size="small" title={t('savedQueries')}>
          <Flex vertical gap={4} data-testid="explorer-saved" data-pending={waiting ? SAVED_QUERIES[selected].key : undefined}>
            {waiting && (
              <Typography.Text type="secondary" data-testid="explorer-saved-waiting" style={{ fontSize: 12 }}>
                <Spin size="small" /> {t('savedQueryWaiting')}
              </Typography.Text>
            )}
            {SAVED_QUERIES.map((q, i) => (
              <Button
                key={q.key}
                block
                type={i === selected ? 'primary' : 'text'}
                style={{ justifyContent: 'flex-start', whiteSpace: 'normal', height: 'auto', textAlign: 'left' }}
                data-testid={`explorer-saved-${i}`}
                data-query={q.key}
                onClick={() => pick(i, q)}
              >
                {t(q.key)}
              </Button>
            ))}
          </Flex>
        </Card>
      </Col>
      <Col xs={24} lg={18}>
        <Card
          size="small"
          title={t('explorerTitle')}
          extra={
            <Button type="primary" data-testid="explorer-run" disabled={!ready} onClick={() => api.current?.run()}>
              ▶ {t('run')}
            </Button>
          }
        >
          <div data-testid="explorer" style={{ height: 600, border: '1px solid #dfe5ee' }}>
            <Suspense
              fallback={
                <Flex justify="center" align="center" style={{ height: '100%' }}>
                  <Spin tip={t('loadingExplorer')}>
                    <div style={{ width: 120 }} />
                  </Spin>
                </Flex>
              }
            >
              <GraphiQLPane fetcher={fetcher} initial={SAVED_QUERIES[0]} apiRef={api} onReady={onReady} />
            </Suspense>
          </div>
          <div data-testid="explorer-result" data-state={last ? (errors?.length ? 'errors' : 'ok') : 'none'} style={{ marginTop: 8 }}>
            {!last && <Typography.Text type="secondary">{t('resultNone')}</Typography.Text>}
            {last &&
              (errors?.length ? (
                <Typography.Text type="danger">
                  {t('resultErrors', {
                    count: errors.length,
                    first: serverErrorMessage({ ...errors[0].extensions, message: errors[0].message }, currentLanguage()),
                  })}
                </Typography.Text>
              ) : (
                <Typography.Text type="success">{t('resultOk', { ms: last.ms, bytes: last.bytes })}</Typography.Text>
              ))}
            {last && (
              <details style={{ marginTop: 4 }}>
                <summary style={{ cursor: 'pointer', fontSize: 12 }}>{t('rawResult')}</summary>
                <pre
                  data-testid="explorer-result-json"
                  style={{ maxHeight: 240, overflow: 'auto', fontSize: 12, background: '#f4f6f9', padding: 8 }}
                >
                  {JSON.stringify(last.body, null, 2)}
                </pre>
              </details>
            )}
          </div>
        </Card>
      </Col>
    </Row>
  );
}
