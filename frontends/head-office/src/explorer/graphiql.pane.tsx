// The heavy part of the explorer (GraphiQL 5 + Monaco), loaded on first visit to the explorer only.
import './monaco-workers'; // MonacoEnvironment first: GraphiQL creates editors on mount
import { useEffect, type MutableRefObject } from 'react';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import 'graphiql/style.css';
import type { SavedQuery } from './saved-queries';
import type { ExplorerParams } from './explorer.fetcher';

export interface ExplorerApi {
  load(q: SavedQuery): void;
  run(): void;
}

/** Lives inside GraphiQL's provider: lets the page's saved-query list and Run button drive the editors. */
function Bridge({ apiRef, onReady }: { apiRef: MutableRefObject<ExplorerApi | null>; onReady: (ready: boolean) => void }) {
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const { run } = useGraphiQLActions();
  useEffect(() => {
    apiRef.current = {
      load(q) {
        queryEditor?.setValue(q.query);
        variableEditor?.setValue(q.variables ?? '');
      },
      run,
    };
    // Run is offered only once the query editor exists: a click before that would do nothing
    onReady(!!queryEditor);
  }, [apiRef, queryEditor, variableEditor, run, onReady]);
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
  return (
    <GraphiQL
      fetcher={fetcher as never}
      initialQuery={initial.query}
      initialVariables={initial.variables ?? ''}
      defaultEditorToolsVisibility={!!initial.variables}
      isHeadersEditorEnabled={false}
      shouldPersistHeaders={false}
      forcedTheme="light"
    >
      <GraphiQL.Footer>
        <Bridge apiRef={apiRef} onReady={onReady} />
      </GraphiQL.Footer>
    </GraphiQL>
  );
}
