import { useSyncExternalStore } from 'react';

// Plain History API routing: the portal only needs one route per remote.
const listeners = new Set<() => void>();
function notify() {
  for (const l of listeners) l();
}
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

export function navigate(path: string, replace = false) {
  if (path === window.location.pathname) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  notify();
}

export function usePathname() {
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

/** Which manifest route owns the path: "/outlet/customers/1" belongs to "/outlet". */
export function routeOwns(route: string, path: string) {
  const r = route.replace(/\/+$/, '');
  return path === r || path.startsWith(`${r}/`);
}
