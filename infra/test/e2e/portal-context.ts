import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { LoginResponse } from '@crm/shared-types';
import type { RunningSystem } from '../../src/system/system';

/**
 * What portal.e2e.test.ts has started (one system, one Chromium for every browser test: the outlet
 * remote's public URL is one fixed port, so two systems cannot run side by side) and its helpers.
 * Each area's browser tests live in their own `*.cases.ts` next to this file and are registered by
 * portal.e2e.test.ts through ./index.ts.
 */
export interface PortalContext {
  readonly system: RunningSystem;
  readonly browser: BrowserContext;
  /** where screenshots go (looked at before a UI is called done) */
  readonly shots: string;
  logIn(page: Page, username: string): Promise<void>;
  apiLogin(username: string): Promise<LoginResponse>;
  /** the outlet's customer list rows */
  tableRows(page: Page): Locator;
}
