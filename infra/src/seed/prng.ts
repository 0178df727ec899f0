// A small, fast, seeded PRNG (sfc32, seeded by cyrb128 of a string) and a keyed permutation.
// Deterministic on every platform: only 32-bit integer arithmetic, no Math.random, no clock.

/** cyrb128: four 32-bit words from a string — the seed of sfc32. */
export function hashString(text: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** murmur3's finaliser: a good 32-bit mixer. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(
    readonly seed: string,
    words?: readonly number[],
  ) {
    [this.a, this.b, this.c, this.d] = words ?? hashString(seed);
    for (let i = 0; i < 12; i++) this.next(); // warm up
  }

  /**
   * A stream keyed by a (key, id, salt) triple without hashing a string: per-customer streams for
   * accounts, transactions, cases … that any pass can rebuild in O(1) for any customer.
   */
  static keyed(key: readonly number[], id: number, salt: number): Rng {
    const x = mix32(Math.imul(id, 0x9e3779b1) ^ salt);
    return new Rng('', [key[0] ^ x, key[1] ^ mix32(x + 1), key[2] ^ mix32(id + salt * 7919), key[3] ^ id]);
  }

  /** An independent stream for one part of the bank, so adding staff never shifts customers. */
  fork(label: string): Rng {
    return new Rng(`${this.seed}/${label}`);
  }

  /** sfc32: uniform uint32. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  float(): number {
    return this.next() / 4294967296;
  }

  /** integer in [0, n) */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** integer in [min, max] */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** `count` decimal digits as a string (leading zeros allowed). */
  digits(count: number): string {
    let s = '';
    for (let i = 0; i < count; i++) s += String.fromCharCode(48 + this.int(10));
    return s;
  }
}

/** Picks items by weight in O(log n). */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(readonly items: ReadonlyArray<readonly [T, number]>) {
    let sum = 0;
    for (const [, w] of items) {
      if (!(w >= 0)) throw new Error(`weight must be >= 0, got ${w}`);
      sum += w;
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new Error('weights sum to zero');
    this.total = sum;
  }

  pick(rng: Rng): T {
    const x = rng.float() * this.total;
    let lo = 0,
      hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo][0];
  }
}

/**
 * A keyed bijection of [0, domain): a 4-round balanced Feistel network over the next even power of
 * two, with cycle walking back into the domain. Feeding it 0, 1, 2, … yields distinct, scattered
 * values — unique identifiers by construction, in O(1) memory.
 */
export function keyedPermutation(domain: number, key: string): (x: number) => number {
  if (!Number.isInteger(domain) || domain < 2 || domain > 2 ** 30) throw new Error(`permutation domain out of range: ${domain}`);
  const half = Math.max(1, Math.ceil(Math.ceil(Math.log2(domain)) / 2));
  const mask = (1 << half) - 1;
  const keys = hashString(key);
  const encrypt = (x: number): number => {
    let left = (x >>> half) & mask;
    let right = x & mask;
    for (let round = 0; round < 4; round++) {
      const f = mix32((right ^ keys[round]) + round) & mask;
      const next = left ^ f;
      left = right;
      right = next;
    }
    return ((left << half) | right) >>> 0;
  };
  return (x: number) => {
    if (!(x >= 0 && x < domain)) throw new Error(`permutation input ${x} outside [0, ${domain})`);
    let y = encrypt(x);
    while (y >= domain) y = encrypt(y);
    return y;
  };
}
