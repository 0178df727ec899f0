import { defineConfig } from 'vite';
import { remoteViteConfig } from '@crm/ui-kit/vite-remote';

export default defineConfig(
  remoteViteConfig({
    name: 'branch',
    exposes: { './BranchApp': './src/branch.app.tsx' },
    portEnv: 'BRANCH_PORT',
    defaultPort: 5003,
    publicUrlEnv: 'BRANCH_PUBLIC_URL',
  }),
);
