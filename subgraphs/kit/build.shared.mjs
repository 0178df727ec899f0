import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vite';

/**
 * The one production build of every backend service (the subgraphs and the gateway): `pnpm build`
 * writes `dist/main.js` (+ source map), which production starts with `node dist/main.js` — no
 * TypeScript loader at run time.
 *
 * Why a bundle (Vite 8's SSR build = rolldown) and not `tsc`: our workspace packages export
 * `./src/index.ts` and import without extensions (`moduleResolution: Bundler`), so a plain tsc emit
 * would not run under node. The bundle takes the service and its `@crm/*` workspace packages in as
 * JavaScript; everything from node_modules stays an `import` resolved at run time (MikroORM, knex,
 * pino's worker threads, graphql's one realm — nothing that dislikes being bundled is touched).
 *
 * - SWC, not oxc, compiles the TypeScript: type-graphql and MikroORM need `emitDecoratorMetadata`
 *   (STACK.md, the decorator trap) — the same settings as the vitest setup (vitest.shared.mjs).
 * - `keepNames`: the bundler renames classes that share a name across modules (`Staff` → `Staff$1`);
 *   type-graphql names GraphQL types and MikroORM names entities after `Class.name`.
 * - Every external import must be a declared dependency of the service itself: the kit's own
 *   imports (pino, express, …) move into the service's bundle, and at run time node resolves them
 *   from the service's node_modules (and `pnpm deploy --prod` installs only what the service
 *   declares). The build fails with the exact line to add instead of the process failing in production.
 * - Not minified: readable stack traces; `NODE_OPTIONS=--enable-source-maps` maps them to the sources.
 *
 * Entities and migrations are explicit class lists (`src/database.ts`), never globs, so they are
 * found inside the bundle. Files read at run time with `new URL('../x', import.meta.url)` (the
 * gateway's supergraph.graphql) resolve the same from `dist/main.js` as from `src/main.ts`: both are
 * one folder below the package root.
 *
 * @param {{ root?: string; entry?: string }} [opts] root: the service's folder (default: cwd)
 */
export function serviceBuildConfig(opts = {}) {
  const root = resolve(opts.root ?? process.cwd());
  const entry = opts.entry ?? 'src/main.ts';
  return defineConfig({
    root,
    configFile: false,
    logLevel: 'warn',
    clearScreen: false,
    plugins: [
      swc.vite({
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
      }),
      declaredDependenciesOnly(root),
    ],
    // bundle our workspace packages (they are TypeScript); leave every npm package to node
    ssr: { noExternal: [/^@crm\//], target: 'node' },
    build: {
      ssr: entry,
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      target: 'node24',
      reportCompressedSize: false,
      rolldownOptions: {
        output: { format: 'esm', entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js', keepNames: true },
      },
    },
  });
}

/**
 * Leaves npm packages to node, and fails the build when the bundle would import a package the
 * service does not declare (checked on the output, after tree-shaking: only what is really imported).
 */
function declaredDependenciesOnly(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies }));
  const builtins = new Set(builtinModules);
  const packageName = (id) => (id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]);
  /** @type {Map<string, Set<string>>} package → our files importing it */
  const importers = new Map();
  return {
    name: 'crm:declared-dependencies-only',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || source.startsWith('.') || source.startsWith('/') || source.startsWith('\0') || source.startsWith('#')) return null;
      if (/^@crm\//.test(source)) return null;
      if (source.startsWith('node:') || builtins.has(source)) return { id: source, external: true };
      // a bare import from our sources: an npm package, left to node. (Vite's own rule would
      // bundle those not resolvable from the service's folder — the kit's express, pino… — instead.)
      const name = packageName(source);
      if (!importers.has(name)) importers.set(name, new Set());
      importers.get(name).add(relative(root, importer.split('?')[0]));
      return { id: source, external: true };
    },
    generateBundle(_options, bundle) {
      const imported = new Set(
        Object.values(bundle)
          .flatMap((chunk) => (chunk.type === 'chunk' ? chunk.imports : []))
          .filter((id) => !id.startsWith('node:') && !builtins.has(id))
          .map(packageName),
      );
      const missing = [...imported].filter((name) => importers.has(name) && !declared.has(name)).sort();
      if (!missing.length) return;
      const lines = missing.map((name) => {
        const from = [...importers.get(name)];
        return `  "${name}": "${versionOf(name, from[0], root)}",   (imported by ${from.slice(0, 3).join(', ')})`;
      });
      this.error(
        `${pkg.name}'s bundle imports packages it does not declare: at run time node resolves them from ${pkg.name}'s own ` +
          `node_modules (and \`pnpm deploy --prod\` installs only declared ones). Add to "dependencies" of ${join(relative(process.cwd(), root) || '.', 'package.json')}:\n${lines.join('\n')}`,
      );
    },
  };
}

/** The version the importing workspace package pins, to copy into the service's package.json. */
function versionOf(name, importerFromRoot, root) {
  let dir = dirname(resolve(root, importerFromRoot));
  for (;;) {
    try {
      const p = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return p.dependencies?.[name] ?? p.devDependencies?.[name] ?? '?';
    } catch {
      /* no package.json here */
    }
    const up = dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
}
