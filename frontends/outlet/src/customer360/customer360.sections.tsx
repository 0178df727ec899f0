import { useEffect, useState, type ReactNode } from 'react';
import { bankColors, usePortalLanguage } from '@crm/ui-kit';

/**
 * The 360's sections, in page order. The page is long (about 3,400 px): a sticky bar of anchors
 * names every section, a click brings one into view, and `#c360-<section>` in the URL (a deep
 * link, or the bar's last click) opens the page there.
 */
export const C360_SECTIONS = [
  'profile',
  'tier',
  'accounts',
  'transactions',
  'contacts',
  'cases',
  'needs',
  'relationships',
  'surveys',
] as const;
export type C360Section = (typeof C360_SECTIONS)[number];

const labels: Record<C360Section, { zh: string; en: string }> = {
  profile: { zh: '基本信息', en: 'Profile' },
  tier: { zh: '等级与评分', en: 'Tier & scores' },
  accounts: { zh: '账户', en: 'Accounts' },
  transactions: { zh: '交易流水', en: 'Transactions' },
  contacts: { zh: '接触记录', en: 'Contacts' },
  cases: { zh: '服务工单', en: 'Cases' },
  needs: { zh: '客户需求', en: 'Needs' },
  relationships: { zh: '关系', en: 'Relationships' },
  surveys: { zh: '满意度', en: 'Satisfaction' },
};
const navLabel = { zh: '客户信息分区', en: 'Customer sections' };

export const sectionId = (s: C360Section) => `c360-${s}`;
/** the bar's height: a section scrolled to stops below it, not under it */
const BAR = 48;

const sectionOfHash = (hash: string) => C360_SECTIONS.find((s) => `#${sectionId(s)}` === hash);

function bringIntoView(s: C360Section) {
  const el = document.getElementById(sectionId(s));
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  // as an in-page link does: keyboard and screen-reader users continue from the section
  el.focus({ preventScroll: true });
}

/** One section of the page: the bar's target (focusable from the bar, not in the tab order). */
export function C360SectionBlock({ section, children }: { section: C360Section; children: ReactNode }) {
  return (
    <div id={sectionId(section)} data-c360-section={section} tabIndex={-1} style={{ scrollMarginTop: BAR + 8, outline: 'none' }}>
      {children}
    </div>
  );
}

/** The sticky bar of the 360's sections. Render it once the sections are on the page (`ready`). */
export function C360SectionNav({ ready }: { ready: boolean }) {
  const lang = usePortalLanguage() === 'en' ? 'en' : 'zh';
  const [current, setCurrent] = useState<C360Section>(() => sectionOfHash(window.location.hash) ?? 'profile');

  // a deep link (#c360-tier) opens the page at its section, once the sections are there
  useEffect(() => {
    const s = sectionOfHash(window.location.hash);
    if (ready && s) bringIntoView(s);
  }, [ready]);

  // the current section follows the scroll: the last one whose top has passed under the bar
  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        let seen: C360Section = 'profile';
        for (const s of C360_SECTIONS) {
          const el = document.getElementById(sectionId(s));
          if (el && el.getBoundingClientRect().top <= BAR + 16) seen = s;
        }
        setCurrent(seen);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  return (
    <nav
      aria-label={navLabel[lang]}
      data-testid="c360-section-nav"
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 20,
        height: BAR,
        display: 'flex',
        alignItems: 'center',
        gap: 4,
        overflowX: 'auto',
        background: bankColors.paper,
        borderBottom: `1px solid ${bankColors.navy}22`,
        marginInline: -4,
        paddingInline: 4,
      }}
    >
      {C360_SECTIONS.map((s) => {
        const on = s === current;
        return (
          <a
            key={s}
            href={`#${sectionId(s)}`}
            data-testid={`c360-nav-${s}`}
            aria-current={on ? 'location' : undefined}
            onClick={(ev) => {
              ev.preventDefault();
              // the hash is the deep link to the section; the path (the customer) stays as it is
              window.history.replaceState(window.history.state, '', `#${sectionId(s)}`);
              setCurrent(s);
              bringIntoView(s);
            }}
            style={{
              whiteSpace: 'nowrap',
              padding: '6px 12px',
              borderRadius: 6,
              color: on ? '#fff' : bankColors.navy,
              background: on ? bankColors.navy : 'transparent',
              fontWeight: on ? 600 : 400,
              textDecoration: 'none',
            }}
          >
            {labels[s][lang]}
          </a>
        );
      })}
    </nav>
  );
}
