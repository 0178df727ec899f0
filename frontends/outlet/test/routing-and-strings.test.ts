import { describe, expect, it, vi } from 'vitest';
import { navigateTo, outletPath, parseOutletPath } from '../src/routing/outlet.routes';
import { outletStrings } from '../src/outlet.i18n';

describe('outlet routes', () => {
  it('parses and builds the route shapes under basePath', () => {
    expect(parseOutletPath('/outlet', '/outlet')).toEqual({ name: 'list' });
    expect(parseOutletPath('/outlet/', '/outlet/')).toEqual({ name: 'list' });
    expect(parseOutletPath('/outlet/customers/42', '/outlet')).toEqual({ name: 'customer', id: '42' });
    expect(parseOutletPath('/outlet/customers/new', '/outlet')).toEqual({ name: 'newCustomer' });
    expect(parseOutletPath('/outlet/cases', '/outlet')).toEqual({ name: 'cases' });
    expect(parseOutletPath('/outlet/nope/1', '/outlet')).toEqual({ name: 'notFound' });
    for (const r of [{ name: 'list' }, { name: 'newCustomer' }, { name: 'cases' }, { name: 'customer', id: '42' }] as const) {
      expect(parseOutletPath(outletPath('/outlet', r), '/outlet')).toEqual(r);
    }
  });

  it('pushes history and tells the shell with a popstate event', () => {
    const seen = vi.fn();
    window.addEventListener('popstate', seen);
    window.history.replaceState(null, '', '/outlet');
    navigateTo('/outlet/cases');
    expect(window.location.pathname).toBe('/outlet/cases');
    expect(seen).toHaveBeenCalledTimes(1);
    window.removeEventListener('popstate', seen);
  });
});

describe('outlet strings', () => {
  it('has every key in both languages', () => {
    const zh = Object.keys(outletStrings['zh-CN']).sort();
    const en = Object.keys(outletStrings.en).sort();
    expect(en).toEqual(zh);
    for (const [k, v] of Object.entries(outletStrings.en)) expect(v, k).not.toBe('');
  });
});
