/**
 * Which card ids a generation has seen, keyed by the id's two hash lanes rather than its string:
 * the lanes are numbers already, while a Map of 100k fresh id strings hashes each string again
 * and keeps an entry object per card. Open addressing with linear probing; doubles at half full.
 */
import type { Hash64 } from '../hash';

export class IdTable {
  private lanesA = new Int32Array(1024);
  private lanesB = new Int32Array(1024);
  /** Value + 1 per slot; 0 marks an empty slot. */
  private values = new Int32Array(1024);
  private size = 0;

  get(hash: Hash64): number | undefined {
    const slot = this.find(hash.a, hash.b);
    const value = this.values[slot] ?? 0;
    return value === 0 ? undefined : value - 1;
  }

  /** Stores `value` (≥ 0) for a hash that get() did not find. */
  add(hash: Hash64, value: number): void {
    if (2 * (this.size + 1) > this.values.length) {
      this.grow();
    }
    this.put(hash.a, hash.b, value + 1);
    this.size++;
  }

  private find(laneA: number, laneB: number): number {
    // As the Int32Array stores them: a lane that no unit has gone through yet is not an int32.
    const a = laneA | 0;
    const b = laneB | 0;
    const mask = this.values.length - 1;
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (this.values[slot] !== 0 && (this.lanesA[slot] !== a || this.lanesB[slot] !== b)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private put(a: number, b: number, stored: number): void {
    const slot = this.find(a, b);
    this.lanesA[slot] = a;
    this.lanesB[slot] = b;
    this.values[slot] = stored;
  }

  private grow(): void {
    const { lanesA, lanesB, values } = this;
    this.lanesA = new Int32Array(values.length * 2);
    this.lanesB = new Int32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2);
    for (let slot = 0; slot < values.length; slot++) {
      const stored = values[slot] ?? 0;
      if (stored !== 0) {
        this.put(lanesA[slot] ?? 0, lanesB[slot] ?? 0, stored);
      }
    }
  }
}
