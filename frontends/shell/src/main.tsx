import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PortalProvider } from '@crm/ui-kit';
import { setupShellI18n } from './i18n/shell.i18n';
import { PortalApp } from './portal.app';

setupShellI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalProvider>
      <PortalApp />
    </PortalProvider>
  </StrictMode>,
);
