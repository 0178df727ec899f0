import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { federation } from '@module-federation/vite';
import { sharedSingletons } from '@crm/ui-kit/federation';
import { remoteSecurityHeaders } from '@crm/ui-kit/portal-headers';

const PORT = Number(process.env.HEAD_OFFICE_PORT ?? 5002);
// Chunks are resolved against the public URL, so every environment builds with its own.
const PUBLIC_URL = process.env.HEAD_OFFICE_PUBLIC_URL ?? `http://127.0.0.1:${PORT}/`;

export default defineConfig(({ mode }) => ({
  base: PUBLIC_URL,
  plugins: [
    react(),
    // the federation plugin stays out of vitest: component tests import the page directly
    mode !== 'test' &&
      federation({
        name: 'headOffice',
        filename: 'remoteEntry.js',
        manifest: true, // also emits mf-manifest.json
        exposes: { './HeadOfficeApp': './src/head-office.app.tsx' },
        shared: sharedSingletons,
        dts: false, // the contract is @crm/shared-types (RemotePageProps)
      }),
  ],
  server: { host: '127.0.0.1', port: PORT, strictPort: true, origin: PUBLIC_URL.replace(/\/$/, ''), cors: true },
  preview: { host: '127.0.0.1', port: PORT, strictPort: true, cors: true, headers: remoteSecurityHeaders() },
  // the shared ui-kit chunk is big on purpose (one copy of the antd subset for every remote)
  build: {
    target: 'esnext',
    chunkSizeWarningLimit: 3000, // monaco-editor alone is 2.8 MB raw (682 KiB gz), lazy, explorer only
    // GraphiQL's packages start with "use no memo" (React Compiler): harmless, dropped when bundled
    rollupOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } },
  },
  // Monaco's workers (GraphiQL): classic iife scripts, started from a same-origin blob with importScripts()
  // (see src/explorer/monaco-workers.ts) because the remote's files live on another origin than the page
  worker: { format: 'iife' },
  // antd in happy-dom is slow on a busy 2-core CI machine: generous per-test limit
  test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'], testTimeout: 20_000, setupFiles: ['@crm/ui-kit/testing/dom-setup', './test/setup.tsx'] },
}));
