import { useSyncExternalStore, type MouseEvent } from 'react';

// Navigation inside a remote, in step with the shell: the History API plus a popstate event, which
// the shell (its side menu) and every remote listen to. One copy here, shared as the kit singleton.
const listeners = new Set<() => void>();
if (typeof window !== 'undefined')
  window.addEventListener('popstate', () => {
    for (const l of listeners) l();
  });

/** pushState (or replaceState) + a popstate event, which the shell and the remotes all listen to. */
export function navigateTo(path: string, replace = false) {
  if (path === window.location.pathname) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
}

/** The current path, re-rendering on every navigation. */
export function useLocationPath() {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => {
        listeners.delete(l);
      };
    },
    () => window.location.pathname,
    () => '/',
  );
}

/** onClick for an <a href>: plain clicks navigate in place, modified clicks keep the browser's behaviour (new tab…). */
export function linkClick(path: string) {
  return (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigateTo(path);
  };
}
