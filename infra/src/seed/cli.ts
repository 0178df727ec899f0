// pnpm seed [--customers N] [--seed S] [--reset] [--migrate] [--database-url URL]
import { parseArgs } from 'node:util';
import { formatDemoLogins } from './bank';
import { DEFAULT_CUSTOMERS, DEFAULT_SEED, SeedError, seedDemoBank } from './seed';

const USAGE = `usage: seed [--customers N] [--seed S] [--reset] [--migrate] [--database-url URL]
  --customers N       customers to create (default ${DEFAULT_CUSTOMERS.toLocaleString('en')}; 1000000 works, in bounded memory)
  --seed S            PRNG seed: the same seed gives the same bank (default ${DEFAULT_SEED})
  --reset             empty every org_hierarchy and customers table first, then seed anew
  --migrate           apply the org-hierarchy and customers migrations first
  --database-url URL  default: $DATABASE_URL`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        customers: { type: 'string' }, seed: { type: 'string' }, reset: { type: 'boolean' }, migrate: { type: 'boolean' },
        'database-url': { type: 'string' }, help: { type: 'boolean', short: 'h' },
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
  if (args.migrate) {
    // the subgraphs' own migrations (workspace packages; dev dependencies of infra)
    const [{ migrateDatabase }, { orgHierarchyDatabase }, { customersDatabase }] = await Promise.all([
      import('@crm/kit'), import('@crm/org-hierarchy'), import('@crm/customers'),
    ]);
    await migrateDatabase(orgHierarchyDatabase, url);
    await migrateDatabase(customersDatabase, url);
  }
  const target = redact(url);
  console.log(`seeding ${target}: ${customers.toLocaleString('en')} customers, seed "${args.seed ?? DEFAULT_SEED}"${args.reset ? ', reset first' : ''}`);
  const result = await seedDemoBank(url, { customers, seed: args.seed, reset: args.reset, progress: process.stdout.isTTY ? 'bar' : 'lines' });
  if (!result.created) {
    console.log(`already seeded (${result.orgUnits} org units, ${result.staff} staff, ${result.customers.toLocaleString('en')} customers): nothing changed. Use --reset to seed anew.`);
  } else {
    const rows = result.orgUnits + result.departments + result.staff + result.customers;
    const perSecond = (n: number, ms: number) => Math.round(n / Math.max(ms, 1) * 1000).toLocaleString('en');
    console.log(`seeded ${result.orgUnits} org units, ${result.departments} departments, ${result.staff} staff, ${result.customers.toLocaleString('en')} customers in ${(result.ms / 1000).toFixed(1)} s`);
    console.log(`customers: ${perSecond(result.customers, result.customersMs)} rows/s (COPY); overall ${perSecond(rows, result.ms)} rows/s`);
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
