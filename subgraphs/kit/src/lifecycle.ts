import type { Server } from 'node:http';
import { log } from './log';

/**
 * Stops accepting connections, lets in-flight requests finish, then closes what is left after the
 * grace period. (Apollo's drain plugin waited its full 10 s grace even with nothing in flight.)
 */
export async function closeHttpServer(server: Server, graceMs = 5_000) {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections(); // idle keep-alive sockets would hold close() open
  const grace = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(grace);
}

/** Stop cleanly on SIGINT/SIGTERM: finish in-flight requests, close the pool, exit. */
export function closeOnSignals(close: () => Promise<void>) {
  let closing = false;
  const onSignal = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    close().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
}
