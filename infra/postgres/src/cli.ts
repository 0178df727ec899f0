// For humans: node --import @swc-node/register/esm-register src/cli.ts start|stop|status|psql-url [database]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseUrl, embeddedPostgresStatus, embeddedUrl, portFromEnv, startEmbeddedPostgres, stopEmbeddedPostgres } from './index';

const DEFAULT_PORT = 54329;

/** <repo>/.data/pg, the repo being the directory holding pnpm-workspace.yaml. */
function defaultDataDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'pnpm-workspace.yaml')) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return path.join(dir, '.data', 'pg');
}

async function main(command: string | undefined, database: string | undefined): Promise<number> {
  const dataDir = process.env.PG_DATA_DIR || defaultDataDir();
  switch (command) {
    case 'start': {
      const server = await startEmbeddedPostgres({ dataDir, port: portFromEnv(DEFAULT_PORT) });
      if (server.reused) {
        console.log(`Already running: ${server.url}`);
        return 0;
      }
      console.log(`PostgreSQL is running: ${server.url}\nData: ${dataDir}\nPress Ctrl-C to stop.`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.stop();
      console.log('PostgreSQL stopped.');
      return 0;
    }
    case 'stop':
      console.log((await stopEmbeddedPostgres(dataDir)) ? `Stopped the server for ${dataDir}.` : `No server is running for ${dataDir}.`);
      return 0;
    case 'status': {
      const status = embeddedPostgresStatus(dataDir);
      if (status.running) console.log(`running (pid ${status.pid}) on port ${status.port}: ${status.url}\ndata: ${dataDir}`);
      else console.log(`not running; data: ${dataDir} (${status.initialised ? 'initialised' : 'not initialised yet'})`);
      return 0;
    }
    case 'psql-url': {
      const status = embeddedPostgresStatus(dataDir);
      const url = status.url ?? embeddedUrl(portFromEnv(DEFAULT_PORT));
      console.log(database ? databaseUrl(url, database) : url);
      return 0;
    }
    default:
      console.error('usage: cli.ts start|stop|status|psql-url [database]   (env: PG_PORT, PG_DATA_DIR)');
      return 2;
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
