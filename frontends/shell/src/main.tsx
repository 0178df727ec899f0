import { StrictMode, Suspense, lazy, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { setupShellI18n } from './i18n/shell.i18n';
import { sessionStore, useStaffSession } from './session/session.store';
import { LoginPage } from './session/login.page';
import { openRemoteEarly } from './remotes/remotes.loader';

setupShellI18n();
// signed in already (a reload, a bookmark in this tab): the remote being opened starts loading now,
// alongside the kit, not after the portal has rendered
const signedIn = sessionStore.get();
if (signedIn) openRemoteEarly(signedIn.token, signedIn.user);

// Everything signed in — the kit (antd), urql, the layout, the remotes — is one lazy chunk: the login
// page shows without it, and it loads behind the login page while the user types.
const loadPortal = () => import('./portal.app');
const SignedInApp = lazy(loadPortal);

function PortalRoot() {
  const session = useStaffSession();
  useEffect(() => {
    if (session) return;
    const warm = () => void loadPortal().catch(() => undefined); // a failure shows when signing in
    if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 1000 });
    else setTimeout(warm, 200);
  }, [session]);
  if (!session) return <LoginPage onSignedIn={(login) => sessionStore.start(login)} />;
  return (
    <Suspense fallback={null}>
      <SignedInApp />
    </Suspense>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalRoot />
  </StrictMode>,
);
