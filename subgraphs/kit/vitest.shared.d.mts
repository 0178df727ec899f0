import type { UserConfig } from 'vitest/config';

export function backendTestConfig(opts?: { globalSetup?: string[]; testTimeout?: number; hookTimeout?: number }): UserConfig;
