import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { buildASTSchema, parse, validate } from 'graphql';
import { initPortalI18n } from '@crm/ui-kit';
import i18next from 'i18next';
import { useEffect } from 'react';
import { SAVED_QUERIES } from '../src/explorer/saved-queries';
import { SHELL_SESSION_KEY, createExplorerFetcher, sessionToken } from '../src/explorer/explorer.fetcher';
import { fakeGateway, renderHeadOffice } from './fake-gateway';

// GraphiQL (Monaco) cannot run in happy-dom: the pane is replaced by a stand-in that exposes the same
// api (load / run) and calls the real fetcher, so the page's wiring is what is tested here.
const loaded: string[] = [];
/** When set, the stand-in's editor becomes ready only when the test calls `editorReady.now()`. */
const editorReady: { delayed: boolean; now: () => void } = { delayed: false, now: () => undefined };
vi.mock('../src/explorer/graphiql.pane', () => ({
  default: function GraphiQLStandIn({ fetcher, initial, apiRef, onReady }: any) {
    useEffect(() => {
      if (editorReady.delayed) {
        onReady(false);
        editorReady.now = () => {
          editorReady.delayed = false;
          setUp();
        };
      } else setUp();
      function setUp() {
        let current = initial;
        apiRef.current = {
          load: (q: any) => {
            current = q;
            loaded.push(q.key);
          },
          run: () =>
            void fetcher({
              query: current.query,
              operationName: null,
              variables: current.variables ? JSON.parse(current.variables) : undefined,
            }),
        };
        onReady(true);
      }
    }, [fetcher, initial, apiRef, onReady]);
    return <div data-testid="graphiql-stand-in" />;
  },
}));

afterEach(cleanup);
initPortalI18n('zh-CN');

/** The graph the explorer talks to: the committed supergraph (join directives are harmless here). */
function apiSchema() {
  const supergraph = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../gateway/supergraph.graphql'), 'utf8');
  return buildASTSchema(parse(supergraph), { assumeValidSDL: true });
}

describe('saved queries', () => {
  it('are 4–6 valid operations against the API contracts, with valid JSON variables', () => {
    expect(SAVED_QUERIES.length).toBeGreaterThanOrEqual(4);
    expect(SAVED_QUERIES.length).toBeLessThanOrEqual(6);
    const schema = apiSchema();
    for (const q of SAVED_QUERIES) {
      const errors = validate(schema, parse(q.query));
      expect(
        errors.map((e) => e.message),
        q.key,
      ).toEqual([]);
      if (q.variables) expect(() => JSON.parse(q.variables!), q.key).not.toThrow();
    }
  });
});

describe('explorer fetcher', () => {
  it('POSTs to the shell-origin /graphql with the bearer token the shell keeps in sessionStorage', async () => {
    sessionStorage.setItem(
      SHELL_SESSION_KEY,
      JSON.stringify({ token: 'tok-123', expiresAt: new Date(Date.now() + 60_000).toISOString(), user: {} }),
    );
    expect(sessionToken()).toBe('tok-123');
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ data: { ok: true } })));
    const runs: unknown[] = [];
    const fetcher = createExplorerFetcher({ fetchImpl: fetchImpl as unknown as typeof fetch, onResult: (r) => runs.push(r.body) });
    await fetcher({ query: '{ ok }', operationName: null }, { headers: { 'X-Extra': 'y', authorization: 'Bearer someone-else' } });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok-123'); // always the user's own token
    expect((init.headers as Record<string, string>)['x-extra']).toBe('y');
    expect(JSON.parse(String(init.body))).toEqual({ query: '{ ok }' });
    expect(runs).toEqual([{ data: { ok: true } }]);
    // the schema introspection is not a "result"
    await fetcher({ query: '{ __schema { queryType { name } } }', operationName: 'IntrospectionQuery' });
    expect(runs).toHaveLength(1);
    sessionStorage.setItem(SHELL_SESSION_KEY, JSON.stringify({ token: 'old', expiresAt: '2000-01-01T00:00:00Z' }));
    expect(sessionToken()).toBeNull();
    sessionStorage.removeItem(SHELL_SESSION_KEY);
  });
});

