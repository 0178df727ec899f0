// The customer generator: a lazy, deterministic stream of customers — O(1) memory for any count.
// Uniqueness of ID numbers and credit codes is by construction (keyed permutations of per-region
// and per-style counters), so nothing has to be remembered or deduplicated.
import { makeCreditCode, makeResidentId, CREDIT_CODE_CHARSET } from '@crm/shared-types';
import { cityOfBranch, type City, MOBILE_PREFIXES } from './geo';
import type { Outlet } from './bank';
import { companyName, personName } from './names';
import { keyedPermutation, Rng, Weighted } from './prng';

export type CustomerKind = 'INDIVIDUAL' | 'CORPORATE';
export type CustomerStatus = 'ACTIVE' | 'DORMANT' | 'CLOSED';

export interface CustomerRow {
  id: number;
  customerNo: string;
  kind: CustomerKind;
  name: string;
  /** resident ID number (individuals) or unified social credit code (companies) */
  idNumber: string;
  phone: string;
  address: string;
  gender: 'M' | 'F' | null;
  /** YYYY-MM-DD, individuals only */
  birthDate: string | null;
  homeOrgUnitId: number;
  homeOrgPath: string;
  status: CustomerStatus;
  /** ISO timestamp (UTC) */
  createdAt: string;
  // the fuller record (filled by the population, see population.ts; null/false from this stream alone)
  email: string | null;
  occupation: string | null;
  incomeBand: IncomeBand | null;
  industry: string | null;
  legalRepresentative: string | null;
  /** yuan, whole */
  registeredCapital: number | null;
  companySize: CompanySize | null;
  marketingConsent: boolean;
  /** ISO timestamp (UTC) */
  marketingConsentAt: string | null;
  marketingConsentChannel: ConsentChannel | null;
}

export type IncomeBand = 'LOW' | 'LOWER_MIDDLE' | 'MIDDLE' | 'UPPER_MIDDLE' | 'HIGH';
export type CompanySize = 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE';
export type ConsentChannel = 'COUNTER' | 'MOBILE' | 'ONLINE' | 'PHONE' | 'PAPER';
const EXTRA = {
  email: null,
  occupation: null,
  incomeBand: null,
  industry: null,
  legalRepresentative: null,
  registeredCapital: null,
  companySize: null,
  marketingConsent: false,
  marketingConsentAt: null,
  marketingConsentChannel: null,
} as const;

/** The COPY column list matching `toCopyLine`. */
export const CUSTOMER_COLUMNS = [
  'id',
  'customer_no',
  'kind',
  'name',
  'id_number',
  'phone',
  'address',
  'gender',
  'birth_date',
  'home_org_unit_id',
  'home_org_path',
  'status',
  'created_at',
  'updated_at',
  'email',
  'occupation',
  'income_band',
  'industry',
  'legal_representative',
  'registered_capital',
  'company_size',
  'marketing_consent',
  'marketing_consent_at',
  'marketing_consent_channel',
] as const;

export const CORPORATE_SHARE = 0.15;
const DAY = 86_400_000;
const BIRTH_FROM = Date.UTC(1950, 0, 1);
const BIRTH_DAYS = (Date.UTC(2005, 11, 31) - BIRTH_FROM) / DAY + 1;
/** sequence codes 001–999 per region and birth date */
const SEQUENCES = 999;
/** customers became customers between these instants */
const OPEN_FROM = Date.UTC(2006, 0, 1);
const OPEN_TO = Date.UTC(2025, 11, 31);
/** new enterprises got "MA…" organisation codes once credit codes were introduced (late 2015) */
const CREDIT_CODE_ERA = Date.UTC(2015, 9, 1);
const NEW_STYLE_DOMAIN = 31 ** 6; // "MA" + 6 characters of the credit-code set
const OLD_STYLE_DOMAIN = 10 ** 8; // 8 digits

