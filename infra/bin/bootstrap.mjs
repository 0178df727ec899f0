#!/usr/bin/env node
// The README's two commands land here: `npm start` and `npm test`. Needs only Node and npm:
// pnpm comes from the npm registry through npx, at the version the repo pins.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const PNPM = 'pnpm@12.4.2';
const root = fileURLToPath(new URL('../../', import.meta.url));
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`bank-crm needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

const [command, ...rest] = process.argv.slice(2);
// `start` runs the launcher itself (not through `pnpm run`), so Ctrl-C ends in a clean exit
const steps = {
  start: [{ node: ['--import', '@swc-node/register/esm-register', 'src/up.ts', ...rest], cwd: 'infra' }],
  test: [['-r', 'run', 'typecheck'], ['-r', '--workspace-concurrency=1', 'run', 'test']],
};
if (!steps[command]) {
  console.error('usage: bootstrap.mjs start|test');
  process.exit(2);
}

// a pnpm of the pinned version on PATH saves the npx round trip
const globalPnpm = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
const pnpm = globalPnpm.stdout?.trim() === PNPM.split('@')[1] ? ['pnpm'] : ['npx', '--yes', PNPM];

const run = (step) =>
  new Promise((resolve) => {
    const child = Array.isArray(step)
      ? spawn(pnpm[0], [...pnpm.slice(1), ...step], { cwd: root, stdio: 'inherit' })
      : spawn(process.execPath, step.node, { cwd: join(root, step.cwd), stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

// Ctrl-C reaches every process of the terminal; the services stop themselves, we wait for them
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

const install = await run(['install', '--frozen-lockfile']);
if (install !== 0) process.exit(install);
for (const step of steps[command]) {
  const code = await run(step);
  if (code !== 0) process.exit(code);
}
