import type { CombinedError } from 'urql';
import { currentLanguage, errorText, serverErrorMessage, type Label, type PortalLanguage } from '@crm/ui-kit';
import type { FormInstance } from '@crm/ui-kit/forms';

/**
 * The managers subgraph's refusals in the user's words. The kit translates every code and the fields
 * every remote shares; the fields and reasons of tasks, the ledger filter and assessments are this
 * remote's alone (`extensions.field` as the subgraph sends it: outcome, dueOn, filter.maturingWithinDays …),
 * so their words live here, and anything else goes to the kit.
 */
const fieldLabels: Record<string, Label> = {
  outcome: { zh: '完成情况', en: 'Outcome' },
  dueOn: { zh: '到期日', en: 'Due on' },
  title: { zh: '事项', en: 'Task' },
  note: { zh: '备注', en: 'Note' },
  kind: { zh: '任务类型', en: 'Kind' },
  customerId: { zh: '客户', en: 'Customer' },
  managerId: { zh: '客户经理', en: 'Manager' },
  comment: { zh: '我的意见', en: 'Comment' },
  period: { zh: '考核月份', en: 'Month' },
  tiers: { zh: '客户等级', en: 'Tier' },
  maturingWithinDays: { zh: '到期提醒天数', en: 'Falling due within' },
  notContactedForDays: { zh: '未联系天数', en: 'Not contacted for' },
  page: { zh: '页码', en: 'Page' },
  pageSize: { zh: '每页条数', en: 'Page size' },
};

/** Reasons worth more than "not valid", recognised by the subgraph's fixed wording; `$1` is what the pattern captured. */
const reasons: { pattern: RegExp; text: Label }[] = [
  { pattern: /must not be before today/, text: { zh: '“{{field}}”不能早于今天', en: '{{field}} cannot be before today' } },
  { pattern: /must be within a year/, text: { zh: '“{{field}}”须在一年以内', en: '{{field}} must be within a year' } },
  { pattern: /must be a date YYYY-MM-DD/, text: { zh: '“{{field}}”须为日期', en: '{{field}} must be a date' } },
  { pattern: /is required$/, text: { zh: '请填写“{{field}}”', en: '{{field}} is required' } },
  {
    pattern: /must be at most (\d+) characters/,
    text: { zh: '“{{field}}”最多 $1 个字', en: '{{field}} takes at most $1 characters' },
  },
  {
    pattern: /must be a whole number of days from 1 to (\d+)/,
    text: { zh: '“{{field}}”须为 1 到 $1 之间的整数天数', en: '{{field}} must be whole days from 1 to $1' },
  },
  {
    pattern: /^Only an open task can be/,
    text: { zh: '该任务已完成或已取消，不能再修改', en: 'This task is already closed and cannot be changed' },
  },
  { pattern: /already acknowledged/, text: { zh: '该评估已确认过', en: 'This assessment is already acknowledged' } },
  {
    pattern: /neither kept by this manager nor a customer of their unit/,
    text: { zh: '该客户既不由您管户，也不是本机构的客户', en: 'The customer is neither yours nor of your unit' },
  },
];

const pick = (label: Label, lang: PortalLanguage) => (lang === 'en' ? label.en : label.zh);
type OneError = CombinedError['graphQLErrors'][number];

/** The last part of a field path: "filter.maturingWithinDays" → maturingWithinDays, "scores[2].score" → score. */
const lastPart = (field: unknown) =>
  typeof field === 'string'
    ? (field
        .split('.')
        .at(-1)
        ?.replace(/\[\d+\]$/, '') ?? '')
    : '';

function oneErrorText(e: OneError, lang: PortalLanguage): string {
  const code = e.extensions?.code;
  const field = lastPart(e.extensions?.field);
  const label = Object.hasOwn(fieldLabels, field) ? fieldLabels[field] : undefined;
  if (code === 'BAD_USER_INPUT') {
    for (const r of reasons) {
      const m = r.pattern.exec(e.message);
      if (m)
        return pick(r.text, lang)
          .replace('$1', m[1] ?? '')
          .replace('{{field}}', label ? pick(label, lang) : pick({ zh: '此字段', en: 'This field' }, lang));
    }
    if (label) return lang === 'en' ? `${label.en} is not valid: ${e.message}` : `“${label.zh}”的值无效`;
  }
  return serverErrorMessage({ code, message: e.message, field: e.extensions?.field }, lang);
}

/** What went wrong, in the user's language: the first GraphQL error, else the failed round trip (the kit's words). */
export function managerErrorText(error: CombinedError, lang: PortalLanguage = currentLanguage()): string {
  const first = error.graphQLErrors[0];
  return first ? oneErrorText(first, lang) : errorText(error, lang);
}

/**
 * Puts each BAD_USER_INPUT error whose `extensions.field` names a form field on that field, in the
 * user's language; returns the messages that matched none (CONFLICT, NOT_FOUND …) for the form's alert.
 */
export function applyManagerFieldErrors(
  form: FormInstance,
  error: CombinedError,
  fieldNames: readonly string[],
  lang: PortalLanguage = currentLanguage(),
): string[] {
  const unmatched: string[] = [];
  const fields: { name: string; errors: string[] }[] = [];
  for (const e of error.graphQLErrors) {
    const name = lastPart(e.extensions?.field);
    if (e.extensions?.code === 'BAD_USER_INPUT' && name && fieldNames.includes(name))
      fields.push({ name, errors: [oneErrorText(e, lang)] });
    else unmatched.push(oneErrorText(e, lang));
  }
  if (!error.graphQLErrors.length) unmatched.push(errorText(error, lang));
  if (fields.length) form.setFields(fields);
  return unmatched;
}