const statuses = new Weighted<CustomerStatus>([
  ['ACTIVE', 90],
  ['DORMANT', 8],
  ['CLOSED', 2],
]);
const mobilePrefixes = new Weighted(MOBILE_PREFIXES);

export function customerNo(id: number): string {
  if (id > 899_999_999) throw new Error(`customer id ${id} does not fit customer_no C + 9 digits`);
  return `C${100_000_000 + id}`;
}

function mobile(rng: Rng): string {
  return mobilePrefixes.pick(rng) + rng.digits(8);
}

function landline(rng: Rng, city: City): string {
  return `${city.areaCode}-${rng.between(5, 8)}${rng.digits(7)}`;
}

interface Counter {
  next: number;
  permute: (x: number) => number;
}

/** A moment on a day in [from, to], in business hours 09:00–17:00 Beijing time (01:00–09:00 UTC), whole seconds. */
export function businessTime(rng: Rng, from: number, to: number): number {
  const first = Math.ceil(from / DAY),
    last = Math.floor(to / DAY);
  return (first + rng.int(last - first + 1)) * DAY + 3600_000 + rng.int(8 * 3600) * 1000;
}

/**
 * Customers 1…count (ids from `firstId`), lazily. Same seed and outlets → the same customers,
 * byte for byte.
 */
export function* generateCustomers(opts: {
  seed: string;
  count: number;
  outlets: readonly Outlet[];
  firstId?: number;
}): Generator<CustomerRow> {
  const { seed, count, outlets } = opts;
  const firstId = opts.firstId ?? 1;
  const rng = new Rng(`${seed}/customers`);
  // busy city-centre outlets get more customers; a seeded jitter keeps neighbours from being equal
  const jitter = new Rng(`${seed}/outlet-weights`);
  const outletPicker = new Weighted(outlets.map((x) => [x, x.weight * (0.8 + 0.4 * jitter.float())] as const));
  const cities = new Map(outlets.map((x) => [x.branch, cityOfBranch(x.branch)]));
  const idCounters = new Map<string, Counter>();
  const newStyle: Counter = { next: 0, permute: keyedPermutation(NEW_STYLE_DOMAIN, `${seed}/uscc-new`) };
  const oldStyle: Counter = { next: 0, permute: keyedPermutation(OLD_STYLE_DOMAIN, `${seed}/uscc-old`) };

  const take = (counter: Counter, domain: number, what: string): number => {
    if (counter.next >= domain) throw new Error(`ran out of unique ${what} (${domain})`);
    return counter.permute(counter.next++);
  };

  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const outlet = outletPicker.pick(rng);
    const city = cities.get(outlet.branch)!;
    const corporate = rng.chance(CORPORATE_SHARE);
    const status = statuses.pick(rng);
    const district = rng.chance(0.75) ? city.districts.find((d) => d.code === outlet.district)! : rng.pick(city.districts);
    const street = rng.pick(district.streets);
    const number = rng.between(1, 399);

    if (!corporate) {
      // the ID's region: where the customer was registered at birth — usually where they live
      const region = rng.chance(0.65) ? district.code : rng.pick(city.districts).code;
      let counter = idCounters.get(region);
      if (!counter)
        idCounters.set(region, (counter = { next: 0, permute: keyedPermutation(BIRTH_DAYS * SEQUENCES, `${seed}/rid/${region}`) }));
      const x = take(counter, BIRTH_DAYS * SEQUENCES, `resident ID numbers in region ${region}`);
      const born = BIRTH_FROM + Math.floor(x / SEQUENCES) * DAY;
      const sequence = 1 + (x % SEQUENCES);
      const birthDate = new Date(born).toISOString().slice(0, 10);
      const gender = sequence % 2 === 1 ? 'M' : 'F';
      const name = personName(rng, gender, Number(birthDate.slice(0, 4)));
      const phone = mobile(rng);
      const address = `${city.name}${district.name}${street}${number}号${rng.between(1, 30)}号楼${rng.between(1, 6)}单元${rng.between(1, 28)}${String(rng.between(1, 4)).padStart(2, '0')}室`;
      const adult = born + Math.round(18 * 365.25 * DAY);
      const createdAt = new Date(businessTime(rng, Math.max(OPEN_FROM, adult), OPEN_TO)).toISOString();
      yield {
        id,
        customerNo: customerNo(id),
        kind: 'INDIVIDUAL',
        name,
        idNumber: makeResidentId(region, birthDate, sequence),
        phone,
        address,
        gender,
        birthDate,
        homeOrgUnitId: outlet.id,
        homeOrgPath: outlet.path,
        status,
        createdAt,
        ...EXTRA,
      };
    } else {
      const created = businessTime(rng, OPEN_FROM, OPEN_TO);
      let body: string;
      if (created >= CREDIT_CODE_ERA) {
        let x = take(newStyle, NEW_STYLE_DOMAIN, 'new-style organisation codes');
        body = '';
        for (let k = 0; k < 6; k++, x = Math.floor(x / 31)) body = CREDIT_CODE_CHARSET[x % 31] + body;
        body = 'MA' + body;
      } else {
        body = String(take(oldStyle, OLD_STYLE_DOMAIN, 'old-style organisation codes')).padStart(8, '0');
      }
      const name = companyName(rng, city.short);
      const phone = rng.chance(0.6) ? landline(rng, city) : mobile(rng);
      const address = `${city.name}${district.name}${street}${number}号${rng.between(2, 36)}层${rng.between(1, 20)}${String(rng.between(1, 12)).padStart(2, '0')}室`;
      yield {
        id,
        customerNo: customerNo(id),
        kind: 'CORPORATE',
        name,
        idNumber: makeCreditCode(district.code, body),
        phone,
        address,
        gender: null,
        birthDate: null,
        homeOrgUnitId: outlet.id,
        homeOrgPath: outlet.path,
        status,
        createdAt: new Date(created).toISOString(),
        ...EXTRA,
      };
    }
  }
}

