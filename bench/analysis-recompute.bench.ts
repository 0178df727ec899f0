import 'reflect-metadata';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '@crm/kit';
import { analysisDatabase, defaultRecomputeAsOf, recomputeBank, SCORE_CHUNK } from '@crm/analysis';

/**
 * The whole-bank score recompute (the five degrees, set-based, one statement per chunk of customer ids)
 * against its floor: ONE plain scan that aggregates the same 12 months of transactions per customer.
 * Run on an already seeded database (e.g. `pnpm seed --customers 1000000`):
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/seed1m pnpm --filter @crm/bench bench:recompute
 *
 * Settings: BENCH_AS_OF (default: the recompute's own default), BENCH_CHUNK (default 20,000).
 */
const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error('Set BENCH_DATABASE_URL to a seeded database (pnpm seed --customers 1000000 --database-url …)');
  process.exit(2);
}
const chunk = Number(process.env.BENCH_CHUNK ?? SCORE_CHUNK);

const client = new pg.Client(url);
await client.connect();
// the analysis schema (and its default tier policies) may be missing or behind on a seeded database: migrate (idempotent)
await migrateDatabase(analysisDatabase, url);
const orm = await openDatabase(analysisDatabase, url, { migrate: false, subgraph: 'analysis' });
try {
  const em = orm.em.fork();
  const asOf = process.env.BENCH_AS_OF ?? (await defaultRecomputeAsOf(em));
  if (!asOf) throw new Error('no balance data: seed the database first');
  const {
    rows: [size],
  } = await client.query(
    `
    select (select count(*) from customers_api.customer where status <> 'MERGED')::int as customers,
           (select count(*) from customers_api.transaction where booked_at > ($1::date - interval '1 year') and booked_at < $1::date + 1)::int as transactions`,
    [asOf],
  );
  console.log(
    `as of ${asOf}: ${size.customers.toLocaleString('en')} customers, ${size.transactions.toLocaleString('en')} transactions in the 12 months; chunks of ${chunk.toLocaleString('en')}`,
  );

  // the floor: one scan aggregating the same transactions per customer (run twice, the second warm)
  const floorSql = `select customer_id, count(*), sum(amount) from customers_api.transaction
                    where booked_at > ($1::date - interval '1 year') and booked_at < $1::date + 1 group by 1`;
  let floorMs = Infinity;
  for (let i = 0; i < 2; i += 1) {
    const t = performance.now();
    await client.query(floorSql, [asOf]);
    floorMs = Math.min(floorMs, performance.now() - t);
  }
  console.log(`floor (one plain aggregate scan of the transactions): ${(floorMs / 1000).toFixed(1)} s`);

  const t0 = performance.now();
  let lastLog = t0;
  const { processed } = await recomputeBank(em, asOf, {
    chunk,
    progress: async (n) => {
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        console.log(`  ${n.toLocaleString('en')} / ${size.customers.toLocaleString('en')} after ${((lastLog - t0) / 1000).toFixed(0)} s`);
      }
    },
  });
  const recomputeMs = performance.now() - t0;
  console.log(
    `full recompute (scores + tiers) of ${processed.toLocaleString('en')} customers: ${(recomputeMs / 1000).toFixed(1)} s ` +
      `(${Math.round(processed / (recomputeMs / 1000)).toLocaleString('en')} customers/s)`,
  );
  console.log(`recompute / floor = ${(recomputeMs / floorMs).toFixed(1)}×`);
} finally {
  await orm.close(true);
  await client.end();
}
