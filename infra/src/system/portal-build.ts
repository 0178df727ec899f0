import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from './paths';

/** The portal apps in build order (remotes before the shell), and what their build reads. */
const APPS = ['outlet', 'head-office', 'branch', 'manager', 'training', 'shell'] as const;
const SHARED_SOURCES = [repoPath('frontends/ui-kit/src'), repoPath('shared-types/src')];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce(
    (max, entry) => (entry === 'node_modules' || entry === 'dist' ? max : Math.max(max, newestMtime(join(path, entry)))),
    st.mtimeMs,
  );
}

export function portalIsStale(app: (typeof APPS)[number]): boolean {
  const dir = repoPath('frontends', app);
  const built =
    existsSync(join(dir, 'dist/index.html')) || existsSync(join(dir, 'dist/remoteEntry.js')) ? statSync(join(dir, 'dist')).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(join(dir, 'src')),
    newestMtime(join(dir, 'vite.config.ts')),
    newestMtime(join(dir, 'index.html')),
    ...SHARED_SOURCES.map(newestMtime),
  );
  return built === 0 || sources > built;
}

/**
 * The environment of a production build. Called from a test, the environment says VITEST and
 * NODE_ENV=test — and @module-federation/vite then switches itself off without a word, leaving a
 * portal that cannot load a single remote.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
  return { ...env, NODE_ENV: 'production' };
}

/** `vite build` for every app whose sources changed since its last build. */
export async function buildPortal(opts: { env?: Record<string, string>; output?: (line: string) => void; force?: boolean } = {}) {
  const out = opts.output ?? ((l) => process.stdout.write(`${l}\n`));
  for (const app of APPS) {
    if (!opts.force && !portalIsStale(app)) continue;
    const t0 = performance.now();
    out(`building frontends/${app} …`);
    const dir = repoPath('frontends', app);
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
        cwd: dir,
        env: { ...buildEnv(), ...opts.env },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`vite build of frontends/${app} failed (exit ${code})`);
    out(`built frontends/${app} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}
