// The generator without a database: structure, staff, and the customer stream's statistics.
import { DEPARTMENTS, isValidCreditCode, parseResidentId, ROLES } from '@crm/shared-types';
import { describe, expect, it } from 'vitest';
import { buildDepartments, buildOrgUnits, DEMO_LOGINS, generateCustomers, type CustomerRow } from '../src/seed';
import { buildStaff } from '../src/seed/bank';
import { CITIES } from '../src/seed/geo';
import { addMonths, accountNo, planAccounts, simulate } from '../src/seed/ledger';
import { defaultTransactionsPerYear } from '../src/seed/plan';
import { outletStaff, population } from '../src/seed/population';
import { hashString, Rng } from '../src/seed/prng';
import { makeClock } from '../src/seed/time';

const { units, outlets } = buildOrgUnits();
const byId = new Map(units.map((u) => [u.id, u]));

describe('the bank', () => {
  it('has a head office, 4 branches of 2–3 sub-branches, each with 3–5 outlets (40 in all)', () => {
    const count = (level: string) => units.filter((u) => u.level === level).length;
    expect([count('HEAD_OFFICE'), count('BRANCH'), count('SUB_BRANCH'), count('OUTLET')]).toEqual([1, 4, 10, 40]);
    expect(units[0]).toMatchObject({ id: 1, code: 'HO', name: '总行', path: '/1/', parentId: null });
    for (const b of units.filter((u) => u.level === 'BRANCH')) {
      const subs = units.filter((u) => u.parentId === b.id);
      expect(subs.length).toBeGreaterThanOrEqual(2);
      expect(subs.length).toBeLessThanOrEqual(3);
      for (const s of subs) {
        const n = units.filter((u) => u.parentId === s.id).length;
        expect(n).toBeGreaterThanOrEqual(3);
        expect(n).toBeLessThanOrEqual(5);
        expect(s.code).toMatch(new RegExp(`^${b.code}\\d{2}$`));
      }
    }
    for (const u of units.slice(1)) expect(u.path).toBe(`${byId.get(u.parentId!)!.path}${u.id}/`);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    expect(units.every((u) => u.name && u.nameEn)).toBe(true);
  });

  it('names every department in Chinese and English', () => {
    const departments = buildDepartments();
    expect(departments.map((d) => d.code)).toEqual([...DEPARTMENTS]);
    expect(departments.every((d) => /[\u4e00-\u9fff]/.test(d.name) && /^[A-Z]/.test(d.nameEn))).toBe(true);
  });

  it('staffs every position with unique usernames, including every demo login', () => {
    const staff = buildStaff(units, outlets, new Rng('x'));
    expect(new Set(staff.map((s) => s.username)).size).toBe(staff.length);
    const positions = new Set(staff.map((s) => s.position));
    for (const p of [
      '战略分析师',
      '产品经理',
      '营销策划经理',
      '培训师',
      '风险管理经理',
      '分行行长',
      '支行行长',
      '网点主任',
      '柜员',
      '客户经理',
    ])
      expect(positions).toContain(p);
    for (const r of ROLES)
      expect(
        staff.some((s) => s.roles.includes(r)),
        r,
      ).toBe(true);
    for (const login of DEMO_LOGINS) {
      const s = staff.find((x) => x.username === login.username)!;
      expect(s, login.username).toBeDefined();
      expect(byId.get(s.orgUnitId)).toMatchObject({ code: login.unitCode, level: login.level });
      expect(s).toMatchObject({ department: login.department, roles: login.roles, active: true });
    }
    for (const o of outlets) {
      const here = staff.filter((s) => s.orgUnitId === o.id);
      expect(
        here.some((s) => s.position === '网点主任') &&
          here.some((s) => s.position === '柜员') &&
          here.some((s) => s.position === '客户经理'),
      ).toBe(true);
    }
  });
});

