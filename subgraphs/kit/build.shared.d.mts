import type { UserConfig } from 'vite';

/** The production build of a backend service: `dist/main.js` from `src/main.ts` (see build.shared.mjs). */
export function serviceBuildConfig(opts?: { root?: string; entry?: string }): UserConfig;
