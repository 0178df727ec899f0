import type { ReactNode } from 'react';
import { PortalProvider } from '@crm/ui-kit';
import { setupShellI18n } from '../src/i18n/shell.i18n';

setupShellI18n();

export function withPortal(node: ReactNode) {
  return <PortalProvider>{node}</PortalProvider>;
}
