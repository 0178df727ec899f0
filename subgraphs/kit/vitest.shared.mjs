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
    plugins: [swc.vite({ jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022' } })],
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
