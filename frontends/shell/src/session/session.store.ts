import { useSyncExternalStore } from 'react';
import type { LoginResponse, StaffClaims } from '@crm/shared-types';

/** What the shell keeps about the signed-in staff member. sessionStorage: gone with the tab. */
export interface StaffSession {
  token: string;
  expiresAt: string;
  user: StaffClaims;
}

const KEY = 'bank-crm.session';
const listeners = new Set<() => void>();
let current: StaffSession | null = read();

function read(): StaffSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as StaffSession;
    return isExpired(s) ? null : s;
  } catch {
    return null;
  }
}

function isExpired(s: StaffSession) {
  const t = Date.parse(s.expiresAt);
  return Number.isFinite(t) && t <= Date.now();
}

function emit() {
  for (const l of listeners) l();
}

export const sessionStore = {
  get: (): StaffSession | null => (current && isExpired(current) ? null : current),
  start(login: LoginResponse) {
    current = { token: login.token, expiresAt: login.expiresAt, user: login.user };
    sessionStorage.setItem(KEY, JSON.stringify(current));
    emit();
  },
  end() {
    current = null;
    sessionStorage.removeItem(KEY);
    emit();
  },
  token: () => sessionStore.get()?.token ?? null,
  subscribe(l: () => void) {
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  },
};

export function useStaffSession() {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}
