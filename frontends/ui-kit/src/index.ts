// @crm/ui-kit — the one UI kit, shared as a module-federation singleton.
// Named re-exports only: the shared chunk holds exactly the antd components listed here.
export {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Layout,
  Menu,
  Result,
  Row,
  Segmented,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
export type { FormInstance, MenuProps, TableColumnsType, TablePaginationConfig, TableProps } from 'antd';

export { bankTheme, bankColors, bankChartPalette } from './bank.theme';
export { PortalProvider, usePortalLanguage } from './portal.provider';
export {
  PORTAL_LANGUAGES,
  DEFAULT_LANGUAGE,
  isPortalLanguage,
  initPortalI18n,
  addPortalNamespace,
  usePortalTranslation,
  currentLanguage,
  type PortalLanguage,
  type NamespaceResources,
} from './portal.i18n';