const SPECIAL = /[\\\t\n\r]/;
/** A value for COPY's text format: \N for null, backslash, tab and newlines escaped. */
export function text(value: string | null): string {
  if (value === null) return '\\N';
  return SPECIAL.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

/** One line of PostgreSQL's COPY text format, columns as CUSTOMER_COLUMNS. */
export function toCopyLine(c: CustomerRow): string {
  return `${c.id}\t${c.customerNo}\t${c.kind}\t${text(c.name)}\t${c.idNumber}\t${text(c.phone)}\t${text(c.address)}\t${c.gender ?? '\\N'}\t${c.birthDate ?? '\\N'}\t${c.homeOrgUnitId}\t${c.homeOrgPath}\t${c.status}\t${c.createdAt}\t${c.createdAt}\t${text(c.email)}\t${text(c.occupation)}\t${c.incomeBand ?? '\\N'}\t${text(c.industry)}\t${text(c.legalRepresentative)}\t${c.registeredCapital ?? '\\N'}\t${c.companySize ?? '\\N'}\t${c.marketingConsent ? 't' : 'f'}\t${c.marketingConsentAt ?? '\\N'}\t${c.marketingConsentChannel ?? '\\N'}\n`;
}

/** COPY text in chunks of `rowsPerChunk` lines; `onRows` is told after each chunk. */
export function* copyChunks(rows: Iterable<CustomerRow>, rowsPerChunk = 2000, onRows?: (n: number) => void): Generator<string> {
  let chunk = '';
  let n = 0;
  for (const row of rows) {
    chunk += toCopyLine(row);
    if (++n === rowsPerChunk) {
      yield chunk;
      onRows?.(n);
      chunk = '';
      n = 0;
    }
  }
  if (n > 0) {
    yield chunk;
    onRows?.(n);
  }
}
