import { describe, expect, it } from 'vitest';
import { useSystem } from './system';

// The JS planner is the one-setting fallback (GATEWAY_PLANNER=js): it must answer exactly like the Rust planner.
const rust = useSystem({ planner: 'rust' });
const js = useSystem({ planner: 'js' });

describe('query planners', () => {
  it('give the same answer, byte for byte', async () => {
    const q = `{ me { name orgUnit { name } } customers(page: { pageSize: 25 }) { total items { id customerNo homeOrgUnit { name parent { name } } } } }`;
    const a = await rust.query(q, {}, (await rust.login('bj.head')).token);
    const b = await js.query(q, {}, (await js.login('bj.head')).token);
    expect(a.errors).toBeUndefined();
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
