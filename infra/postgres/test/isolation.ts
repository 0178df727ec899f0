// Shared body of the two isolation test files: each must see only its own rows.
import { expect, inject, test } from 'vitest';
import { useTestDatabase } from '../src/testing';
import { queryOne } from './helpers';
import { withClient } from '../src/databases';

export function isolationSuite(owner: string): void {
  const db = useTestDatabase();

  test(`${owner}: gets its own clone of the prepared template`, async () => {
    console.log(`[${owner}] clone ${db.cloneMs} ms`);
    expect(db.name).toMatch(/^t_\d+_[a-z0-9]+$/);
    expect(await queryOne(db.url, 'select current_database() as name')).toEqual({ name: db.name });
    const template = await queryOne(inject('pgAdminUrl'), 'select datallowconn from pg_database where datname = $1', [
      inject('pgTemplate'),
    ]);
    expect(template).toEqual({ datallowconn: false }); // sealed, so clones never wait on it
  });

  test(`${owner}: sees only its own rows`, async () => {
    await withClient(db.url, async (client) => {
      await client.query('insert into notes (owner) values ($1), ($1)', [owner]);
      const { rows } = await client.query('select owner from notes');
      expect(rows).toEqual([{ owner }, { owner }]);
    });
  });
}
