import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Provider as UrqlProvider } from 'urql';
import { Button, Flex, PortalProvider, Result, Spin, navigateTo, useLocationPath } from '@crm/ui-kit';
import { landingFor, remotesForUser, type RemoteManifestEntry } from '@crm/shared-types';
import { sessionStore, useStaffSession, type StaffSession } from './session/session.store';
import { LoginPage } from './session/login.page';
import { PortalApiError } from './session/auth.api';
import { createPortalClient } from './graphql/portal.client';
import { registerPortalRemotes, remoteManifest, warmRemote } from './remotes/remotes.loader';
import { RemotePageHost } from './remotes/remote.page';
import { PortalLayout } from './layout/portal.layout';
import { remoteBeingOpened, routeOwns } from './routing/portal.history';
import { SHELL_NS } from './i18n/shell.i18n';

function signOut() {
  sessionStore.end();
  navigateTo('/', true);
}

type ManifestState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; entries: RemoteManifestEntry[] };

function SignedInPortal({ session }: { session: StaffSession }) {
  const { t } = useTranslation(SHELL_NS);
  const path = useLocationPath();
  const [manifest, setManifest] = useState<ManifestState>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const client = useMemo(() => createPortalClient(session.token, signOut), [session.token]);

  useEffect(() => {
    let live = true;
    setManifest({ status: 'loading' });
    remoteManifest(session.token, reloads > 0)
      .then((m) => {
        if (!live) return;
        // the gateway already filters; filtering again keeps the menu honest if it ever does not
        const entries = remotesForUser(m, session.user);
        registerPortalRemotes(entries);
        const opening = remoteBeingOpened(entries, session.user, window.location.pathname);
        if (opening) warmRemote(opening);
        setManifest({ status: 'ready', entries });
      })
      .catch((e: unknown) => {
        if (!live) return;
        if (e instanceof PortalApiError && e.status === 401) return signOut();
        setManifest({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
    };
  }, [session.token, session.user, reloads]);

  const entries = useMemo(() => (manifest.status === 'ready' ? manifest.entries : []), [manifest]);
  const active = entries.find((e) => routeOwns(e.route, path));

  // Land where the user's work is (the manifest's `home`: branch head → cockpit, head office → dashboard, outlet → customers).
  useEffect(() => {
    const landing = landingFor(entries, session.user);
    if (manifest.status === 'ready' && !active && path === '/' && landing) navigateTo(landing, true);
  }, [manifest.status, active, path, entries, session.user]);

  let content;
  let fallbackTitle: string | undefined;
  if (manifest.status === 'loading')
    content = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  else if (manifest.status === 'failed') {
    content = (
      <Result
        status="error"
        title={t('manifestFailed')}
        subTitle={manifest.message}
        extra={<Button onClick={() => setReloads((n) => n + 1)}>{t('retry')}</Button>}
      />
    );
    fallbackTitle = t('manifestFailed');
  } else if (active) content = <RemotePageHost key={active.name} entry={active} user={session.user} />;
  else if (entries.length === 0) {
    fallbackTitle = t('bankName');
    content = <Result status="info" title={t('noRemotes')} />;
  } else {
    fallbackTitle = t('notFound');
    content = <Result status="404" />;
  }

  return (
    <UrqlProvider value={client}>
      <PortalLayout user={session.user} entries={entries} path={path} onSignOut={signOut} fallbackTitle={fallbackTitle}>
        {content}
      </PortalLayout>
    </UrqlProvider>
  );
}

export function PortalApp() {
  const session = useStaffSession();
  if (!session) return <LoginPage onSignedIn={(login) => sessionStore.start(login)} />;
  return <SignedInPortal key={session.token} session={session} />;
}

/** The signed-in portal with the kit's provider: its own chunk, loaded lazily by main.tsx. */
export default function SignedInApp() {
  return (
    <PortalProvider>
      <PortalApp />
    </PortalProvider>
  );
}
