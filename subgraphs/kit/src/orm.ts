import { MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import pg from 'pg';
import { sqlQueries } from './metrics';

export interface SubgraphDatabase {
  /** the PostgreSQL schema this subgraph owns, e.g. "customers" */
  schema: string;
  entities: Options['entities'];
  migrations: MigrationObject[];
}

export function ormOptions(db: SubgraphDatabase, url: string, overrides: Partial<Options> = {}): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: url,
    schema: db.schema,
    entities: db.entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    migrations: {
      tableName: `${db.schema}.mikro_orm_migrations`,
      migrationsList: db.migrations,
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: Number(process.env.DB_POOL_MAX ?? 10) },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ...overrides,
  } as Options;
}

/** Opens the ORM, runs pending migrations of this subgraph's schema, counts every SQL statement. */
export async function openDatabase(db: SubgraphDatabase, url: string, opts: { migrate?: boolean; subgraph: string }) {
  const orm = await MikroORM.init(ormOptions(db, url));
  orm.em
    .getConnection()
    .getKnex()
    .on('query', () => sqlQueries.inc({ subgraph: opts.subgraph }));
  if (opts.migrate !== false) await migrate(orm, db);
  return orm;
}

/**
 * Pending migrations of this subgraph's schema, under a PostgreSQL advisory lock: replicas that
 * start together migrate one after another instead of racing (the migrator takes no lock itself).
 */
export async function migrate(orm: MikroORM, db: SubgraphDatabase) {
  const lock = new pg.Client({ connectionString: orm.config.get('clientUrl') });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [`bank-crm migrate ${db.schema}`]);
    await orm.em.getConnection().execute(`create schema if not exists "${db.schema}"`);
    await orm.getMigrator().up();
  } finally {
    await lock.end(); // ending the session releases the lock
  }
}

/** Migrate a database without keeping a connection (launcher, test templates). */
export async function migrateDatabase(db: SubgraphDatabase, url: string) {
  const orm = await MikroORM.init(ormOptions(db, url, { pool: { min: 0, max: 2 } }));
  try {
    await migrate(orm, db);
  } finally {
    await orm.close(true);
  }
}
