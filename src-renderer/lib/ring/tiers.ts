/**
 * Failure-domain tiers: region → zone → server (ip) → device, as swift's `tiers_for_dev`.
 * Tiers get small integer ids so that the rebalance loops index typed arrays instead of
 * hashing tuples; id 0 is the root `()`.
 */
import type { Device } from './types';

export type Tier = readonly (number | string)[];

export function tiersForDev(dev: Device): Tier[] {
  return [
    [dev.region],
    [dev.region, dev.zone],
    [dev.region, dev.zone, dev.ip],
    [dev.region, dev.zone, dev.ip, dev.id],
  ];
}

/** Python's tuple ordering. */
export function compareTiers(a: Tier, b: Tier): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

/** Children lists in one flat array: tier t's are list[start[t]] up to list[start[t + 1]]. */
export interface FlatChildren {
  start: Int32Array;
  list: Int32Array;
}

export function flatChildren(children: readonly (readonly number[])[]): FlatChildren {
  const start = new Int32Array(children.length + 1);
  children.forEach((subs, t) => {
    start[t + 1] = (start[t] as number) + subs.length;
  });
  const list = new Int32Array(start[children.length] as number);
  children.forEach((subs, t) => list.set(subs, start[t] as number));
  return { start, list };
}

export class TierTable {
  readonly tuples: Tier[] = [[]];
  readonly parent: number[] = [-1];
  /** Four tier ids per device slot (region, zone, server, device); -1 for empty slots. */
  readonly devTiers: Int32Array;
  private readonly ids = new Map<string, number>([['', 0]]);

  constructor(devs: readonly (Device | null)[]) {
    this.devTiers = new Int32Array(devs.length * 4).fill(-1);
    for (const dev of devs) {
      if (!dev) {
        continue;
      }
      let parent = 0;
      tiersForDev(dev).forEach((tier, depth) => {
        const key = JSON.stringify(tier);
        let id = this.ids.get(key);
        if (id === undefined) {
          id = this.tuples.length;
          this.ids.set(key, id);
          this.tuples.push(tier);
          this.parent.push(parent);
        }
        this.devTiers[dev.id * 4 + depth] = id;
        parent = id;
      });
    }
  }

  idOf(tier: Tier): number | undefined {
    return tier.length ? this.ids.get(JSON.stringify(tier)) : 0;
  }

  get size(): number {
    return this.tuples.length;
  }

  depth(tier: number): number {
    return (this.tuples[tier] as Tier).length;
  }

  tiersOf(devId: number): number[] {
    const base = devId * 4;
    return [0, 1, 2, 3].map((i) => this.devTiers[base + i] as number);
  }

  /** swift's `build_tier_tree` over the given devices: children sorted as Python sorts tuples. */
  children(devs: Iterable<Device>): number[][] {
    const sets: Set<number>[] = this.tuples.map(() => new Set<number>());
    for (const dev of devs) {
      for (const t of this.tiersOf(dev.id)) {
        (sets[this.parent[t] as number] as Set<number>).add(t);
      }
    }
    return sets.map((s) =>
      [...s].sort((a, b) => compareTiers(this.tuples[a] as Tier, this.tuples[b] as Tier)),
    );
  }
}
