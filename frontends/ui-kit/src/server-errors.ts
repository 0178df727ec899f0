import { CLIENT_ERROR_CODES } from '@crm/shared-types';
import type { PortalLanguage } from './portal.i18n';
import type { Label } from './tiers';

/**
 * Every error code a server of the bank sends: the subgraphs' client codes (`CLIENT_ERROR_CODES` of
 * @crm/shared-types, which the kit enforces) plus the generic INTERNAL_SERVER_ERROR, the gateway's (cost limit, method,
 * upstream), the login route's (TOO_MANY_ATTEMPTS), and the portal's own for a failed round trip
 * (NETWORK_ERROR, HTTP_ERROR). A new code needs both words below, or the map does not compile.
 */
export const serverErrorCodes = [
  ...CLIENT_ERROR_CODES,
  'INTERNAL_SERVER_ERROR',
  'COST_LIMIT',
  'METHOD_NOT_ALLOWED',
  'UPSTREAM_UNAVAILABLE',
  'TOO_MANY_ATTEMPTS',
  'NETWORK_ERROR',
  'HTTP_ERROR',
  'UNKNOWN',
] as const;
export type ServerErrorCode = (typeof serverErrorCodes)[number];

/** `{{field}}` is the field's label in the user's language. */
const codeTexts: Record<ServerErrorCode, Label> = {
  UNAUTHENTICATED: { zh: '登录已失效，请重新登录', en: 'Your session has ended: please sign in again' },
  FORBIDDEN: { zh: '此操作不被允许', en: 'This action is not allowed' },
  BAD_USER_INPUT: { zh: '“{{field}}”的值无效', en: '“{{field}}” is not valid' },
  NOT_FOUND: { zh: '未找到该记录，可能已被删除', en: 'The record was not found; it may have been removed' },
  CONFLICT: { zh: '该记录已被他人修改，请刷新后重试', en: 'Someone else changed this record: reload it and try again' },
  GRAPHQL_PARSE_FAILED: { zh: '查询语句有语法错误', en: 'The query has a syntax error' },
  GRAPHQL_VALIDATION_FAILED: { zh: '查询语句与接口不符', en: 'The query does not match the API' },
  BAD_REQUEST: { zh: '请求无效或过大', en: 'The request is not valid or too large' },
  PERSISTED_QUERY_NOT_FOUND: { zh: '页面版本已更新，请刷新页面', en: 'The portal was updated: reload the page' },
  OPERATION_RESOLUTION_FAILURE: { zh: '无法确定要执行的查询', en: 'Could not tell which operation to run' },
  RATE_LIMITED: { zh: '操作过于频繁，请稍后再试', en: 'Too many requests: try again later' },
  INTERNAL_SERVER_ERROR: { zh: '服务器内部错误，请稍后重试', en: 'Internal server error: try again later' },
  COST_LIMIT: { zh: '查询范围过大，请缩小范围后重试', en: 'The query asks for too much: narrow it down' },
  METHOD_NOT_ALLOWED: { zh: '不支持的请求方式', en: 'This request method is not supported' },
  UPSTREAM_UNAVAILABLE: { zh: '后台服务暂时不可用，请稍后重试', en: 'A backing service is unavailable: try again shortly' },
  TOO_MANY_ATTEMPTS: { zh: '登录失败次数过多，请稍后再试', en: 'Too many failed attempts: try again later' },
  NETWORK_ERROR: { zh: '无法连接服务器，请检查网络后重试', en: 'Could not reach the server: check the network and try again' },
  HTTP_ERROR: { zh: '服务器返回错误，请稍后重试', en: 'The server answered with an error: try again later' },
  UNKNOWN: { zh: '操作未能完成，请稍后重试', en: 'The action could not be completed: try again later' },
};

/**
 * Refusals with a reason of their own, recognised by the server's fixed wording (the kit's
 * PERMISSION_DENIED, the maker-checker rule, the login's wrong credentials, a duplicate ID number);
 * `$1` is what the pattern captured (a customer's number and name).
 */
const reasonTexts: { code: ServerErrorCode; pattern: RegExp; text: Label }[] = [
  {
    code: 'FORBIDDEN',
    pattern: /^Your role does not allow this/,
    text: { zh: '您的角色无权执行此操作', en: 'Your role does not allow this action' },
  },
  {
    code: 'FORBIDDEN',
    pattern: /^a tier policy must be approved by someone other than its author/,
    text: { zh: '分层政策须由起草人以外的另一位分析师审批', en: 'A tier policy must be approved by someone other than its author' },
  },
  { code: 'UNAUTHENTICATED', pattern: /^Wrong username or password/, text: { zh: '用户名或密码错误', en: 'Wrong username or password' } },
  // the kit's input checks (subgraphs/kit/src/input-checks.ts, class-validator's length rules): the
  // reason survives translation, the field named in the user's language
  {
    code: 'BAD_USER_INPUT',
    pattern: /^\S+ must be at least (\d+) characters/,
    text: { zh: '“{{field}}”至少需要 $1 个字', en: '“{{field}}” needs at least $1 characters' },
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^\S+ must be (?:at most|shorter than or equal to) (\d+) characters/,
    text: { zh: '“{{field}}”最多 $1 个字', en: '“{{field}}” takes at most $1 characters' },
  },
  { code: 'BAD_USER_INPUT', pattern: /^\S+ is required/, text: { zh: '请填写“{{field}}”', en: '“{{field}}” is required' } },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^\S+ must not be in the future/,
    text: { zh: '“{{field}}”不能晚于现在', en: '“{{field}}” cannot be in the future' },
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^a customer with this ID number already exists: (.+?)( \(a merged record\))?$/,
    text: { zh: '该证件号码已有客户：$1', en: 'A customer with this ID number already exists: $1' },
  },
];

