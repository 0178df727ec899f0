import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { BuildSchemaOptions } from 'type-graphql';
import { DEFAULT_PORTS, type SubgraphName } from '@crm/shared-types';
import { createTokenVerifier, verifierOptionsFromEnv, type TokenVerifier } from './auth/token';
import { buildFederatedSchema, type ReferenceResolvers } from './schema';
import { openDatabase, type SubgraphDatabase } from './orm';
import { closeOnSignals } from './lifecycle';
import { startSubgraphServer, type RunningSubgraph } from './server';
import { log } from './log';
import type { BackgroundJob } from './jobs';

/** Everything that makes a subgraph: its schema, its classes, its reference resolvers. */
export interface SubgraphDefinition {
  name: SubgraphName;
  database: SubgraphDatabase;
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  references?: ReferenceResolvers;
  /** routes outside GraphQL, e.g. login */
  routes?: (app: Express, deps: { orm: MikroORM }) => void;
  /** work the process does on its own (e.g. a schedule): started after listen, stopped first on close */
  background?: (deps: { orm: MikroORM }) => BackgroundJob;
  /** max JSON body of /graphql (express `limit` syntax); default 256kb — raise it only for bulk input such as CSV imports */
  bodyLimit?: string;
}

export const defineSubgraph = (def: SubgraphDefinition) => def;

/** The subgraph's SDL, for composition at build time (no database, no network). */
export async function subgraphSdl(def: SubgraphDefinition): Promise<string> {
  return (await buildFederatedSchema({ resolvers: def.resolvers, orphanedTypes: def.orphanedTypes }, def.references)).sdl;
}

export interface RunOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  verifyToken: TokenVerifier;
  migrate?: boolean;
  /** start the definition's background jobs (default true; in-process tests start them only when asked) */
  background?: boolean;
}

export async function runSubgraph(def: SubgraphDefinition, opts: RunOptions): Promise<RunningSubgraph> {
  const { schema } = await buildFederatedSchema({ resolvers: def.resolvers, orphanedTypes: def.orphanedTypes }, def.references);
  const orm = await openDatabase(def.database, opts.databaseUrl, { migrate: opts.migrate, subgraph: def.name });
  const running = await startSubgraphServer({
    name: def.name,
    schema,
    orm,
    verifyToken: opts.verifyToken,
    port: opts.port,
    host: opts.host,
    bodyLimit: def.bodyLimit,
    routes: def.routes ? (app) => def.routes!(app, { orm }) : undefined,
  });
  if (!def.background || opts.background === false) return running;
  const job = def.background({ orm });
  return {
    ...running,
    close: async () => {
      await job.stop();
      await running.close();
    },
  };
}

/** Process entry point: configuration from the environment, clean stop on signals. */
export async function runSubgraphFromEnv(def: SubgraphDefinition, verifyToken?: TokenVerifier) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    log.fatal('DATABASE_URL is not set: start the whole system with `npm start`, or point DATABASE_URL at PostgreSQL');
    process.exit(2);
  }
  const envPort = process.env[`${def.name.toUpperCase().replace(/-/g, '_')}_PORT`] ?? process.env.PORT;
  const running = await runSubgraph(def, {
    databaseUrl,
    port: envPort ? Number(envPort) : DEFAULT_PORTS[def.name],
    host: process.env.HOST ?? '127.0.0.1',
    verifyToken: verifyToken ?? createTokenVerifier(verifierOptionsFromEnv()),
  });
  closeOnSignals(running.close);
  return running;
}
