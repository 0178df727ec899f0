// pnpm seed [--customers N] [--transactions-per-year N] [--as-of YYYY-MM-DD] [--seed S] [--reset] [--migrate] [--database-url URL]
import { parseArgs } from 'node:util';
import { formatDemoLogins } from './bank';
import { defaultTransactionsPerYear } from './plan';
import { DEFAULT_CUSTOMERS, DEFAULT_SEED, SeedError, seedDemoBank } from './seed';
import { DEFAULT_AS_OF } from './time';

const USAGE = `usage: seed [--customers N] [--transactions-per-year N] [--as-of YYYY-MM-DD] [--seed S] [--reset] [--migrate] [--database-url URL]
  --customers N       customers to create (default ${DEFAULT_CUSTOMERS.toLocaleString('en')}; 1000000 works, in bounded memory)
  --transactions-per-year N
                      postings per customer per year on average (default 20,000,000 / customers,
                      clamped to 20…90: ${defaultTransactionsPerYear(DEFAULT_CUSTOMERS)} for the demo bank, 20 from 1,000,000 customers)
  --as-of YYYY-MM-DD  the day the data describes: 12 months of history up to it (default ${DEFAULT_AS_OF};
                      pass today's date for a live demo: open cases then run against today's SLA clock)
  --defer-indexes / --no-defer-indexes
                      rebuild the transaction and monthly-balance indexes after their COPY (default: from 100,000 customers)
  --seed S            PRNG seed: the same seed gives the same bank (default ${DEFAULT_SEED})
  --reset             empty every org_hierarchy and customers table first, then seed anew
  --migrate           apply the org-hierarchy and customers migrations first
  --database-url URL  default: $DATABASE_URL`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      // `pnpm seed -- --customers N` (the README's form): pnpm 12 passes the `--` through, which would
      // end the options and make every one after it a refused positional; the seed takes no positionals
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: {
        customers: { type: 'string' },
        seed: { type: 'string' },
        reset: { type: 'boolean' },
        migrate: { type: 'boolean' },
        'transactions-per-year': { type: 'string' },
        'as-of': { type: 'string' },
        'defer-indexes': { type: 'boolean' },
        'no-defer-indexes': { type: 'boolean' },
        'database-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const url = args['database-url'] ?? process.env.DATABASE_URL;
  if (!url) {
    console.error(`no database: pass --database-url or set DATABASE_URL\n${USAGE}`);
    return 2;
  }
  const customers = args.customers === undefined ? DEFAULT_CUSTOMERS : Number(args.customers.replace(/[_,]/g, ''));
  if (!Number.isInteger(customers) || customers < 0) {
    console.error(`--customers must be a whole number, got "${args.customers}"`);
    return 2;
  }
  const perYear = args['transactions-per-year'] === undefined ? undefined : Number(args['transactions-per-year'].replace(/[_,]/g, ''));
  if (perYear !== undefined && (!Number.isInteger(perYear) || perYear < 0)) {
    console.error(`--transactions-per-year must be a whole number, got "${args['transactions-per-year']}"`);
    return 2;
  }
  const deferIndexes = args['defer-indexes'] ? true : args['no-defer-indexes'] ? false : undefined;
  if (args.migrate) {
    // the subgraphs' own migrations (workspace packages; dev dependencies of infra)
    const [{ migrateDatabase }, { orgHierarchyDatabase }, { customersDatabase }] = await Promise.all([
      import('@crm/kit'),
      import('@crm/org-hierarchy'),
      import('@crm/customers'),
    ]);
    await migrateDatabase(orgHierarchyDatabase, url);
    await migrateDatabase(customersDatabase, url);
  }
  const target = redact(url);
  const density = perYear ?? defaultTransactionsPerYear(customers);
  console.log(
    `seeding ${target}: ${customers.toLocaleString('en')} customers, ~${density} transactions per customer per year, as of ${args['as-of'] ?? DEFAULT_AS_OF}, seed "${args.seed ?? DEFAULT_SEED}"${args.reset ? ', reset first' : ''}`,
  );
  const result = await seedDemoBank(url, {
    customers,
    seed: args.seed,
    reset: args.reset,
    transactionsPerYear: perYear,
    asOf: args['as-of'],
    deferIndexes,
    progress: process.stdout.isTTY ? 'bar' : 'lines',
  });
  if (!result.created) {
    console.log(
      `already seeded (${result.orgUnits} org units, ${result.staff} staff, ${result.customers.toLocaleString('en')} customers): nothing changed. Use --reset to seed anew.`,
    );
  } else {
    const rows = result.rows ?? 0;
    const perSecond = (n: number, ms: number) => Math.round((n / Math.max(ms, 1)) * 1000).toLocaleString('en');
    console.log(
      `seeded ${result.orgUnits} org units, ${result.departments} departments, ${result.staff} staff, ${result.customers.toLocaleString('en')} customers in ${(result.ms / 1000).toFixed(1)} s`,
    );
    const width = Math.max(...(result.tables ?? []).map((t) => t.table.length));
    for (const t of result.tables ?? []) {
      console.log(
        `  ${t.table.padEnd(width)} ${t.rows.toLocaleString('en').padStart(12)} rows ${(t.ms / 1000).toFixed(1).padStart(7)} s ${perSecond(t.rows, t.ms).padStart(10)} rows/s${t.indexMs ? ` (COPY ${(t.copyMs / 1000).toFixed(1)} s, indexes rebuilt ${(t.indexMs / 1000).toFixed(1)} s)` : ''}`,
      );
    }
    console.log(
      `total: ${rows.toLocaleString('en')} rows in ${(result.ms / 1000).toFixed(1)} s (analyze ${((result.analyzeMs ?? 0) / 1000).toFixed(1)} s), overall ${perSecond(rows, result.ms)} rows/s`,
    );
  }
  console.log(formatDemoLogins());
  return 0;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(database)';
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof SeedError ? `seed: ${error.message}` : error);
    process.exit(1);
  },
);
