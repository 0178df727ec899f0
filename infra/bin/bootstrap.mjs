#!/usr/bin/env node
// The README's two commands land here: `npm start` and `npm test`. Needs only Node and npm:
// the project runs on Node 24 LTS, and on a machine with an older Node this takes Node 24 from the
// npm package `node` (its binary comes from the npm registry, nothing else is downloaded) and runs
// itself again under it; pnpm comes from the npm registry through npx, at the version the repo pins.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const PNPM = 'pnpm@12.4.2';
/** The runtime, exact (Node 20 reached its end of life in April 2026). */
const NODE = '24.21.0';
const root = fileURLToPath(new URL('../../', import.meta.url));

// Ctrl-C reaches every process of the terminal; the services stop themselves, we wait for them
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

const exitWith = (child) => new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

/** This script again, under Node 24 from the npm registry (installed once into .tools/), first on PATH. */
async function underNode24() {
  const prefix = join(root, '.tools', `node-${NODE}`);
  const bin = join(prefix, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(bin)) {
    console.log(
      `bank-crm runs on Node ${NODE}; this machine has ${process.versions.node}: installing node@${NODE} from the npm registry into .tools/ (once)`,
    );
    const npm = spawnSync(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, `node@${NODE}`],
      { stdio: 'inherit' },
    );
    if (npm.status !== 0 || !existsSync(bin)) {
      console.error(`Could not install node@${NODE} from the npm registry: install Node ${NODE} yourself and run the command again.`);
      return 1;
    }
  }
  // first on PATH, so pnpm, vitest, vite and every service started from here run on it too
  const env = { ...process.env, PATH: `${dirname(bin)}:${process.env.PATH}` };
  return exitWith(spawn(bin, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit', env }));
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  // `start` runs the launcher itself (not through `pnpm run`), so Ctrl-C ends in a clean exit
  const steps = {
    start: [{ node: ['--import', '@swc-node/register/esm-register', 'src/up.ts', ...rest], cwd: 'infra' }],
    // types, lint and format first (they name the line at fault in a minute), then every package's tests one at a time
    test: [
      ['-r', 'run', 'typecheck'],
      ['-r', 'run', 'lint'],
      ['run', 'format:check'],
      ['-r', '--workspace-concurrency=1', 'run', 'test'],
    ],
  };
  if (!steps[command]) {
    console.error('usage: bootstrap.mjs start|test');
    return 2;
  }
  console.log(`bank-crm: Node ${process.versions.node}`);

  // a pnpm of the pinned version on PATH saves the npx round trip
  const globalPnpm = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  const pnpm = globalPnpm.stdout?.trim() === PNPM.split('@')[1] ? ['pnpm'] : ['npx', '--yes', PNPM];
  const run = (step) =>
    exitWith(
      Array.isArray(step)
        ? spawn(pnpm[0], [...pnpm.slice(1), ...step], { cwd: root, stdio: 'inherit' })
        : spawn(process.execPath, step.node, { cwd: join(root, step.cwd), stdio: 'inherit' }),
    );

  const install = await run(['install', '--frozen-lockfile']);
  if (install !== 0) return install;
  for (const step of steps[command]) {
    const code = await run(step);
    if (code !== 0) return code;
  }
  return 0;
}

const major = Number(process.versions.node.split('.')[0]);
process.exit(major < 24 ? await underNode24() : await main());
