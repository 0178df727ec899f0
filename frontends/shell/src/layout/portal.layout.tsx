import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Button, Layout, Menu, Space, Typography, bankColors, navigateTo, type MenuProps } from '@crm/ui-kit';
import type { RemoteManifestEntry, StaffClaims } from '@crm/shared-types';
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

export function SideNav({ entries, path }: { entries: RemoteManifestEntry[]; path: string }) {
  const { i18n } = useTranslation(SHELL_NS);
  const items: MenuProps['items'] = entries.map((e) => ({
    key: e.name,
    label: (
      <a
        href={e.route}
        data-testid={`nav-${e.name}`}
        onClick={(ev) => {
          ev.preventDefault();
          navigateTo(e.route);
        }}
      >
        {i18n.language === 'en' ? e.title.en : e.title['zh-CN']}
      </a>
    ),
  }));
  const selected = entries.filter((e) => routeOwns(e.route, path)).map((e) => e.name);
  return <Menu mode="inline" items={items} selectedKeys={selected} style={{ height: '100%', borderInlineEnd: 0 }} />;
}

export interface PortalLayoutProps {
  user: StaffClaims;
  entries: RemoteManifestEntry[];
  path: string;
  onSignOut: () => void;
  children: ReactNode;
}

export function PortalLayout({ user, entries, path, onSignOut, children }: PortalLayoutProps) {
  const { t } = useTranslation(SHELL_NS);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          borderBottom: `3px solid ${bankColors.gold}`,
          paddingInline: 24,
        }}
      >
        <Typography.Text data-testid="shell-title" strong style={{ color: '#fff', fontSize: 18 }}>
          {t('bankName')}
        </Typography.Text>
        <Space size="middle" style={{ color: '#fff' }}>
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
      <Layout>
        <Layout.Sider width={200} theme="light">
          <SideNav entries={entries} path={path} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
