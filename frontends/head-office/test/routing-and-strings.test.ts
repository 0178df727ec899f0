import { describe, expect, it, vi } from 'vitest';
import { headOfficePath, navigateTo, parseHeadOfficePath } from '../src/routing/head-office.routes';
import { headOfficeStrings } from '../src/head-office.i18n';

describe('head-office routes', () => {
  it('parses and builds the route shapes under basePath', () => {
    expect(parseHeadOfficePath('/head-office', '/head-office')).toEqual({ name: 'dashboard' });
    expect(parseHeadOfficePath('/head-office/', '/head-office/')).toEqual({ name: 'dashboard' });
    expect(parseHeadOfficePath('/head-office/policy', '/head-office')).toEqual({ name: 'policy' });
    expect(parseHeadOfficePath('/head-office/explorer/', '/head-office')).toEqual({ name: 'explorer' });
    expect(parseHeadOfficePath('/head-office/nope', '/head-office')).toEqual({ name: 'notFound' });
    for (const r of [{ name: 'dashboard' }, { name: 'policy' }, { name: 'recompute' }, { name: 'explorer' }] as const) {
      expect(parseHeadOfficePath(headOfficePath('/head-office', r), '/head-office')).toEqual(r);
    }
  });

  it('pushes history and tells the shell with a popstate event', () => {
    const seen = vi.fn();
    window.addEventListener('popstate', seen);
    window.history.replaceState(null, '', '/head-office');
    navigateTo('/head-office/policy');
    expect(window.location.pathname).toBe('/head-office/policy');
    expect(seen).toHaveBeenCalledTimes(1);
    window.removeEventListener('popstate', seen);
  });
});

describe('head-office strings', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(headOfficeStrings.en).sort()).toEqual(Object.keys(headOfficeStrings['zh-CN']).sort());
    for (const [k, v] of Object.entries(headOfficeStrings.en)) expect(v, k).not.toBe('');
  });
});
