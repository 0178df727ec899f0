import { useSyncExternalStore } from 'react';

// One clock for every countdown on the page: a single interval, started by the first subscriber.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(l: () => void) {
  listeners.add(l);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const x of listeners) x();
    }, 1000);
  }
  return () => {
    listeners.delete(l);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time, re-rendering every second while mounted. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => (timer ? now : Date.now()),
    () => Date.now(),
  );
}
