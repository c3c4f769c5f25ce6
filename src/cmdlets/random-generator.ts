/**
 * # Get-Random's number generator
 *
 * pwsh draws every number from random bytes: cryptographic ones, or after `-SetSeed` the bytes of
 * .NET's seeded `System.Random`, which is Knuth's subtractive generator (kept by .NET for
 * compatibility whenever a seed is given). Reproducing that generator and pwsh's way of turning
 * bytes into numbers makes `Get-Random -SetSeed 42 -Maximum 100` print what pwsh prints.
 */

const INT32_MAX = 2147483647;

/** .NET's seeded System.Random: Knuth's subtractive generator over 55 integers. */
class SubtractiveGenerator {
  private readonly seeds = new Int32Array(56);
  private next = 0;
  private nextPlus21 = 21;

  constructor(seed: number) {
    const seeds = this.seeds;
    let mj = 161803398 - (seed === -2147483648 ? INT32_MAX : Math.abs(seed));
    seeds[55] = mj;
    let mk = 1;
    for (let i = 1; i < 55; i++) {
      const ii = (21 * i) % 55;
      seeds[ii] = mk;
      mk = mj - mk;
      if (mk < 0) mk += INT32_MAX;
      mj = seeds[ii]!;
    }
    for (let k = 1; k < 5; k++) {
      for (let i = 1; i < 56; i++) {
        let v = seeds[i]! - seeds[1 + ((i + 30) % 55)]!;
        if (v < 0) v += INT32_MAX;
        seeds[i] = v;
      }
    }
  }

  /** A sample in [0, Int32.MaxValue). */
  sample(): number {
    if (++this.next >= 56) this.next = 1;
    if (++this.nextPlus21 >= 56) this.nextPlus21 = 1;
    let v = this.seeds[this.next]! - this.seeds[this.nextPlus21]!;
    if (v === INT32_MAX) v--;
    if (v < 0) v += INT32_MAX;
    this.seeds[this.next] = v;
    return v;
  }

  fill(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) bytes[i] = this.sample() & 0xff;
  }
}

/** pwsh's PolymorphicRandomNumberGenerator: numbers made from random bytes, seeded or not. */
export class RandomNumbers {
  private readonly seeded?: SubtractiveGenerator;
  private readonly word = new Uint8Array(new ArrayBuffer(4));

  constructor(seed?: number) {
    if (seed !== undefined) this.seeded = new SubtractiveGenerator(seed);
  }

  fill(bytes: Uint8Array<ArrayBuffer>): void {
    if (this.seeded) this.seeded.fill(bytes);
    else globalThis.crypto.getRandomValues(bytes);
  }

  /** Four random bytes as a little-endian Int32. */
  private sample(): number {
    this.fill(this.word);
    const w = this.word;
    return w[0]! | (w[1]! << 8) | (w[2]! << 16) | (w[3]! << 24);
  }

  /** A non-negative Int32 below Int32.MaxValue. */
  nextInt(): number {
    let n: number;
    do n = this.sample(); while (n === INT32_MAX);
    return n < 0 ? n + INT32_MAX : n;
  }

  nextDouble(): number {
    return this.nextInt() * (1 / INT32_MAX);
  }

  /** An Int32 in [min, max). */
  nextInRange(min: number, max: number): number {
    const range = max - min;
    if (range <= INT32_MAX) return Math.trunc(this.nextDouble() * range) + min;
    let large: number;
    do large = this.sample(); while (large === INT32_MAX);
    large += INT32_MAX;
    return Math.trunc(large * (1 / (2 * INT32_MAX)) * range) + min;
  }

  /** An Int64 in [min, max), as pwsh draws it: masked random bytes below the difference. */
  nextInt64(min: bigint, max: bigint): bigint {
    const diff = max - min;
    if (diff <= BigInt(INT32_MAX)) return min + BigInt(this.nextInRange(0, Number(diff)));
    const mask = (1n << BigInt(diff.toString(2).length)) - 1n;
    const bytes = new Uint8Array(new ArrayBuffer(8));
    let r: bigint;
    do {
      this.fill(bytes);
      r = new DataView(bytes.buffer).getBigUint64(0, true) & mask;
    } while (diff <= r);
    // pwsh adds the two as doubles before converting back to Int64.
    return BigInt(Math.trunc(Number(min) + Number(r)));
  }

  /** A Double in [min, max), retrying where rounding would reach max, as pwsh does. */
  nextDoubleInRange(min: number, max: number): number {
    let diff = max - min;
    let n: number;
    if (!Number.isFinite(diff)) {
      do { const r = this.nextDouble(); n = min + r * max - r * min; } while (n >= max);
    } else {
      do { const r = this.nextDouble(); n = min + r * diff; diff *= r; } while (n >= max);
    }
    return n;
  }
}
