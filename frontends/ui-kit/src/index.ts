// @crm/ui-kit — the one UI kit, shared as a module-federation singleton.
// Named re-exports only: the shared chunk holds exactly the antd components listed here — what a
// page needs for its first rows. Forms, dialogs and detail views are in @crm/ui-kit/forms, charts in
// @crm/ui-kit/charts, so the shell's first download stays small.
export {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  InputNumber,
  Layout,
  Menu,
  Radio,
  Result,
  Row,
  Segmented,
  Select,
  Space,
  Spin,
  Statistic,
  Switch,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
export type { MenuProps, SelectProps, TableColumnsType, TablePaginationConfig, TableProps, TabsProps } from 'antd';

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
// mechanisms every remote shares: navigation in step with the shell, server errors, server paging
export { navigateTo, useLocationPath, linkClick } from './remote-routing';
export { errorText, errorCode, isConflict, applyServerFieldErrors } from './graphql-errors';
export {
  serverErrorCodes,
  serverErrorCode,
  serverErrorMessage,
  serverFieldLabel,
  loginErrorMessage,
  type ServerErrorCode,
} from './server-errors';
export { serverPagination, PAGE_SIZES, type Paging } from './server-pagination';
export { repeatAliased } from './repeat-aliased';
// words and numbers every remote shows: tiers, schemes and metrics ({ zh, en } per code), money and counts
export {
  labelIn,
  labelStrings,
  tierOrders,
  tierOrder,
  tierRank,
  tierColors,
  tierLabels,
  tierLabel,
  untieredLabel,
  tierSchemeLabels,
  scoreMetricLabels,
  scoreMetricLabel,
  amountMetrics,
  type Label,
  type TierCode,
  type TierSchemeCode,
  type ValuePyramidTier,
  type QualityLadderTier,
  type ScoreMetricCode,
} from './tiers';
export { TierTag } from './tier-tag';
export { PageTitle } from './page-title';
// a tier rule in words, generated from the rule in the reader's language (policy editor, customer 360)
export {
  describeTierRule,
  describeCondition,
  metricValue,
  metricName,
  amountWords,
  comparisonSymbol,
  tierAsCustomer,
  type TierRuleCondition,
  type MetricComparison,
} from './tier-rules';
export {
  bankTimeZone,
  numberLocale,
  money,
  moneyCompact,
  moneyInUnits,
  count,
  decimal,
  date,
  dateTime,
  unitName,
  nameIn,
  type OrgUnitName,
  type BilingualName,
} from './format';
// closed sets of the API and their words: one label map per language, typed over the enum
export {
  churnReasonLabels,
  churnReasonLabel,
  churnReasonDetail,
  churnReasonText,
  type ChurnReason,
  type ChurnReasonCode,
} from './churn-reasons';
// closed sets: the API's enums (generated from the supergraph, `@crm/ui-kit/schema-types`), listed in full in display order
export { closedSet } from './closed-set';
