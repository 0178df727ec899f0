import { describe, expect, it } from 'vitest';
import { useSystem } from './system';

const sys = useSystem();

describe('a subgraph that is down', () => {
  it('answers with an error that does not reveal where it runs, and the rest of the graph keeps serving', async () => {
    const { token } = await sys.login('bj0101.staff');
    await sys.subgraphs.customers.close();
    const res = await sys.query('{ me { username } customers { total } }', {}, token);
    expect(res.errors?.[0]).toMatchObject({ path: ['customers'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost|:\d{4,5}/);
    expect((await sys.query('{ me { username } }', {}, token)).data).toEqual({ me: { username: 'bj0101.staff' } });
  });
});
