import { useEffect, useRef } from 'react';
import { creditCodeError, normalizeCreditCode, normalizeResidentId, residentIdError } from '@crm/shared-types';
import type { FormInstance, FormRule } from '@crm/ui-kit/forms';
import type { TFunction } from 'i18next';

/** Labels are translated at render, so on a language switch the visible errors are validated again. */
export function useRevalidateOnLanguageChange(form: FormInstance, language: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const shown = form
      .getFieldsError()
      .filter((f) => f.errors.length)
      .map((f) => f.name);
    if (shown.length) form.validateFields(shown).catch(() => undefined);
  }, [language, form]);
}

export const requiredRule = (t: TFunction, field: string, choice = false): FormRule => ({
  required: true,
  whitespace: !choice,
  message: t(choice ? 'requiredChoice' : 'required', { field: t(field) }),
});
export const maxRule = (t: TFunction, field: string, max: number): FormRule => ({ max, message: t('maxLength', { field: t(field), max }) });
/** At least `min` characters once trimmed (an empty value is left to the required rule). */
export const minRule = (t: TFunction, field: string, min: number): FormRule => ({
  validator: async (_, value: unknown) => {
    if (typeof value === 'string' && value.trim() && value.trim().length < min) throw new Error(t('minLength', { field: t(field), min }));
  },
});

/** Trims '' and whitespace-only strings to undefined, so optional fields are simply left out. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const x = typeof v === 'string' ? v.trim() : v;
    if (x !== undefined && x !== null && x !== '') out[k] = x;
  }
  return out as Partial<T>;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The checksum checks of @crm/shared-types (the ones the server runs), with their reasons translated.
 * Returns null when the number is valid.
 */
export function idNumberProblem(kind: 'INDIVIDUAL' | 'CORPORATE', raw: string, t: TFunction): string | null {
  if (kind === 'INDIVIDUAL') {
    const reason = residentIdError(normalizeResidentId(raw), today());
    if (!reason) return null;
    if (reason.startsWith('must be 18')) return t('idLength');
    if (reason.startsWith('must be 17')) return t('idFormat');
    if (reason.startsWith('unknown province')) return t('idProvince');
    if (reason.includes('future')) return t('idFuture');
    if (reason.startsWith('invalid birth')) return t('idBirthDate');
    return t('idCheck');
  }
  const reason = creditCodeError(normalizeCreditCode(raw));
  if (!reason) return null;
  if (reason.startsWith('must be 18')) return t('idLength');
  if (reason.startsWith('organisation code')) return t('ccOrgCheck');
  if (reason.startsWith('check character')) return t('ccCheck');
  return t('ccFormat');
}
