import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { connect } from 'node:net';

export interface ServiceSpec {
  name: string;
  cwd: string;
  args: string[];
  env?: Record<string, string | undefined>;
  /** URL that answers 2xx once the service is ready */
  readyUrl: string;
}

export interface Supervisor {
  start(spec: ServiceSpec): Promise<void>;
  stopAll(): Promise<void>;
  /** process id of a running service (benchmarks read its CPU time) */
  pid(name: string): number | undefined;
  /** rejects when any service dies on its own */
  readonly died: Promise<never>;
}

const COLOURS = [36, 35, 33, 32, 34, 91, 96];

/**
 * Starts services as child processes of this one, prefixes their output, waits until each is ready,
 * and stops them all (SIGTERM, then SIGKILL after a grace period) in reverse order.
 */
export function createSupervisor(opts: { output?: (line: string) => void; readyTimeoutMs?: number } = {}): Supervisor {
  const out = opts.output ?? ((line) => process.stdout.write(`${line}\n`));
  const running: { spec: ServiceSpec; child: ChildProcess; exited: Promise<number | null> }[] = [];
  let stopping = false;
  let reportDeath!: (e: Error) => void;
  const died = new Promise<never>((_, reject) => (reportDeath = reject));
  died.catch(() => undefined);

  const start = async (spec: ServiceSpec) => {
    // a leftover process on the port would answer the readiness check in the new one's place
    const { hostname, port } = new URL(spec.readyUrl);
    if (await portAnswers(hostname, Number(port))) {
      throw new Error(
        `${spec.name}: port ${port} is already in use — a service from an earlier run still running? Stop it (or set the port) and start again.`,
      );
    }
    const colour = COLOURS[running.length % COLOURS.length];
    const child = spawn(process.execPath, spec.args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `\u001b[${colour}m${spec.name.padEnd(14)}\u001b[0m│ `;
    const recent: string[] = [];
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        recent.push(line);
        if (recent.length > 30) recent.shift();
        out(prefix + line);
      });
    }
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    running.push({ spec, child, exited });
    void exited.then((code) => {
      if (!stopping) reportDeath(new Error(`${spec.name} exited with code ${code}. Its last lines:\n${recent.join('\n')}`));
    });
    await Promise.race([waitUntilReady(spec, opts.readyTimeoutMs ?? 60_000), died]);
  };

  const stopAll = async () => {
    stopping = true;
    for (const { spec, child, exited } of [...running].reverse()) {
      if (child.exitCode !== null) continue;
      const t0 = performance.now();
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        out(`${spec.name} did not stop within 10 s of SIGTERM: killing it`);
        child.kill('SIGKILL');
      }, 10_000);
      await exited;
      clearTimeout(timer);
      if (performance.now() - t0 > 2_000) out(`${spec.name} took ${((performance.now() - t0) / 1000).toFixed(1)} s to stop`);
    }
    running.length = 0;
  };

  const pid = (name: string) => running.find((r) => r.spec.name === name)?.child.pid;
  return { start, stopAll, pid, died };
}

function portAnswers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls the ready URL until it answers, backing off; fails with the URL in the message. */
export async function waitUntilReady(spec: Pick<ServiceSpec, 'name' | 'readyUrl'>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let delay = 50;
  for (;;) {
    try {
      const res = await fetch(spec.readyUrl, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${spec.name} did not become ready at ${spec.readyUrl} within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 500);
  }
}
