// The one Vite setup of every portal remote (outlet, head-office, branch, …): module federation with
// the shared singletons, a public URL per environment, the same dev/preview/test settings. A remote's
// vite.config.ts names itself and adds only what is its own.
import react from '@vitejs/plugin-react';
import { federation } from '@module-federation/vite';
import { mergeConfig } from 'vite';
import { sharedSingletons } from './federation.mjs';
import { remoteSecurityHeaders } from './portal-headers.mjs';

/** Build and component-test settings of every portal app, the shell included. */
export const portalBuildAndTest = {
  // the shared ui-kit chunk is big on purpose (one copy of the antd subset for every remote)
  build: { target: 'esnext', chunkSizeWarningLimit: 1500 },
  // antd in happy-dom is slow on a busy 2-core CI machine: generous per-test limit
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    setupFiles: ['@crm/ui-kit/testing/dom-setup'],
  },
};

/**
 * @param {{ name: string; exposes: Record<string, string>; portEnv: string; defaultPort: number; publicUrlEnv: string; extra?: import('vite').UserConfig }} remote
 */
export function remoteViteConfig({ name, exposes, portEnv, defaultPort, publicUrlEnv, extra = {} }) {
  const port = Number(process.env[portEnv] ?? defaultPort);
  // chunks are resolved against the public URL, so every environment builds with its own
  const publicUrl = process.env[publicUrlEnv] ?? `http://127.0.0.1:${port}/`;
  return ({ mode }) =>
    mergeConfig(
      {
        base: publicUrl,
        plugins: [
          react(),
          // the federation plugin stays out of vitest: component tests import the pages directly
          mode !== 'test' &&
            federation({
              name,
              filename: 'remoteEntry.js',
              manifest: true, // also emits mf-manifest.json
              exposes,
              shared: sharedSingletons,
              dts: false, // the contract is @crm/shared-types (RemotePageProps)
            }),
        ],
        server: { host: '127.0.0.1', port, strictPort: true, origin: publicUrl.replace(/\/$/, ''), cors: true },
        preview: { host: '127.0.0.1', port, strictPort: true, cors: true, headers: remoteSecurityHeaders() },
        ...portalBuildAndTest,
      },
      extra,
    );
}
