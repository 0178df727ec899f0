import { pino } from 'pino';

/** One structured logger per process; LOG_LEVEL=debug for more, silent in tests unless asked. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: { service: process.env.SERVICE_NAME },
});
