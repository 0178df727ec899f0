// The heavy part of the explorer (GraphiQL 5 + Monaco), loaded on first visit to the explorer only.
import './monaco-workers'; // MonacoEnvironment first: GraphiQL creates editors on mount
import { useCallback, useEffect, useRef, type MutableRefObject } from 'react';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import 'graphiql/style.css';
import type { SavedQuery } from './saved-queries';
import type { ExplorerParams } from './explorer.fetcher';

export interface ExplorerApi {
  load(q: SavedQuery): void;
  run(): void;
}

/**
 * Lives inside GraphiQL's provider: lets the page's saved-query list and Run button drive the editors.
 * Ready only once the query, variables and response editors all exist (GraphiQL's run() does nothing
 * before that). GraphiQL re-creates its query editor from `initialQuery` when its deps change (e.g.
 * the operation name of a newly loaded query): the last query shown is put back into the new editor,
 * so the editor never silently falls back to the default query, and Run runs what it shows.
 */
function Bridge({
  apiRef,
  onReady,
  shown,
}: {
  apiRef: MutableRefObject<ExplorerApi | null>;
  onReady: (ready: boolean) => void;
  shown: MutableRefObject<string>;
}) {
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const responseEditor = useGraphiQL((s) => s.responseEditor);
  const { run } = useGraphiQLActions();
  useEffect(() => {
    if (queryEditor && queryEditor.getValue() !== shown.current) queryEditor.setValue(shown.current);
  }, [queryEditor, shown]);
  useEffect(() => {
    apiRef.current = {
      load(q) {
        shown.current = q.query;
        queryEditor?.setValue(q.query);
        variableEditor?.setValue(q.variables ?? '');
      },
      run,
    };
    onReady(!!(queryEditor && variableEditor && responseEditor));
  }, [apiRef, queryEditor, variableEditor, responseEditor, run, onReady, shown]);
  return null;
}

export default function GraphiQLPane({
  fetcher,
  initial,
  apiRef,
  onReady,
}: {
  fetcher: (p: ExplorerParams, o?: { headers?: Record<string, unknown> }) => Promise<Record<string, unknown>>;
  initial: SavedQuery;
  apiRef: MutableRefObject<ExplorerApi | null>;
  onReady: (ready: boolean) => void;
}) {
  // what the query editor shows (the user's edits included)
  // (a stable callback: GraphiQL re-creates its editor when onEditQuery changes)
  const shown = useRef(initial.query);
  const onEditQuery = useCallback((query: string) => {
    shown.current = query;
  }, []);
  return (
    <GraphiQL
      onEditQuery={onEditQuery}
      fetcher={fetcher as never}
      initialQuery={initial.query}
      initialVariables={initial.variables ?? ''}
      defaultEditorToolsVisibility={!!initial.variables}
      isHeadersEditorEnabled={false}
      shouldPersistHeaders={false}
      forcedTheme="light"
    >
      <GraphiQL.Footer>
        <Bridge apiRef={apiRef} onReady={onReady} shown={shown} />
      </GraphiQL.Footer>
    </GraphiQL>
  );
}
