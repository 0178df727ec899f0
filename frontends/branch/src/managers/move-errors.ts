import type { CombinedError } from 'urql';
import { currentLanguage, errorText, type PortalLanguage } from '@crm/ui-kit';

type Pair = { zh: string; en: string };

/**
 * Refusals of a portfolio move in the user's words, from the error's code and field (and, where one
 * code covers two cases, the server's fixed wording); anything else in the kit's words for its code.
 * Never the server's English in the Chinese UI.
 */
const refusals: { code: string; field?: string; pattern?: RegExp; text: Pair }[] = [
  {
    code: 'FORBIDDEN',
    pattern: /approved by a leader other than/,
    text: { zh: '调整申请须由申请人以外的另一位行领导批准', en: 'Another leader than the one who asked must approve this move' },
  },
  {
    code: 'CONFLICT',
    pattern: /already awaits approval/,
    text: {
      zh: '该客户经理已有一项整体移交待复核，请先批准或驳回',
      en: 'A move of this manager’s portfolio already awaits approval: approve or reject it first',
    },
  },
  {
    code: 'CONFLICT',
    text: {
      zh: '这些客户的客户经理刚被他人调整，请刷新后重试',
      en: 'Someone changed these customers’ managers in the meantime: reload and try again',
    },
  },
  {
    code: 'NOT_FOUND',
    field: 'customerIds',
    text: { zh: '所选客户中有不在您数据范围内或已不存在的客户', en: 'A chosen customer is outside your scope or no longer exists' },
  },
  {
    code: 'NOT_FOUND',
    pattern: /^Portfolio transfer/,
    text: { zh: '该调整申请不存在，或不在您的数据范围内', en: 'This request does not exist or is outside your scope' },
  },
  {
    code: 'NOT_FOUND',
    text: { zh: '该客户经理不在您的数据范围内，或已不存在', en: 'This manager is outside your scope or no longer exists' },
  },
  {
    code: 'BAD_USER_INPUT',
    field: 'toManagerId',
    pattern: /another manager/,
    text: { zh: '接收客户经理不能是原客户经理', en: 'The new manager must be another manager' },
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /no longer active/,
    text: { zh: '该客户经理已不在岗，请选择其他客户经理', en: 'This manager is no longer active: choose another' },
  },
  {
    code: 'BAD_USER_INPUT',
    field: 'fromManagerId',
    text: { zh: '该客户经理在您的数据范围内没有客户', en: 'This manager keeps no customers in your scope' },
  },
  {
    code: 'BAD_USER_INPUT',
    field: 'customerIds',
    text: {
      zh: '所选客户有误：须为 1–500 位未销户的客户，且不重复',
      en: 'The chosen customers are not valid: 1 to 500 open customers, each once',
    },
  },
  {
    code: 'BAD_USER_INPUT',
    field: 'handoverNote',
    text: { zh: '交接说明最多 1000 个字', en: 'The handover note takes at most 1,000 characters' },
  },
  {
    code: 'BAD_USER_INPUT',
    field: 'id',
    pattern: /already (approved|rejected)/,
    text: { zh: '该调整申请已被处理，请刷新后查看', en: 'This request was already decided: reload to see it' },
  },
];

const lastPart = (field: unknown) => (typeof field === 'string' ? (field.split('.').at(-1) ?? '') : '');

/** What went wrong with a move, approval or rejection, in the user's language. */
export function moveErrorText(error: CombinedError, lang: PortalLanguage = currentLanguage()): string {
  const first = error.graphQLErrors[0];
  if (first) {
    const code = first.extensions?.code;
    const field = lastPart(first.extensions?.field);
    const hit = refusals.find((r) => r.code === code && (!r.field || r.field === field) && (!r.pattern || r.pattern.test(first.message)));
    if (hit) return lang === 'en' ? hit.text.en : hit.text.zh;
  }
  return errorText(error, lang);
}
