import { defineConfig } from 'vite';
import { remoteViteConfig } from '@crm/ui-kit/vite-remote';

export default defineConfig(
  remoteViteConfig({
    name: 'headOffice',
    exposes: { './HeadOfficeApp': './src/head-office.app.tsx' },
    portEnv: 'HEAD_OFFICE_PORT',
    defaultPort: 5002,
    publicUrlEnv: 'HEAD_OFFICE_PUBLIC_URL',
    extra: {
      build: {
        chunkSizeWarningLimit: 3000, // monaco-editor alone is 2.8 MB raw (682 KiB gz), lazy, explorer only
        // GraphiQL's packages start with "use no memo" (React Compiler): harmless, dropped when bundled
        rolldownOptions: {
          onwarn(w: { code?: string }, warn: (log: typeof w) => void) {
            if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w);
          },
        },
      },
      // Monaco's workers (GraphiQL): classic iife scripts, started from a same-origin blob with importScripts()
      // (see src/explorer/monaco-workers.ts) because the remote's files live on another origin than the page
      worker: { format: 'iife' },
      test: { setupFiles: ['./test/setup.tsx'] },
    },
  }),
);
