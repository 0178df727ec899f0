// Embedded-server behaviour. Always runs embedded in its own temp dirs, whatever DATABASE_URL says.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, test } from 'vitest';
import { embeddedPostgresStatus, startEmbeddedPostgres, stopEmbeddedPostgres } from '../src/embedded';
import { packagedBinaries, runnableBinaries, serverUser } from '../src/native';
import { freePort, queryOne, tempDir } from './helpers';

const packageDir = path.resolve(import.meta.dirname, '..');

describe('embedded server lifecycle', () => {
  const dataDir = path.join(tempDir('life'), 'pg');

  test('first start initialises the cluster (UTF8, C.UTF-8), answers, and stops', async () => {
    const port = await freePort();
    const messages: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir, port, log: (m) => messages.push(m) });
    try {
      expect(server).toMatchObject({ reused: false, initialised: true });
      const row = await queryOne<{ version: string; encoding: string; collate: string }>(
        server.url,
        `select version(), pg_encoding_to_char(encoding) as encoding, datcollate as collate from pg_database where datname = current_database()`,
      );
      expect(row.version).toMatch(/^PostgreSQL 17\./);
      expect(row).toMatchObject({ encoding: 'UTF8', collate: 'C.UTF-8' });
      expect(fs.existsSync(path.join(dataDir, `.s.PGSQL.${port}`))).toBe(true); // socket in the data dir
      console.log(`initdb ${server.timings.initdbMs} ms, start ${server.timings.startMs} ms`);
    } finally {
      await server.stop();
    }
    expect(embeddedPostgresStatus(dataDir).running).toBe(false);
    expect(messages.join('\n')).toMatch(/Initialised a new cluster/);
  });

  test('a restart reuses the initialised cluster and its data', async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, log: () => {} });
    await queryOne(first.url, 'create table kept as select 42 as v');
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir, port, log: () => {} });
    try {
      expect(second).toMatchObject({ reused: false, initialised: false });
      expect(await queryOne(second.url, 'select v from kept')).toEqual({ v: 42 });
      console.log(`restart ${second.timings.startMs} ms`);
    } finally {
      await second.stop();
    }
  });
});

describe('a server left behind by a killed run', () => {
  const dataDir = path.join(tempDir('killed'), 'pg');

  /** Start a server from a separate node process, then kill -9 that process: the server stays up. */
  async function startAndKillOwner(port: number): Promise<void> {
    const owner = spawn(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'test/fixtures/hold-server.ts', dataDir, String(port)],
      {
        cwd: packageDir,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const lines = readline.createInterface({ input: owner.stdout! });
    const exited = once(owner, 'exit');
    const [first] = await Promise.race([
      once(lines, 'line'),
      exited.then(() => {
        throw new Error('hold-server exited early');
      }),
    ]);
    expect(JSON.parse(first)).toMatchObject({ ready: true });
    owner.kill('SIGKILL');
    await exited;
  }

  test('same port: the leftover is reused, and stop() leaves it running', async () => {
    const port = await freePort();
    await startAndKillOwner(port);
    expect(embeddedPostgresStatus(dataDir)).toMatchObject({ running: true, port });

    const messages: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir, port, log: (m) => messages.push(m) });
    expect(server.reused).toBe(true);
    expect(await queryOne(server.url, 'select 1 as ok')).toEqual({ ok: 1 });
    expect(messages.join('\n')).toMatch(/Reusing the PostgreSQL server \(pid \d+\)/);
    await server.stop();
    expect(embeddedPostgresStatus(dataDir).running).toBe(true); // not ours to stop
  });

  test('another port: the leftover is stopped and a fresh server starts on ours', async () => {
    const { pid: leftoverPid } = embeddedPostgresStatus(dataDir);
    const port = await freePort();
    const messages: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir, port, log: (m) => messages.push(m) });
    try {
      expect(server.reused).toBe(false);
      expect(embeddedPostgresStatus(dataDir)).toMatchObject({ running: true, port });
      expect(embeddedPostgresStatus(dataDir).pid).not.toBe(leftoverPid);
      expect(messages.join('\n')).toMatch(/stopping it and starting a fresh one/);
    } finally {
      await server.stop();
    }
  });

  test('a stale postmaster.pid (its pid now belongs to some other process) is removed', async () => {
    const port = await freePort();
    // Our own pid: alive, but not a postgres process — exactly what a recycled pid looks like.
    fs.writeFileSync(path.join(dataDir, 'postmaster.pid'), `${process.pid}\n${dataDir}\n0\n${port}\n\n127.0.0.1\n0 0\nready   \n`);
    const messages: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir, port, log: (m) => messages.push(m) });
    try {
      expect(server.reused).toBe(false);
      expect(await queryOne(server.url, 'select 1 as ok')).toEqual({ ok: 1 });
      expect(messages.join('\n')).toMatch(/Removed a stale postmaster.pid/);
    } finally {
      await server.stop();
    }
    expect(await stopEmbeddedPostgres(dataDir)).toBe(false);
  });
});

describe('clear errors and workarounds', () => {
  test('a busy port names the port and PG_PORT', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    const dataDir = path.join(tempDir('busy'), 'pg');
    try {
      await expect(startEmbeddedPostgres({ dataDir, port, log: () => {} })).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        message: expect.stringMatching(new RegExp(`Port ${port} .* already in use.*PG_PORT`)),
      });
    } finally {
      blocker.close();
    }
  });

  test('binaries under a directory the server user cannot enter run from a world-readable copy', () => {
    const runAs = serverUser(() => {});
    const { nativeDir, version } = packagedBinaries();
    // A "checkout under a 0700 home": the packaged native/ reached through a closed directory.
    const closed = tempDir('closed');
    fs.chmodSync(closed, 0o700);
    fs.symlinkSync(nativeDir, path.join(closed, 'native'));
    const cacheRoot = tempDir('cache');
    const messages: string[] = [];
    const usable = runnableBinaries(path.join(closed, 'native'), version, runAs, (m) => messages.push(m), cacheRoot);
    if (!runAs) {
      expect(usable).toBe(path.join(closed, 'native')); // not root: we can always reach our own files
      return;
    }
    expect(usable).toBe(path.join(cacheRoot, `crm-pg-native-${version}`));
    expect(fs.lstatSync(path.join(usable, 'lib', 'libicuuc.so')).isSymbolicLink()).toBe(true);
    const run = spawnSync(path.join(usable, 'bin', 'postgres'), ['--version'], {
      uid: runAs.uid,
      gid: runAs.gid,
      cwd: '/',
      encoding: 'utf8',
    });
    expect(run.stdout).toMatch(/^postgres \(PostgreSQL\) 17\./);
    expect(messages.join('\n')).toMatch(/cannot be run by the OS user 'postgres'.*world-readable copy/);
  });

  test('a data directory the server user cannot enter is explained', async () => {
    const closed = tempDir('closed-data');
    fs.chmodSync(closed, 0o700);
    const dataDir = path.join(closed, 'pg');
    const start = startEmbeddedPostgres({ dataDir, port: await freePort(), log: () => {} });
    if (process.getuid?.() !== 0) {
      await (await start).stop(); // only root hands the server to another user
      return;
    }
    await expect(start).rejects.toMatchObject({
      code: 'DATA_DIR_UNREACHABLE',
      message: expect.stringContaining(`${closed} is closed to it (mode 700)`),
    });
  });
});
