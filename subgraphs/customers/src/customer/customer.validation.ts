import { isEmail } from 'class-validator';
import { MAX_YUAN } from '@crm/kit';
import { creditCodeError, normalizeCreditCode, normalizeResidentId, parseResidentId, residentIdError } from '@crm/shared-types';
import { CompanySize, ConsentChannel, CustomerKind, CustomerStatus, IncomeBand, type Customer } from './customer.entity';

/**
 * The rules of a customer record, in one place: createCustomer and updateCustomer throw the first
 * failure, the CSV import reports every failure of every row. Field names are the GraphQL input's.
 */
export interface FieldError {
  field: string;
  reason: string;
}

/** What a new customer needs, typed; values come from GraphQL input or a parsed CSV row. */
export interface NewCustomerFields {
  kind?: CustomerKind | null;
  name?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
  email?: string | null;
  gender?: string | null;
  birthDate?: string | null;
  occupation?: string | null;
  incomeBand?: IncomeBand | null;
  industry?: string | null;
  legalRepresentative?: string | null;
  registeredCapital?: number | null;
  companySize?: CompanySize | null;
  marketingConsent?: boolean | null;
  consentChannel?: ConsentChannel | null;
}

/** The same, checked and normalised (trimmed, ID upper-cased, gender and birth date taken from the ID number). */
export interface CustomerDraft {
  kind: CustomerKind;
  name: string;
  idNumber: string;
  phone: string | null;
  address: string | null;
  email: string | null;
  gender: 'M' | 'F' | null;
  birthDate: string | null;
  occupation: string | null;
  incomeBand: IncomeBand | null;
  industry: string | null;
  legalRepresentative: string | null;
  registeredCapital: number | null;
  companySize: CompanySize | null;
  marketingConsent: boolean;
  consentChannel: ConsentChannel | null;
}

export const LIMITS = { name: 200, phone: 20, address: 255, email: 254, occupation: 64, industry: 64, legalRepresentative: 100 } as const;
/** numeric(18,2) */
/** Mainland mobile (11 digits from 13x–19x) or a landline with its area code (010-12345678). */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const blank = (v: string | null | undefined) => v == null || v.trim() === '';
const clean = (v: string | null | undefined) => (blank(v) ? null : v!.trim());

/** Today in the bank's time zone (China has one), "YYYY-MM-DD": no one is born after it. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function isCalendarDate(v: string): boolean {
  if (!DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function text(errors: FieldError[], field: keyof typeof LIMITS, v: string | null | undefined): string | null {
  const value = clean(v);
  if (value && value.length > LIMITS[field]) errors.push({ field, reason: `${field} must be at most ${LIMITS[field]} characters` });
  return value;
}

function contact(errors: FieldError[], input: { phone?: string | null; address?: string | null; email?: string | null }) {
  const phone = clean(input.phone)?.replace(/\s+/g, '') ?? null;
  if (phone && !PHONE.test(phone))
    errors.push({
      field: 'phone',
      reason: 'phone must be an 11-digit mobile number (13x–19x) or a landline with area code, e.g. 010-12345678',
    });
  const email = clean(input.email);
  if (email && (email.length > LIMITS.email || !isEmail(email)))
    errors.push({ field: 'email', reason: 'email must be a valid e-mail address' });
  return { phone, address: text(errors, 'address', input.address), email };
}

function name(errors: FieldError[], v: string | null | undefined): string {
  const value = clean(v);
  if (!value) errors.push({ field: 'name', reason: 'name is required' });
  else if (value.length > LIMITS.name) errors.push({ field: 'name', reason: `name must be at most ${LIMITS.name} characters` });
  return value ?? '';
}

function enumValue<E extends Record<string, string>>(
  errors: FieldError[],
  field: string,
  e: E,
  v: string | null | undefined,
): E[keyof E] | null {
  if (v == null || v === '') return null;
  if (!Object.values(e).includes(v)) errors.push({ field, reason: `${field} must be one of ${Object.values(e).join(', ')}` });
  return v as E[keyof E];
}

function capital(errors: FieldError[], v: number | null | undefined): number | null {
  if (v == null) return null;
  if (!Number.isFinite(v) || v < 0 || v > MAX_YUAN)
    errors.push({ field: 'registeredCapital', reason: 'registeredCapital must be a number of yuan, 0 or more' });
  return v;
}

/** Marketing consent needs the channel it was given through (PIPL: we must be able to show how). */
function consentChannelFor(
  errors: FieldError[],
  consent: boolean | null | undefined,
  channel: string | null | undefined,
): ConsentChannel | null {
  const ch = enumValue(errors, 'consentChannel', ConsentChannel, channel);
  if (consent === true && !ch && !errors.some((e) => e.field === 'consentChannel')) {
    errors.push({ field: 'consentChannel', reason: 'consentChannel is required when marketing consent is given' });
  }
  return ch;
}

