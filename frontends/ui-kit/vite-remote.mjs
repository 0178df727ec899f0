// The one Vite setup of every portal remote (outlet, head-office, branch, …): module federation with
// the shared singletons, a public URL per environment, the same dev/preview/test settings. A remote's
// vite.config.ts names itself and adds only what is its own.
import react from '@vitejs/plugin-react';
import { federation } from '@module-federation/vite';
import { mergeConfig } from 'vite';
import { remoteBuildShared, sharedSingletons } from './federation.mjs';
import { immutableAssets, remoteSecurityHeaders } from './portal-headers.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shell's index.html preloads every chunk module federation's host init will load before the
 * shell's own code runs (React, urql, the kit and their chunks). The runtime loads them in batches,
 * each discovered only after the previous one ran — the kit last, ~1 s after the page started on a
 * busy 2-core machine; as modulepreload links they download and compile from the first moment. The
 * kit's lazy entries (charts, forms, echarts) are left to the pages that use them.
 * @returns {import('vite').Plugin}
 */
export function preloadHostShares() {
  return {
    name: 'crm-preload-host-shares',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const importMap = chunks.find((c) => c.fileName.includes('localSharedImportMap'));
        if (!importMap) return html;
        const lazy = (c) => /ui-kit\/src\/(charts|forms|echarts\.core)\.tsx?$/.test(c.facadeModuleId ?? '');
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const wanted = new Set();
        const visit = (fileName) => {
          const c = byName.get(fileName);
          if (!c || wanted.has(fileName) || lazy(c)) return;
          wanted.add(fileName);
          c.imports.forEach(visit);
        };
        importMap.dynamicImports.forEach(visit);
        const base = ctx.server ? '/' : (this?.environment?.config?.base ?? '/');
        return [...wanted]
          .filter((f) => !html.includes(f))
          .map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' }));
      },
    },
  };
}

/**
 * In a production build, each `graphql(\`query Name …\`)` call becomes an import of that one
 * generated document (`NameDocument`, `NameFragmentDoc`) from src/gql/graphql.ts — what
 * graphql-codegen's client preset asks of a babel/swc plugin, which this Vite (oxc, no babel) has
 * not. Without it, the generated `graphql()` holds a map of every document of the app, so the first
 * page downloads all of them. Types are unchanged: they come from the same generated files.
 * @returns {import('vite').Plugin}
 */
export function graphqlDocumentImports() {
  let generated = '';
  let exports = new Set();
  return {
    name: 'crm-graphql-document-imports',
    apply: 'build',
    configResolved(config) {
      generated = join(config.root, 'src/gql/graphql.ts');
      exports = new Set([...readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = /gm)].map((m) => m[1]));
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const imports = new Set();
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, doc) => {
        const m = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(doc);
        if (!m) throw new Error(`${id}: a graphql() document without an operation name`);
        const name = m[1] === 'fragment' ? `${m[2]}FragmentDoc` : `${m[2]}Document`;
        if (!exports.has(name)) throw new Error(`${id}: ${name} is not in ${generated} (run codegen)`);
        imports.add(name);
        return `__gql_${name}`;
      });
      const header = [...imports].map((n) => `import { ${n} as __gql_${n} } from ${JSON.stringify(generated)};`).join('\n');
      return { code: `${header}\n${out}`, map: null };
    },
  };
}

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
  return ({ mode, command }) =>
    mergeConfig(
      {
        base: publicUrl,
        plugins: [
          react(),
          immutableAssets(),
          graphqlDocumentImports(),
          // the federation plugin stays out of vitest: component tests import the pages directly
          mode !== 'test' &&
            federation({
              name,
              filename: 'remoteEntry.js',
              manifest: true, // also emits mf-manifest.json
              exposes,
              shared: command === 'build' ? remoteBuildShared : sharedSingletons,
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
