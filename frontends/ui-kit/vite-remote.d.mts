import type { ConfigEnv } from 'vite';
import type { UserConfig } from 'vitest/config';

export function remoteViteConfig(remote: {
  name: string;
  exposes: Record<string, string>;
  portEnv: string;
  defaultPort: number;
  publicUrlEnv: string;
  /** merged over the shared setup (vite's mergeConfig: arrays concatenate, objects merge) */
  extra?: UserConfig;
}): (env: ConfigEnv) => UserConfig;

/** Build and component-test settings of every portal app, the shell included. */
export const portalBuildAndTest: Pick<UserConfig, 'build' | 'test'>;
export function graphqlDocumentImports(): import('vite').Plugin;
export function preloadHostShares(): import('vite').Plugin;