/** A message the server already wrote in Chinese (Han characters in it) is shown as it is in zh-CN. */
const isChinese = (message: string) => /\p{Script=Han}/u.test(message);

/** Field names the servers put in `extensions.field` (the last part of a dotted path). */
const fieldLabels: Record<string, Label> = {
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  name: { zh: '名称', en: 'Name' },
  effectiveFrom: { zh: '生效日期', en: 'Effective from' },
  asOf: { zh: '数据日期', en: 'As-of date' },
  scheme: { zh: '分层体系', en: 'Tier scheme' },
  rules: { zh: '分层规则', en: 'Tier rules' },
  tier: { zh: '层级', en: 'Tier' },
  condition: { zh: '条件', en: 'Condition' },
  metric: { zh: '指标', en: 'Metric' },
  op: { zh: '比较方式', en: 'Comparison' },
  value: { zh: '门槛值', en: 'Threshold' },
  assetCoefficients: { zh: '资产折算系数', en: 'Asset coefficients' },
  deposit: { zh: '存款系数', en: 'Deposit coefficient' },
  wealth: { zh: '理财系数', en: 'Wealth coefficient' },
  timeDeposit: { zh: '定期系数', en: 'Time-deposit coefficient' },
  id: { zh: '记录', en: 'Record' },
  idNumber: { zh: '证件号码', en: 'ID number' },
  phone: { zh: '手机号码', en: 'Phone' },
  homeOrgUnitId: { zh: '归属机构', en: 'Home unit' },
  purpose: { zh: '查看目的', en: 'Purpose' },
  reason: { zh: '原因', en: 'Reason' },
  note: { zh: '备注', en: 'Note' },
  kind: { zh: '关系类型', en: 'Relationship' },
  customerId: { zh: '客户', en: 'Customer' },
  from: { zh: '开始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
  minAmount: { zh: '最小金额', en: 'Minimum amount' },
  nextStepDue: { zh: '下一步日期', en: 'Next step due' },
  csat: { zh: '满意度评分', en: 'CSAT' },
  nps: { zh: '推荐度评分', en: 'NPS' },
  page: { zh: '页码', en: 'Page' },
  title: { zh: '标题', en: 'Title' },
  description: { zh: '内容', en: 'Description' },
  category: { zh: '类别', en: 'Category' },
  severity: { zh: '严重程度', en: 'Severity' },
  pageSize: { zh: '每页条数', en: 'Page size' },
};
const someField: Label = { zh: '此字段', en: 'this field' };

const pick = (label: Label, lang: PortalLanguage) => (lang === 'en' ? label.en : label.zh);

/** The closed code of whatever a server sent (UNKNOWN for a code this portal does not know yet). */
export function serverErrorCode(code: unknown): ServerErrorCode {
  return typeof code === 'string' && (serverErrorCodes as readonly string[]).includes(code) ? (code as ServerErrorCode) : 'UNKNOWN';
}

/** The label of a field named in `extensions.field` ("input.effectiveFrom" → 生效日期), or "this field". */
export function serverFieldLabel(field: string | undefined, lang: PortalLanguage): string {
  const last =
    field
      ?.split('.')
      .at(-1)
      ?.replace(/\[\d+\]$/, '') ?? '';
  return pick((Object.hasOwn(fieldLabels, last) ? fieldLabels[last] : undefined) ?? someField, lang);
}

const fieldLabel = (field: unknown, lang: PortalLanguage) => serverFieldLabel(typeof field === 'string' ? field : undefined, lang);

/**
 * One server error in the user's language. In English the server's own (English) message follows as
 * detail when it says more than the code's words; in Chinese only the words of this table are shown.
 */
export function serverErrorMessage(error: { code?: unknown; message?: string; field?: unknown }, lang: PortalLanguage): string {
  const code = serverErrorCode(error.code);
  const message = error.message ?? '';
  for (const r of reasonTexts) {
    const m = r.code === code ? r.pattern.exec(message) : null;
    if (m)
      return pick(r.text, lang)
        .replace('$1', m[1] ?? '')
        .replace('{{field}}', fieldLabel(error.field, lang));
  }
  if (lang === 'zh-CN' && isChinese(message)) return message;
  const text = pick(codeTexts[code], lang).replace('{{field}}', fieldLabel(error.field, lang));
  const detailed = lang === 'en' && message && code !== 'INTERNAL_SERVER_ERROR' && code !== 'NETWORK_ERROR' && code !== 'UNKNOWN';
  return detailed ? `${text}: ${message}` : text;
}

/**
 * A refusal of the login route (or a failed round trip to it) in the user's language: there, a 401
 * means wrong credentials, not an ended session. Anything that is not a refusal with a code (the
 * browser's "Failed to fetch") is a network error.
 */
export function loginErrorMessage(error: unknown, lang: PortalLanguage): string {
  const e = error as { status?: unknown; code?: unknown; message?: string; field?: unknown } | null;
  if (!e || typeof e.code !== 'string') return serverErrorMessage({ code: 'NETWORK_ERROR' }, lang);
  if (e.status === 401 || e.code === 'UNAUTHENTICATED') return pick(wrongCredentials, lang);
  return serverErrorMessage({ code: e.code, message: e.message, field: e.field }, lang);
}
const wrongCredentials: Label = { zh: '用户名或密码错误', en: 'Wrong username or password' };
