import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * axe-core rules the shell owns and that another change fixes (the portal's h1, main landmark and
 * focus-to-heading live in frontends/shell). Empty: with the WCAG 2 A/AA tags the shell's page
 * structure passes; a rule is added here only with the target it skips and why.
 */
const SHELL_OWNED_RULES: readonly string[] = [];

/** Violations that fail the check: what a user of assistive technology cannot get past. */
const BLOCKING = new Set(['critical', 'serious']);

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page as it is now and fails on any critical or
 * serious violation, listing each with its rule, impact and the elements (CSS targets) it hit. The
 * test goes on to its next page and fails at its end (expect.soft). `exclude`: CSS selectors of
 * third-party DOM left out of the check — each use says which violations it leaves, and why.
 */
export async function expectAccessible(page: Page, name: string, opts: { exclude?: readonly string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  if (SHELL_OWNED_RULES.length) builder = builder.disableRules([...SHELL_OWNED_RULES]);
  const { violations } = await builder.analyze();
  const blocking = violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => {
      const targets = v.nodes.map(
        (n) => `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`,
      );
      return `${name}: ${v.id} (${v.impact}, ${v.nodes.length} elements) ${v.help}\n${targets.slice(0, 12).join('\n')}`;
    });
  // soft: one run of the test reports every page's violations, and the test still fails
  expect.soft(blocking, `axe-core on ${name}:\n${blocking.join('\n')}`).toEqual([]);
}
