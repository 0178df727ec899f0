import { defineConfig } from 'vite';
import { remoteViteConfig } from '@crm/ui-kit/vite-remote';

export default defineConfig(
  remoteViteConfig({
    name: 'outlet',
    exposes: { './OutletApp': './src/outlet.app.tsx' },
    portEnv: 'OUTLET_PORT',
    defaultPort: 5001,
    publicUrlEnv: 'OUTLET_PUBLIC_URL',
  }),
);
