import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Flex, Spin } from '@crm/ui-kit';
import type { RemoteManifestEntry, StaffClaims } from '@crm/shared-types';
import { RemoteErrorBoundary } from './remote-error.boundary';
import { lazyRemotePage, reloadRemotePage, type RemotePage } from './remotes.loader';
import { SHELL_NS } from '../i18n/shell.i18n';

export interface RemoteLoaders {
  first: (e: RemoteManifestEntry) => RemotePage;
  retry: (e: RemoteManifestEntry, attempt: number) => RemotePage;
}
const runtimeLoaders: RemoteLoaders = { first: (e) => lazyRemotePage(e), retry: reloadRemotePage };

/** Mounts one remote's page under its route, inside its own error boundary. */
export function RemotePageHost({
  entry,
  user,
  loaders = runtimeLoaders,
}: {
  entry: RemoteManifestEntry;
  user: StaffClaims;
  loaders?: RemoteLoaders;
}) {
  const { t, i18n } = useTranslation(SHELL_NS);
  const [attempt, setAttempt] = useState(0);
  const [Page, setPage] = useState<RemotePage>(() => loaders.first(entry));
  const title = i18n.language === 'en' ? entry.title.en : entry.title['zh-CN'];

  const retry = () => {
    const next = attempt + 1;
    setAttempt(next);
    setPage(() => loaders.retry(entry, next));
  };

  return (
    <RemoteErrorBoundary
      key={attempt}
      name={entry.name}
      title={t('remoteUnavailable', { name: title })}
      retryLabel={t('retry')}
      onRetry={retry}
    >
      <Suspense
        fallback={
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin tip={t('loading')}>
              <div style={{ width: 120 }} />
            </Spin>
          </Flex>
        }
      >
        <div data-testid={`remote-${entry.name}`}>
          <Page user={user} basePath={entry.route} shellNavigation />
        </div>
      </Suspense>
    </RemoteErrorBoundary>
  );
}
