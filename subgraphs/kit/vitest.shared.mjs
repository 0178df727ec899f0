import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

/**
 * The one vitest setup of every backend package. SWC, not esbuild/oxc: type-graphql and MikroORM
 * need decorator metadata (STACK.md). Test files run one at a time per package: each clones its
 * own database, but they share the process-wide SQL counters.
 */
/** @param {{ globalSetup?: string[]; testTimeout?: number; hookTimeout?: number }} [opts] */
export function backendTestConfig(opts = {}) {
  return defineConfig({
    // one graphql for everyone, as in production: vite would give our sources graphql's ESM build
    // ("module") while type-graphql and @apollo/subgraph load its CommonJS one — two realms, and
    // "Cannot use GraphQLObjectType from another module or realm"
    resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
    plugins: [
      swc.vite({
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
      }),
    ],
    test: {
      include: ['test/**/*.test.ts'],
      pool: 'forks',
      globalSetup: opts.globalSetup,
      testTimeout: opts.testTimeout ?? 60_000,
      hookTimeout: opts.hookTimeout ?? 60_000,
      teardownTimeout: 60_000,
    },
  });
}
