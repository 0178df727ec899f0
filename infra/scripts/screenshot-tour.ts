// Every page of the portal as each demo user sees it, in zh-CN and English: full-page screenshots
// in screenshots/tour/ to look at before calling a UI done. Against a running system (`npm start`,
// or PORTAL_URL / GATEWAY_URL), in Debian's headless Chromium.
//   pnpm --filter @crm/infra tour
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { remotesForUser, sectionPath, type LoginResponse, type RemoteManifest } from '@crm/shared-types';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../src/seed';
import { repoPath } from '../src/system/paths';

const PORTAL = process.env.PORTAL_URL ?? 'http://127.0.0.1:5000/';
const GATEWAY = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = repoPath('screenshots/tour');
const LANGUAGES = ['zh-CN', 'en'] as const;

async function login(username: string): Promise<LoginResponse> {
  const res = await fetch(new URL('/auth/login', GATEWAY), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()) as LoginResponse;
}

/** The page has settled: no skeleton, no spinner, no request in flight for half a second. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  await page
    .waitForFunction(() => !document.querySelector('.ant-skeleton, .ant-spin-spinning, [aria-busy="true"]'), null, { timeout: 30_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const shots: string[] = [];
  try {
    for (const demo of DEMO_LOGINS) {
      const session = await login(demo.username);
      const manifest = (await (
        await fetch(new URL('/portal/manifest', GATEWAY), { headers: { authorization: `Bearer ${session.token}` } })
      ).json()) as RemoteManifest;
      const paths = remotesForUser(manifest, session.user).flatMap((r) =>
        (r.sections ?? [{ key: r.name, path: '' }]).map((s) => ({ key: s.key, path: sectionPath(r, s) })),
      );
      for (const lang of LANGUAGES) {
        const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: lang });
        await context.addInitScript(
          ({ s, l }) => {
            localStorage.setItem('bank-crm.lang', l);
            sessionStorage.setItem('bank-crm.session', JSON.stringify({ token: s.token, expiresAt: s.expiresAt, user: s.user }));
          },
          { s: session, l: lang },
        );
        const page = await context.newPage();
        const shoot = async (name: string) => {
          await settled(page);
          const file = join(OUT, `${demo.username}-${lang}-${name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          shots.push(file);
        };
        if (paths.length === 0) {
          await page.goto(PORTAL);
          await shoot('home');
        }
        for (const p of paths) {
          await page.goto(new URL(p.path, PORTAL).href);
          await shoot(p.key);
          // the pages reached from the list: a customer's 360 and the new-customer form
          if (p.key === 'customers') {
            const first = page.locator('[data-testid="customer-table"] tr.ant-table-row a').first();
            if (await first.count()) {
              await first.click();
              await page.getByTestId('customer-360').waitFor({ timeout: 30_000 });
              await shoot('customer-360');
            }
            await page.goto(new URL(`${p.path}/customers/new`, PORTAL).href);
            await shoot('new-customer');
          }
        }
        await context.close();
      }
    }
    // the login page, in both languages
    for (const lang of LANGUAGES) {
      const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: lang });
      await context.addInitScript((l) => localStorage.setItem('bank-crm.lang', l), lang);
      const page = await context.newPage();
      await page.goto(PORTAL);
      await page.getByTestId('login-submit').waitFor();
      const file = join(OUT, `login-${lang}.png`);
      await page.screenshot({ path: file });
      shots.push(file);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`${shots.length} screenshots in ${OUT}`);
  for (const s of shots) console.log(`  ${s}`);
}

await main();
