// Seeded pseudo-random numbers for the demo portfolio (sfc32, seeded through a 32-bit integer hash).
// Every account draws from its own stream derived from (seed, account index, purpose), so an account's data
// depends on nothing else: not on the batch size, not on the other accounts, not on the order of generation.

/** FNV-1a: turns a stream's purpose ("purchases") into a number that can be mixed into its seed. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A strong 32-bit integer finaliser (lowbias32), so that neighbouring seeds give unrelated streams. */
function mix(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

export type StreamKey = number | string;

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private readonly key: number;

  /** A stream for `seed` and the given keys; equal arguments always give the same stream. */
  constructor(seed: number, ...keys: StreamKey[]) {
    let key = mix(seed ^ mix(Math.floor(seed / 0x1_0000_0000)));
    for (const k of keys) key = mix(key ^ (typeof k === "number" ? mix(k + 0x9e3779b9) : hashText(k)));
    this.key = key;
    this.a = mix(key + 0x243f6a88);
    this.b = mix(key + 0x85a308d3);
    this.c = mix(key + 0x13198a2e);
    this.d = 1;
    // sfc32 needs a few rounds before its output stops echoing the seed words.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** An independent stream for one purpose of this one (e.g. an account's purchases). */
  fork(purpose: StreamKey): Random {
    return new Random(this.key, purpose);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the values, each with the probability of its weight over the sum of the weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let point = this.next() * total;
    for (const [value, weight] of entries) {
      point -= weight;
      if (point < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Poisson-distributed count (Knuth's method: the means used here are small). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let count = 0;
    for (let product = this.next(); product > limit; product *= this.next()) count++;
    return count;
  }
}