describe('the customer stream', () => {
  const N = 30_000;
  const sample: CustomerRow[] = [...generateCustomers({ seed: 'bank-crm', count: N, outlets })];

  it('is deterministic per seed', () => {
    const again = [...generateCustomers({ seed: 'bank-crm', count: 500, outlets })];
    expect(again).toEqual(sample.slice(0, 500));
    const other = [...generateCustomers({ seed: 'another', count: 500, outlets })];
    expect(other.filter((c, i) => c.idNumber === sample[i].idNumber).length).toBeLessThan(5);
  });

  it('is about 85 % individuals, 15 % companies; 90/8/2 % active/dormant/closed', () => {
    const share = (f: (c: CustomerRow) => boolean) => sample.filter(f).length / N;
    expect(share((c) => c.kind === 'INDIVIDUAL')).toBeCloseTo(0.85, 1);
    expect(share((c) => c.status === 'ACTIVE')).toBeCloseTo(0.9, 1);
    expect(share((c) => c.status === 'DORMANT')).toBeCloseTo(0.08, 1);
    expect(share((c) => c.status === 'CLOSED')).toBeGreaterThan(0.01);
    expect(share((c) => c.status === 'CLOSED')).toBeLessThan(0.03);
  });

  it('has unique, valid ID numbers that agree with gender, birth date and the home city', () => {
    expect(new Set(sample.map((c) => c.idNumber)).size).toBe(N);
    expect(new Set(sample.map((c) => c.customerNo)).size).toBe(N);
    for (const c of sample) {
      const outlet = byId.get(c.homeOrgUnitId)!;
      expect(outlet.level).toBe('OUTLET');
      expect(c.homeOrgPath).toBe(outlet.path);
      const city = CITIES.find((x) => outlet.code.startsWith(x.branch))!;
      expect(c.customerNo).toMatch(/^C\d{9}$/);
      expect(c.address.startsWith(city.name)).toBe(true);
      if (c.kind === 'INDIVIDUAL') {
        const info = parseResidentId(c.idNumber);
        expect(info, c.idNumber).not.toBeNull();
        expect(info).toMatchObject({ gender: c.gender, birthDate: c.birthDate });
        expect(city.districts.map((d) => d.code)).toContain(info!.region);
        expect(c.birthDate! >= '1950-01-01' && c.birthDate! <= '2005-12-31').toBe(true);
        expect(c.phone).toMatch(/^1[3-9]\d{9}$/);
        expect(c.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
        expect(c.createdAt > `${Number(c.birthDate!.slice(0, 4)) + 18}`).toBe(true);
      } else {
        expect(isValidCreditCode(c.idNumber), c.idNumber).toBe(true);
        expect(city.districts.map((d) => d.code)).toContain(c.idNumber.slice(2, 8));
        expect(c.name.startsWith(city.short) && /公司$/.test(c.name)).toBe(true);
        expect(c.phone).toMatch(/^(1[3-9]\d{9}|0\d{2}-\d{8})$/);
        expect(c.gender).toBeNull();
      }
    }
  });

  it('uses common surnames most, and spreads customers unevenly over every outlet', () => {
    const surnames = new Map<string, number>();
    for (const c of sample) if (c.kind === 'INDIVIDUAL') surnames.set(c.name[0], (surnames.get(c.name[0]) ?? 0) + 1);
    const top = [...surnames]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([s]) => s);
    expect(top.filter((s) => '王李张刘陈'.includes(s)).length).toBeGreaterThanOrEqual(4);
    const perOutlet = new Map<number, number>();
    for (const c of sample) perOutlet.set(c.homeOrgUnitId, (perOutlet.get(c.homeOrgUnitId) ?? 0) + 1);
    expect(perOutlet.size).toBe(40);
    expect(Math.max(...perOutlet.values()) / Math.min(...perOutlet.values())).toBeGreaterThan(3);
  });
});

