import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { federation } from '@module-federation/vite';
import { sharedSingletons } from '@crm/ui-kit/federation';
import { immutableAssets, portalRemoteOrigins, portalSecurityHeaders } from '@crm/ui-kit/portal-headers';
import { graphqlDocumentImports, portalBuildAndTest, preloadHostShares } from '@crm/ui-kit/vite-remote';

const PORT = Number(process.env.SHELL_PORT ?? 5000);
const GATEWAY_URL = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

// The browser only ever talks to the shell's origin; the shell forwards API calls to the gateway.
const toGateway: ProxyOptions = { target: GATEWAY_URL, changeOrigin: true };
const proxy = { '/graphql': toGateway, '/auth': toGateway, '/portal': toGateway, '/healthz': toGateway };

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    immutableAssets(),
    graphqlDocumentImports(),
    preloadHostShares(),
    // the federation plugin stays out of vitest: component tests import the code directly
    mode !== 'test' &&
      federation({
        name: 'shell',
        // no static remotes: which remotes exist is decided per user at run time (GET /portal/manifest)
        remotes: {},
        shared: sharedSingletons,
        dts: false, // contracts come from @crm/shared-types, not from fetched remote types
      }),
  ],
  server: {
    host: '127.0.0.1',
    port: PORT,
    strictPort: true,
    proxy,
    headers: portalSecurityHeaders({ remotes: portalRemoteOrigins(), dev: true }),
  },
  // CSP that allows only the configured remotes, no framing, nosniff, no referrer (as nginx in production)
  preview: { host: '127.0.0.1', port: PORT, strictPort: true, proxy, headers: portalSecurityHeaders({ remotes: portalRemoteOrigins() }) },
  ...portalBuildAndTest,
}));
