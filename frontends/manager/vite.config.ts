import { defineConfig } from 'vite';
import { remoteViteConfig } from '@crm/ui-kit/vite-remote';

export default defineConfig(
  remoteViteConfig({
    name: 'manager',
    exposes: { './ManagerApp': './src/manager.app.tsx' },
    portEnv: 'MANAGER_PORT',
    defaultPort: 5004,
    publicUrlEnv: 'MANAGER_PUBLIC_URL',
  }),
);
