import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { federation } from '@module-federation/vite';
import { sharedSingletons } from '@crm/ui-kit/federation';

const PORT = Number(process.env.BRANCH_PORT ?? 5003);
// Chunks are resolved against the public URL, so every environment builds with its own.
const PUBLIC_URL = process.env.BRANCH_PUBLIC_URL ?? `http://127.0.0.1:${PORT}/`;

export default defineConfig(({ mode }) => ({
  base: PUBLIC_URL,
  plugins: [
    react(),
    // the federation plugin stays out of vitest: component tests import the page directly
    mode !== 'test' &&
      federation({
        name: 'branch',
        filename: 'remoteEntry.js',
        manifest: true, // also emits mf-manifest.json
        exposes: { './BranchApp': './src/branch.app.tsx' },
        shared: sharedSingletons,
        dts: false, // the contract is @crm/shared-types (RemotePageProps)
      }),
  ],
  server: { host: '127.0.0.1', port: PORT, strictPort: true, origin: PUBLIC_URL.replace(/\/$/, ''), cors: true },
  preview: { host: '127.0.0.1', port: PORT, strictPort: true, cors: true },
  // the shared ui-kit chunk is big on purpose (one copy of the antd subset for every remote)
  build: { target: 'esnext', chunkSizeWarningLimit: 1500 },
  // antd in happy-dom is slow on a busy 2-core CI machine: generous per-test limit
  test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'], testTimeout: 20_000, setupFiles: ['@crm/ui-kit/testing/dom-setup'] },
}));