describe('explorer page', () => {
  it('lists the saved queries, loads one into the editor and shows the result of a run', async () => {
    await i18next.changeLanguage('zh-CN');
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => new Response(JSON.stringify({ data: { activeTierPolicy: { name: 'x' } } })));
    renderHeadOffice(fakeGateway({}), '/head-office/explorer');
    expect(await screen.findByTestId('explorer')).toBeTruthy();
    await screen.findByTestId('graphiql-stand-in');
    SAVED_QUERIES.forEach((q, i) => expect(screen.getByTestId(`explorer-saved-${i}`).getAttribute('data-query')).toBe(q.key));
    expect(screen.getByTestId('explorer-saved-0').textContent).toBe('各分行客户分层分布');
    expect(screen.getByTestId('explorer-result').getAttribute('data-state')).toBe('none');
    fireEvent.click(screen.getByTestId('explorer-saved-2'));
    expect(loaded).toEqual(['q_activePolicy']);
    fireEvent.click(screen.getByTestId('explorer-run'));
    await waitFor(() => expect(screen.getByTestId('explorer-result').getAttribute('data-state')).toBe('ok'));
    expect(screen.getByTestId('explorer-result-json').textContent).toContain('activeTierPolicy');
    expect(fetchSpy.mock.calls[0][0]).toBe('/graphql');
    fetchSpy.mockRestore();
  });
});

describe('explorer page before the editor is ready', () => {
  it('keeps a saved query clicked before the editor is ready, loads it when ready, and Run runs it', async () => {
    await i18next.changeLanguage('zh-CN');
    loaded.length = 0;
    editorReady.delayed = true;
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => new Response(JSON.stringify({ data: { activeTierPolicy: { name: 'x' } } })));
    renderHeadOffice(fakeGateway({}), '/head-office/explorer');
    await screen.findByTestId('graphiql-stand-in');
    expect((screen.getByTestId('explorer-run') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('explorer-saved-2'));
    // kept, and the user sees it waits for the editor
    expect(screen.getByTestId('explorer-saved').getAttribute('data-pending')).toBe('q_activePolicy');
    expect(screen.getByTestId('explorer-saved-waiting').textContent).toContain('编辑器加载完成后');
    act(() => editorReady.now());
    await waitFor(() => expect(loaded).toEqual(['q_activePolicy']));
    expect(screen.queryByTestId('explorer-saved-waiting')).toBeNull();
    await waitFor(() => expect((screen.getByTestId('explorer-run') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('explorer-run'));
    await waitFor(() => expect(fetchSpy).toHaveBeenCalled());
    expect(JSON.parse(String((fetchSpy.mock.calls[0][1] as RequestInit).body)).query).toContain('activeTierPolicy');
    fetchSpy.mockRestore();
  });

  it('shows a server error of a run in Chinese', async () => {
    await i18next.changeLanguage('zh-CN');
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(
        async () =>
          new Response(JSON.stringify({ errors: [{ message: 'Your role does not allow this', extensions: { code: 'FORBIDDEN' } }] })),
      );
    renderHeadOffice(fakeGateway({}), '/head-office/explorer');
    await screen.findByTestId('graphiql-stand-in');
    await waitFor(() => expect((screen.getByTestId('explorer-run') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('explorer-run'));
    await waitFor(() => expect(screen.getByTestId('explorer-result').getAttribute('data-state')).toBe('errors'));
    expect(screen.getByTestId('explorer-result').textContent).toContain('您的角色无权执行此操作');
    expect(screen.getByTestId('explorer-result').querySelector('.ant-typography-danger')?.textContent).not.toMatch(/[A-Za-z]{3,}/);
    fetchSpy.mockRestore();
  });
});