describe('the population, its accounts and its year (no database)', () => {
  const staff = outletStaff(buildStaff(units, outlets, new Rng('bank-crm').fork('staff')));
  const clock = makeClock();
  const people = () => population({ seed: 'bank-crm', count: 3000, outlets, staff, clock });

  it('is deterministic, and links only to earlier customers of the same outlet, never to oneself', () => {
    const a = [...people()],
      b = [...people()];
    expect(b.map((p) => [p.row, p.links])).toEqual(a.map((p) => [p.row, p.links]));
    const byId = new Map(a.map((p) => [p.row.id, p]));
    const links = a.flatMap((p) => p.links.map((l) => ({ l, p })));
    expect(links.length).toBeGreaterThan(500);
    for (const { l, p } of links) {
      expect(l.from).not.toBe(l.to);
      const other = byId.get(l.from === p.row.id ? l.to : l.from)!;
      expect(other.row.id).toBeLessThan(p.row.id);
      expect(other.row.homeOrgUnitId).toBe(p.row.homeOrgUnitId);
      expect(staff.get(p.outlet.id)!.managers).toContain(l.staffId);
    }
  });

  it('replays a year that never overdraws a deposit or a card, with balance_after running on and equal on every replay', () => {
    const key = hashString('bank-crm/ledger');
    let next = 1,
      postings = 0;
    for (const p of people()) {
      const accounts = planAccounts(p, { clock, key, firstId: next });
      next += accounts.length;
      const ids = new Set(accounts.map((x) => x.no));
      expect(ids.size).toBe(accounts.length);
      const seen: string[] = [];
      const balances: number[] = [];
      const running = accounts.map((x) => x.start);
      simulate(
        p,
        accounts,
        clock,
        key,
        60,
        (i, day, second, cents, credit, _ch, _cat, _cp, _d, after) => {
          const a = accounts[i];
          running[i] += (credit !== a.liability ? 1 : -1) * cents;
          expect(after).toBe(running[i]);
          expect(cents).toBeGreaterThan(0);
          expect(after).toBeGreaterThanOrEqual(0);
          if (a.kind === 'CREDIT_CARD') expect(after).toBeLessThanOrEqual(a.limit!);
          expect(day).toBeGreaterThanOrEqual(Math.max(a.opened, clock.startDay));
          expect(day).toBeLessThan(clock.asOfDay);
          seen.push(`${i}/${day}/${second}/${cents}/${after}`);
          postings++;
        },
        balances,
      );
      expect(balances).toEqual(running);
      for (const a of accounts) if (a.status === 'CLOSED') expect(balances[accounts.indexOf(a)]).toBe(0);
      const again: string[] = [];
      simulate(
        p,
        accounts,
        clock,
        key,
        60,
        (i, day, second, cents, _c, _ch, _cat, _cp, _d, after) => again.push(`${i}/${day}/${second}/${cents}/${after}`),
        [],
      );
      expect(again).toEqual(seen);
    }
    expect(postings / 3000).toBeGreaterThan(45);
  });

  it('numbers accounts uniquely, with valid Luhn digits, and counts months by the calendar', () => {
    const luhnOk = (s: string) =>
      [...s].reverse().reduce((sum, ch, i) => {
        let d = Number(ch) * (i % 2 ? 2 : 1);
        if (d > 9) d -= 9;
        return sum + d;
      }, 0) %
        10 ===
      0;
    expect(accountNo('DEMAND_DEPOSIT', 1, 'BJ', 16)).toMatch(/^622208100000000001\d$/);
    expect(accountNo('CREDIT_CARD', 42, 'SH', 30)).toMatch(/^625907000000042\d$/);
    for (const kind of ['DEMAND_DEPOSIT', 'TIME_DEPOSIT', 'WEALTH', 'CREDIT_CARD', 'LOAN', 'BASIC', 'SETTLEMENT'] as const) {
      for (const id of [1, 99, 123_456, 9_999_999]) expect(luhnOk(accountNo(kind, id, 'GZ', 40)), `${kind} ${id}`).toBe(true);
    }
    const day = (s: string) => Date.parse(s) / 86_400_000;
    expect(addMonths(day('2025-01-31'), 1)).toBe(day('2025-02-28'));
    expect(addMonths(day('2024-02-29'), 12)).toBe(day('2025-02-28'));
    expect(clock.months.map((m) => m.label)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}-01`));
    expect(makeClock('2026-06-15').months.length).toBe(13);
    expect(() => makeClock('2025-06-01')).toThrow(/as-of must be from 2026-01-01/);
  });

  it('thins to about 20 M postings at a million customers and stays at 90 for the demo', () => {
    expect(defaultTransactionsPerYear(20_000)).toBe(90);
    expect(defaultTransactionsPerYear(1_000_000)).toBe(20);
    expect(defaultTransactionsPerYear(500_000)).toBe(40);
    expect(defaultTransactionsPerYear(10_000_000)).toBe(20);
  });
});
