import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Button, Layout, Menu, Space, Typography, bankColors, navigateTo, type MenuProps } from '@crm/ui-kit';
import { sectionPath, type RemoteManifestEntry, type StaffClaims } from '@crm/shared-types';
import { SHELL_NS } from '../i18n/shell.i18n';
import { routeOwns } from '../routing/portal.history';
import { LanguageSwitch } from './language.switch';

const StaffOrgUnitQuery = graphql(`
  query StaffOrgUnit {
    me {
      id
      orgUnit {
        id
        name
        nameEn
      }
    }
  }
`);

/** The staff member's org unit name, from the gateway (the token only carries its id). */
function OrgUnitName() {
  const { i18n } = useTranslation(SHELL_NS);
  const [{ data }] = useQuery({ query: StaffOrgUnitQuery });
  const unit = data?.me.orgUnit;
  if (!unit) return null;
  return <span data-testid="shell-org-unit">{i18n.language === 'en' && unit.nameEn ? unit.nameEn : unit.name}</span>;
}

type Title = { 'zh-CN': string; en: string };
interface NavItem {
  key: string;
  path: string;
  title: Title;
  /** the remote this item opens first (its test id `nav-<remote>` stays on the remote's first item) */
  remote?: string;
}

/** One menu item per section of every remote the user has (a remote without sections: its title). */
export function navItems(entries: readonly RemoteManifestEntry[]): NavItem[] {
  return entries.flatMap((e) =>
    e.sections?.length
      ? e.sections.map((s, i) => ({ key: s.key, path: sectionPath(e, s), title: s.title, remote: i === 0 ? e.name : undefined }))
      : [{ key: e.name, path: e.route, title: e.title }],
  );
}

/** The item the path is on: the longest path that owns it ("/outlet/cases" over "/outlet"). */
export function activeNavItem(items: readonly NavItem[], path: string): NavItem | undefined {
  return items.filter((i) => routeOwns(i.path, path)).sort((a, b) => b.path.length - a.path.length)[0];
}

/** The portal's one level of navigation: every page the user may open, in the header. */
export function PortalNav({ items, active }: { items: readonly NavItem[]; active: NavItem | undefined }) {
  const { t, i18n } = useTranslation(SHELL_NS);
  const title = (x: Title) => (i18n.language === 'en' ? x.en : x['zh-CN']);
  const menuItems: MenuProps['items'] = items.map((item) => {
    const text = <span data-testid={`nav-${item.key}`}>{title(item.title)}</span>;
    return {
      key: item.key,
      label: (
        <a
          href={item.path}
          data-testid={item.remote ? `nav-${item.remote}` : undefined}
          aria-current={item === active ? 'page' : undefined}
          onClick={(ev) => {
            ev.preventDefault();
            navigateTo(item.path);
          }}
        >
          {text}
        </a>
      ),
    };
  });
  return (
    <nav aria-label={t('mainNav')} style={{ flex: 1, minWidth: 0 }}>
      <Menu
        mode="horizontal"
        theme="dark"
        // every page stays in sight: no "…" overflow menu hiding a section behind a second level
        disabledOverflow
        items={menuItems}
        selectedKeys={active ? [active.key] : []}
        style={{ background: 'transparent', borderBottom: 0, lineHeight: '61px' }}
      />
    </nav>
  );
}

export interface PortalLayoutProps {
  user: StaffClaims;
  entries: RemoteManifestEntry[];
  path: string;
  onSignOut: () => void;
  /** the page's title when no menu item owns the path (loading, not found) */
  fallbackTitle?: string;
  children: ReactNode;
}

export function PortalLayout({ user, entries, path, onSignOut, fallbackTitle, children }: PortalLayoutProps) {
  const { t, i18n } = useTranslation(SHELL_NS);
  const items = useMemo(() => navItems(entries), [entries]);
  const active = activeNavItem(items, path);
  const title = active ? (i18n.language === 'en' ? active.title.en : active.title['zh-CN']) : (fallbackTitle ?? '');
  const heading = useRef<HTMLHeadingElement>(null);

  // after each navigation, focus (and a screen reader) moves to the new page's heading
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [path]);
  useEffect(() => {
    document.title = title ? `${title} · ${t('bankName')}` : t('bankName');
  }, [title, t]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 24,
          borderBottom: `3px solid ${bankColors.gold}`,
          paddingInline: 24,
        }}
      >
        <Typography.Text data-testid="shell-title" strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('bankName')}
        </Typography.Text>
        <PortalNav items={items} active={active} />
        <Space size="middle" style={{ color: '#fff', whiteSpace: 'nowrap' }}>
          <span>
            <span data-testid="shell-user">{user.name}</span>
            <span style={{ opacity: 0.75, marginInlineStart: 8 }}>
              <OrgUnitName />
            </span>
          </span>
          <LanguageSwitch />
          <Button data-testid="logout" size="small" ghost onClick={onSignOut}>
            {t('signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: '16px 24px 24px', minWidth: 0 }}>
        <Typography.Title
          ref={heading}
          level={1}
          tabIndex={-1}
          data-testid="page-title"
          // focused by script after each navigation (screen readers announce the page); not a control, so no focus ring (as GOV.UK does for tabindex=-1 headings)
          style={{ fontSize: 20, margin: '0 0 12px', outline: 'none' }}
        >
          {title}
        </Typography.Title>
        {children}
      </Layout.Content>
    </Layout>
  );
}
