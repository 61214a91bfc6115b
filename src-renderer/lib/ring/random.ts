/**
 * A small seeded generator (sfc32). swift uses Python's Mersenne Twister, so the same seed
 * does not give swift's placement; it gives the same placement every time in this model,
 * which is what `rebalance --seed` promises.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | number = Math.random() * 2 ** 32) {
    const text = String(seed);
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    }
    this.a = h >>> 0;
    this.b = Math.imul(h, 0x9e3779b9) >>> 0;
    this.c = (h ^ 0xdeadbeef) >>> 0;
    this.d = 1;
    for (let i = 0; i < 12; i++) {
      this.next();
    }
  }

  /** Uniform in [0, 2^32). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Python's randint: inclusive on both ends. */
  randint(low: number, high: number): number {
    return low + Math.floor((this.next() / 2 ** 32) * (high - low + 1));
  }

  shuffle(items: Int32Array | number[]): void {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.randint(0, i);
      const tmp = items[i] as number;
      items[i] = items[j] as number;
      items[j] = tmp;
    }
  }
}