function notFor(errors: FieldError[], kind: CustomerKind, input: Record<string, unknown>, fields: string[]) {
  const who = kind === CustomerKind.INDIVIDUAL ? 'individual' : 'corporate';
  for (const f of fields) {
    const v = input[f];
    if (v != null && v !== '') errors.push({ field: f, reason: `${f} does not apply to ${who} customers` });
  }
}
const INDIVIDUAL_ONLY = ['gender', 'birthDate', 'occupation', 'incomeBand'];
const CORPORATE_ONLY = ['legalRepresentative', 'registeredCapital', 'companySize'];

/** Every problem of a new customer record; `draft` is only meaningful when `errors` is empty. */
export function checkNewCustomer(input: NewCustomerFields, today = todayInChina()): { draft: CustomerDraft; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const kind = enumValue(errors, 'kind', CustomerKind, input.kind) as CustomerKind | null;
  if (!kind && !errors.length) errors.push({ field: 'kind', reason: 'kind is required (INDIVIDUAL or CORPORATE)' });
  const draft: CustomerDraft = {
    kind: kind ?? CustomerKind.INDIVIDUAL,
    name: name(errors, input.name),
    idNumber: '',
    ...contact(errors, input),
    gender: null,
    birthDate: null,
    occupation: null,
    incomeBand: null,
    industry: text(errors, 'industry', input.industry),
    legalRepresentative: null,
    registeredCapital: null,
    companySize: null,
    marketingConsent: input.marketingConsent === true,
    consentChannel: consentChannelFor(errors, input.marketingConsent, input.consentChannel),
  };

  const raw = clean(input.idNumber);
  if (!raw)
    errors.push({
      field: 'idNumber',
      reason:
        kind === CustomerKind.CORPORATE
          ? 'idNumber (the unified social credit code) is required'
          : 'idNumber (the resident ID number) is required',
    });
  if (kind === CustomerKind.INDIVIDUAL) {
    notFor(errors, kind, input as Record<string, unknown>, CORPORATE_ONLY);
    if (raw) {
      draft.idNumber = normalizeResidentId(raw);
      const why = residentIdError(draft.idNumber, today);
      if (why) errors.push({ field: 'idNumber', reason: `idNumber is not a valid resident ID number: ${why}` });
    }
    const fromId = draft.idNumber ? parseResidentId(draft.idNumber) : null;
    const gender = clean(input.gender)?.toUpperCase() ?? null;
    if (gender && gender !== 'M' && gender !== 'F') errors.push({ field: 'gender', reason: 'gender must be M or F' });
    else if (gender && fromId && gender !== fromId.gender)
      errors.push({ field: 'gender', reason: `gender ${gender} does not agree with the ID number (${fromId.gender})` });
    const birthDate = clean(input.birthDate);
    if (birthDate && !isCalendarDate(birthDate)) errors.push({ field: 'birthDate', reason: 'birthDate must be a date YYYY-MM-DD' });
    else if (birthDate && fromId && birthDate !== fromId.birthDate)
      errors.push({ field: 'birthDate', reason: `birthDate ${birthDate} does not agree with the ID number (${fromId.birthDate})` });
    draft.gender = fromId?.gender ?? (gender as 'M' | 'F' | null);
    draft.birthDate = fromId?.birthDate ?? birthDate;
    draft.occupation = text(errors, 'occupation', input.occupation);
    draft.incomeBand = enumValue(errors, 'incomeBand', IncomeBand, input.incomeBand);
  } else if (kind === CustomerKind.CORPORATE) {
    notFor(errors, kind, input as Record<string, unknown>, INDIVIDUAL_ONLY);
    if (raw) {
      draft.idNumber = normalizeCreditCode(raw);
      const why = creditCodeError(draft.idNumber);
      if (why) errors.push({ field: 'idNumber', reason: `idNumber is not a valid unified social credit code: ${why}` });
    }
    draft.legalRepresentative = text(errors, 'legalRepresentative', input.legalRepresentative);
    draft.registeredCapital = capital(errors, input.registeredCapital);
    draft.companySize = enumValue(errors, 'companySize', CompanySize, input.companySize);
  }
  return { draft, errors };
}

