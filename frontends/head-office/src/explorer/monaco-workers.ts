// Monaco's web workers, bundled by Vite (no CDN). Must run before GraphiQL creates an editor.
//
// A federated remote runs on the shell's origin (5000) while its files come from its own (5002), and
// `new Worker(crossOriginUrl)` throws a SecurityError. So the worker is started from a same-origin
// blob that loads the bundled worker script: a classic `importScripts()` in the build (Vite's worker
// format is iife), a module `import` in dev (Vite serves workers as ES modules, with CORS).
import editorWorkerUrl from 'monaco-editor/esm/vs/editor/editor.worker.js?worker&url';
import jsonWorkerUrl from 'monaco-editor/esm/vs/language/json/json.worker.js?worker&url';
import graphqlWorkerUrl from 'monaco-graphql/esm/graphql.worker.js?worker&url';

export function startWorker(url: string, label: string): Worker {
  const absolute = new URL(url, import.meta.url).href;
  const module = import.meta.env.DEV;
  if (new URL(absolute).origin === window.location.origin)
    return new Worker(absolute, { name: label, type: module ? 'module' : 'classic' });
  const source = module ? `import ${JSON.stringify(absolute)};` : `importScripts(${JSON.stringify(absolute)});`;
  const blob = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return new Worker(blob, { name: label, type: module ? 'module' : 'classic' });
}

(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    switch (label) {
      case 'json':
        return startWorker(jsonWorkerUrl, label);
      case 'graphql':
        return startWorker(graphqlWorkerUrl, label);
      default:
        return startWorker(editorWorkerUrl, label);
    }
  },
};
