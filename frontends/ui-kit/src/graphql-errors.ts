import type { CombinedError } from 'urql';
import type { FormInstance } from 'antd';

/** The server's own words; urql would prefix "[GraphQL]". */
export function errorText(error: CombinedError) {
  return error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
}

export function errorCode(error: CombinedError | undefined): string | undefined {
  return error?.graphQLErrors.find((e) => e.extensions?.code)?.extensions?.code as string | undefined;
}

export const isConflict = (error: CombinedError | undefined) => errorCode(error) === 'CONFLICT';

/**
 * Puts each BAD_USER_INPUT error with `extensions.field` ("idNumber", "input.idNumber") on the form
 * field of that name. Returns the messages that matched no field, for a general alert.
 */
export function applyServerFieldErrors(form: FormInstance, error: CombinedError, fieldNames: readonly string[]): string[] {
  const unmatched: string[] = [];
  const fields: { name: string; errors: string[] }[] = [];
  for (const e of error.graphQLErrors) {
    const raw = typeof e.extensions?.field === 'string' ? e.extensions.field : '';
    const name = raw.split('.').at(-1) ?? '';
    if (name && fieldNames.includes(name)) fields.push({ name, errors: [e.message] });
    else unmatched.push(e.message);
  }
  if (!error.graphQLErrors.length) unmatched.push(errorText(error));
  if (fields.length) form.setFields(fields);
  return unmatched;
}