/** The editable part of a record (UpdateCustomerInput); undefined = leave as is, null = clear. */
export interface CustomerChanges {
  name?: string | null;
  phone?: string | null;
  address?: string | null;
  email?: string | null;
  occupation?: string | null;
  incomeBand?: IncomeBand | null;
  industry?: string | null;
  legalRepresentative?: string | null;
  registeredCapital?: number | null;
  companySize?: CompanySize | null;
  status?: CustomerStatus | null;
  marketingConsent?: boolean | null;
  consentChannel?: ConsentChannel | null;
}

/**
 * Checks an edit of `current` and returns the column values to set (only what changes).
 * Consent: a change of consent or channel is stamped with the time and the channel.
 */
export function checkCustomerChanges(current: Customer, input: CustomerChanges): { set: Partial<Customer>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const set: Partial<Customer> & Record<string, unknown> = {};
  const has = (k: keyof CustomerChanges) => input[k] !== undefined;
  if (current.status === CustomerStatus.MERGED) {
    return {
      set,
      errors: [{ field: 'id', reason: `customer ${current.customerNo} was merged into another record and can no longer be edited` }],
    };
  }
  if (has('name')) set.name = name(errors, input.name);
  const c = contact(errors, input);
  for (const k of ['phone', 'address', 'email'] as const) if (has(k)) set[k] = c[k];
  if (has('industry')) set.industry = text(errors, 'industry', input.industry);
  const forKind =
    current.kind === CustomerKind.INDIVIDUAL ? ['occupation', 'incomeBand'] : ['legalRepresentative', 'registeredCapital', 'companySize'];
  const other = current.kind === CustomerKind.INDIVIDUAL ? CORPORATE_ONLY : ['occupation', 'incomeBand'];
  notFor(errors, current.kind, input as Record<string, unknown>, other);
  if (forKind.includes('occupation') && has('occupation')) set.occupation = text(errors, 'occupation', input.occupation);
  if (forKind.includes('incomeBand') && has('incomeBand')) set.incomeBand = enumValue(errors, 'incomeBand', IncomeBand, input.incomeBand);
  if (forKind.includes('legalRepresentative') && has('legalRepresentative'))
    set.legalRepresentative = text(errors, 'legalRepresentative', input.legalRepresentative);
  if (forKind.includes('registeredCapital') && has('registeredCapital')) set.registeredCapital = capital(errors, input.registeredCapital);
  if (forKind.includes('companySize') && has('companySize'))
    set.companySize = enumValue(errors, 'companySize', CompanySize, input.companySize);
  if (has('status')) {
    if (input.status == null) errors.push({ field: 'status', reason: 'status cannot be cleared' });
    else if (input.status === CustomerStatus.MERGED)
      errors.push({ field: 'status', reason: 'status MERGED is set only by mergeCustomers' });
    else set.status = enumValue(errors, 'status', CustomerStatus, input.status) as CustomerStatus;
  }
  if (has('marketingConsent') || has('consentChannel')) {
    const given = has('marketingConsent') ? input.marketingConsent === true : current.marketingConsent;
    const channel = consentChannelFor(
      errors,
      given,
      has('consentChannel') ? input.consentChannel : given === current.marketingConsent ? current.marketingConsentChannel : null,
    );
    if (given !== current.marketingConsent || channel !== (current.marketingConsentChannel ?? null)) {
      set.marketingConsent = given;
      set.marketingConsentChannel = channel;
      set.marketingConsentAt = new Date();
    }
  }
  return { set, errors };
}
