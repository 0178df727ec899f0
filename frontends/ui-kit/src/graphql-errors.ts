import type { CombinedError } from 'urql';
import type { FormInstance } from 'antd';
import { currentLanguage, type PortalLanguage } from './portal.i18n';
import { serverErrorMessage } from './server-errors';

type ServerGraphQLError = CombinedError['graphQLErrors'][number];
const graphQLErrorText = (e: ServerGraphQLError, lang: PortalLanguage) =>
  serverErrorMessage({ code: e.extensions?.code, message: e.message, field: e.extensions?.field }, lang);

/**
 * What went wrong, in the user's language (the code's words, the field named; never the server's
 * English in the Chinese UI): the first GraphQL error, else the failed round trip.
 */
export function errorText(error: CombinedError, lang: PortalLanguage = currentLanguage()) {
  const first = error.graphQLErrors[0];
  if (first) return graphQLErrorText(first, lang);
  const status = (error.response as { status?: number } | undefined)?.status;
  return serverErrorMessage(
    { code: status && status >= 400 ? 'HTTP_ERROR' : 'NETWORK_ERROR', message: error.networkError?.message ?? error.message },
    lang,
  );
}

export function errorCode(error: CombinedError | undefined): string | undefined {
  return error?.graphQLErrors.find((e) => e.extensions?.code)?.extensions?.code as string | undefined;
}

export const isConflict = (error: CombinedError | undefined) => errorCode(error) === 'CONFLICT';

/**
 * Puts each BAD_USER_INPUT error with `extensions.field` ("idNumber", "input.idNumber") on the form
 * field of that name, in the user's language. Returns the messages that matched no field, for a general alert.
 */
export function applyServerFieldErrors(
  form: FormInstance,
  error: CombinedError,
  fieldNames: readonly string[],
  lang: PortalLanguage = currentLanguage(),
): string[] {
  const unmatched: string[] = [];
  const fields: { name: string; errors: string[] }[] = [];
  for (const e of error.graphQLErrors) {
    const raw = typeof e.extensions?.field === 'string' ? e.extensions.field : '';
    const name = raw.split('.').at(-1) ?? '';
    if (name && fieldNames.includes(name)) fields.push({ name, errors: [graphQLErrorText(e, lang)] });
    else unmatched.push(graphQLErrorText(e, lang));
  }
  if (!error.graphQLErrors.length) unmatched.push(errorText(error, lang));
  if (fields.length) form.setFields(fields);
  return unmatched;
}
