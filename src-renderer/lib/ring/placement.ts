/**
 * The per-rebalance working state: parts and parts_wanted per device id, replica counts per
 * tier id for the partition at hand, and swift's gather/reassign passes over them.
 */
import { InternalError } from '../errors';
import type { RingBuilder } from './builder';
import type { ReplicaPlan } from './plan';
import type { Random } from './random';
import { flatChildren, type TierTable } from './tiers';
import type { AssignParts } from './assign-parts';
import { NONE_DEV, type Device } from './types';

export class Placement {
  private readonly parts: Int32Array;
  private readonly wanted: Float64Array;
  private readonly tierCount: Int32Array;
  private readonly moved: Uint8Array;
  /**
   * False while no replica can be on a device: a ring rebalanced for the first time, until
   * reassign places one. The gather passes only ever take placed replicas, so they skip their
   * pass over every partition then.
   */
  private placedAny: boolean;

  constructor(
    private readonly b: RingBuilder,
    private readonly table: TierTable,
    private readonly plan: ReplicaPlan,
    private readonly rng: Random,
  ) {
    this.parts = new Int32Array(b.devs.length);
    this.wanted = new Float64Array(b.devs.length);
    for (const dev of b.iterDevs()) {
      this.parts[dev.id] = dev.parts;
    }
    this.tierCount = new Int32Array(table.size);
    this.moved = new Uint8Array(b.parts);
    this.placedAny = Boolean(b.replica2part2dev?.length);
  }

  /** The replica rows as they are now (the rebalance replaces them before the first pass). */
  private rows(): Uint16Array[] {
    return this.b.replica2part2dev ?? [];
  }

  private live(): Device[] {
    return this.b.iterDevs();
  }

  /** swift's _set_parts_wanted: split replicas×parts down the tier tree by target. */
  setPartsWanted(): void {
    const { table, plan, b } = this;
    const children = table.children(this.live().filter((d) => d.weight));
    const byTier = new Float64Array(table.size);
    const place = (tier: number, count: number): void => {
      byTier[tier] = count;
      const subs = children[tier] as number[];
      if (!subs.length) {
        return;
      }
      const toPlace = new Map<number, number>();
      for (const t of subs) {
        const n = Math.min(count, Math.floor((plan.target[t] as number) * b.parts));
        toPlace.set(t, n);
        count -= n;
      }
      const cycle = [...subs].sort(
        (x, y) => (plan.target[x] as number) - (plan.target[y] as number),
      );
      for (let i = 0; count > 0; i++) {
        const t = cycle[i % cycle.length] as number;
        toPlace.set(t, (toPlace.get(t) as number) + 1);
        count--;
      }
      for (const [t, n] of toPlace) {
        place(t, n);
      }
    };
    place(0, Math.trunc(b.replicas * b.parts));
    for (const dev of this.live()) {
      this.wanted[dev.id] = dev.weight
        ? (byTier[table.devTiers[dev.id * 4 + 3] as number] as number) - dev.parts
        : -b.parts * b.replicas;
    }
  }

  loseReplica(devId: number): void {
    this.parts[devId] = (this.parts[devId] as number) - 1;
  }

  setPartMoved(part: number): void {
    this.b.lastPartMoves[part] = 0;
    this.moved[part] = 1;
  }

  private canMove(part: number): boolean {
    return (this.b.lastPartMoves[part] as number) >= this.b.minPartHours && !this.moved[part];
  }

  private countTiers(part: number, sign: 1 | -1): void {
    countTiers(this.rows(), part, this.table.devTiers, this.tierCount, sign);
  }

  private take(part: number, replica: number, assign: AssignParts): number {
    const row = this.rows()[replica] as Uint16Array;
    const devId = row[part] as number;
    this.wanted[devId] = (this.wanted[devId] as number) + 1;
    this.parts[devId] = (this.parts[devId] as number) - 1;
    assign.add(part, replica);
    row[part] = NONE_DEV;
    const tiers = this.table.devTiers;
    for (let k = devId * 4; k < devId * 4 + 4; k++) {
      const t = tiers[k] as number;
      this.tierCount[t] = (this.tierCount[t] as number) - 1;
    }
    this.setPartMoved(part);
    return devId;
  }

  /** Replicas of `part` whose device passes `keep`, as [devId, replica], by parts_wanted. */
  private replicasOf(part: number, keep: (devId: number) => boolean): [number, number][] {
    const found: [number, number][] = [];
    this.rows().forEach((row, replica) => {
      if (part < row.length) {
        const devId = row[part] as number;
        if (devId !== NONE_DEV && keep(devId)) {
          found.push([devId, replica]);
        }
      }
    });
    return found.sort((x, y) => (this.wanted[x[0]] as number) - (this.wanted[y[0]] as number));
  }

  private overMax = (devId: number): boolean => {
    for (let k = devId * 4; k < devId * 4 + 4; k++) {
      const t = this.table.devTiers[k] as number;
      if ((this.tierCount[t] as number) > (this.plan.max[t] as number)) {
        return true;
      }
    }
    return false;
  };

  gatherForDispersion(assign: AssignParts): void {
    if (!this.placedAny) {
      return;
    }
    const rows = this.rows();
    const { moved, tierCount } = this;
    const { lastPartMoves, minPartHours } = this.b;
    const devTiers = this.table.devTiers;
    const max = this.plan.max;
    for (let part = 0; part < this.b.parts; part++) {
      if ((lastPartMoves[part] as number) < minPartHours || moved[part]) {
        continue;
      }
      if (!anyOverMax(rows, part, devTiers, tierCount, max)) {
        continue;
      }
      this.countTiers(part, 1);
      for (const [devId, replica] of this.replicasOf(part, this.overMax)) {
        const devTier = devTiers[devId * 4 + 3] as number;
        if (!this.canMove(part) && !((tierCount[devTier] as number) > 1)) {
          continue;
        }
        this.take(part, replica, assign);
      }
      this.countTiers(part, -1);
    }
  }

  gatherForBalance(assign: AssignParts, disperseFirst: boolean): void {
    const b = this.b;
    const quarterTurn = Math.floor(b.parts / 4);
    const randomHalf = this.rng.randint(0, Math.floor(b.parts / 2));
    const start = (b.lastPartGatherStart + quarterTurn + randomHalf) % b.parts;
    b.lastPartGatherStart = start;
    if (disperseFirst) {
      this.gatherCanDisperse(assign, start);
    }
    this.gatherForced(assign, start);
  }

  private gatherCanDisperse(assign: AssignParts, start: number): void {
    if (!this.placedAny) {
      return;
    }
    const { table, plan } = this;
    const children = table.children(this.live().filter((d) => d.weight));
    const wantedInTier = new Float64Array(table.size);
    for (const dev of this.live()) {
      const w = Math.max(this.wanted[dev.id] as number, 0);
      for (const t of table.tiersOf(dev.id)) {
        wantedInTier[t] = (wantedInTier[t] as number) + w;
      }
    }
    const overweight = (devId: number): boolean => (this.wanted[devId] as number) < 0;
    const rows = this.rows();
    const { moved, wanted } = this;
    const { lastPartMoves, minPartHours } = this.b;
    for (let offset = 0; offset < this.b.parts; offset++) {
      const part = (start + offset) % this.b.parts;
      if ((lastPartMoves[part] as number) < minPartHours || moved[part]) {
        continue;
      }
      if (!anyOverweight(rows, part, wanted)) {
        continue;
      }
      this.countTiers(part, 1);
      for (const [devId, replica] of this.replicasOf(part, overweight)) {
        const tiers = table.tiersOf(devId);
        const count = (t: number): number => this.tierCount[t] as number;
        if (
          tiers.some(
            (t) => (plan.min[t] as number) <= count(t) && count(t) < (plan.max[t] as number),
          )
        ) {
          continue;
        }
        let tier = tiers[0] as number;
        for (let k = 3; k >= 0; k--) {
          tier = tiers[k] as number;
          if (count(tier) - 1 < (plan.min[tier] as number)) {
            break;
          }
        }
        let wantedElsewhere = 0;
        for (const c of children[tier] as number[]) {
          if (!tiers.includes(c)) {
            wantedElsewhere += wantedInTier[c] as number;
          }
        }
        if (wantedElsewhere <= 0) {
          continue;
        }
        this.take(part, replica, assign);
        for (const t of tiers) {
          wantedInTier[t] = (wantedInTier[t] as number) - 1;
        }
        break;
      }
      this.countTiers(part, -1);
    }
  }

  private gatherForced(assign: AssignParts, start: number): void {
    if (!this.placedAny) {
      return;
    }
    const rows = this.rows();
    const { moved, wanted } = this;
    const { lastPartMoves, minPartHours } = this.b;
    for (let offset = 0; offset < this.b.parts; offset++) {
      const part = (start + offset) % this.b.parts;
      if ((lastPartMoves[part] as number) < minPartHours || moved[part]) {
        continue;
      }
      let best = -1;
      let bestReplica = -1;
      for (let replica = 0; replica < rows.length; replica++) {
        const row = rows[replica] as Uint16Array;
        if (part < row.length) {
          const devId = row[part] as number;
          if (
            devId !== NONE_DEV &&
            (wanted[devId] as number) < 0 &&
            (best < 0 || (wanted[devId] as number) < (wanted[best] as number))
          ) {
            best = devId;
            bestReplica = replica;
          }
        }
      }
      if (best >= 0) {
        // take() keeps the tier counters in step, so they must hold this partition's counts
        this.countTiers(part, 1);
        this.take(part, bestReplica, assign);
        this.countTiers(part, -1);
      }
    }
  }

  anyOverweight(): boolean {
    return this.live().some((d) => (this.wanted[d.id] as number) < 0);
  }

  /** swift's _reassign_parts: walk down the tiers to the one with most parts available. */
  reassign(order: Int32Array, batch: AssignParts): void {
    const { table, plan, b } = this;
    const available = new Float64Array(table.size);
    const sortKey = new Map<number, [number, number, number]>();
    for (const dev of this.live()) {
      sortKey.set(dev.id, [this.wanted[dev.id] as number, this.rng.randint(0, 0xffff), dev.id]);
      const w = Math.max(this.wanted[dev.id] as number, 0);
      for (const t of table.tiersOf(dev.id)) {
        available[t] = (available[t] as number) + w;
      }
    }
    const byKey = (x: number, y: number): number => {
      const a = sortKey.get(x) as number[];
      const c = sortKey.get(y) as number[];
      return (
        (a[0] as number) - (c[0] as number) ||
        (a[1] as number) - (c[1] as number) ||
        (a[2] as number) - (c[2] as number)
      );
    };
    const devs = this.live()
      .filter((d) => d.weight)
      .map((d) => d.id)
      .sort(byKey);
    const tierKeyDev = new Int32Array(table.size).fill(-1);
    for (const devId of devs) {
      for (const t of table.tiersOf(devId)) {
        tierKeyDev[t] = devId;
      }
    }
    const { start: childStart, list: childList } = flatChildren(
      table
        .children(devs.map((id) => b.devs[id] as Device))
        .map((subs) =>
          subs.sort((x, y) => byKey(tierKeyDev[x] as number, tierKeyDev[y] as number)),
        ),
    );
    this.placedAny ||= order.length > 0;
    placeAll(
      {
        childStart,
        childList,
        tierKeyDev,
        available,
        tierCount: this.tierCount,
        max: plan.max,
        devTiers: table.devTiers,
        wanted: this.wanted,
        parts: this.parts,
        lastPartMoves: b.lastPartMoves,
        rows: this.rows(),
      },
      order,
      batch,
    );
  }

  writeBack(): void {
    for (const dev of this.live()) {
      dev.parts = this.parts[dev.id] as number;
      dev.parts_wanted = this.wanted[dev.id] as number;
    }
  }
}

/** Adds (or takes back) one replica of `part` per row to each tier holding it. */
function countTiers(
  rows: readonly Uint16Array[],
  part: number,
  devTiers: Int32Array,
  tierCount: Int32Array,
  sign: 1 | -1,
): void {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Uint16Array;
    if (part < row.length) {
      const devId = row[part] as number;
      if (devId !== NONE_DEV) {
        for (let k = devId * 4; k < devId * 4 + 4; k++) {
          const t = devTiers[k] as number;
          tierCount[t] = (tierCount[t] as number) + sign;
        }
      }
    }
  }
}

/** What reassign's descent reads and updates, all indexed by tier id or device id. */
interface Descent {
  childStart: Int32Array;
  childList: Int32Array;
  /** The device a device tier stands for. */
  tierKeyDev: Int32Array;
  available: Float64Array;
  tierCount: Int32Array;
  max: Float64Array;
  devTiers: Int32Array;
  wanted: Float64Array;
  parts: Int32Array;
  lastPartMoves: Uint8Array;
  rows: Uint16Array[];
}

/**
 * The hot loop of a first rebalance (every replica of every partition), in a function of its
 * own: V8 optimises a small function while a one-shot CLI still runs it, a large one only after.
 * score[t] is available[t] while tier t has room for another replica of the partition at hand
 * (tierCount < max) and -Infinity once it has not: the descent then reads one array per
 * child and picks, as swift does, the first of the children with room that has most available.
 */
function placeAll(d: Descent, order: Int32Array, batch: AssignParts): void {
  const { childStart, childList, tierKeyDev, available, tierCount, max } = d;
  const { devTiers, wanted, parts, lastPartMoves, rows } = d;
  const { count, reps, width } = batch;
  const score = new Float64Array(available.length);
  for (let t = 0; t < score.length; t++) {
    score[t] = (tierCount[t] as number) < (max[t] as number) ? (available[t] as number) : -Infinity;
  }
  // tier counts of `part`'s replicas: add (sign 1) or take back (-1), keeping score in step
  const countPart = (part: number, sign: number): void => {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as Uint16Array;
      if (part < row.length) {
        const devId = row[part] as number;
        if (devId !== NONE_DEV) {
          for (let k = devId * 4; k < devId * 4 + 4; k++) {
            const t = devTiers[k] as number;
            const c = (tierCount[t] as number) + sign;
            tierCount[t] = c;
            score[t] = c < (max[t] as number) ? (available[t] as number) : -Infinity;
          }
        }
      }
    }
  };
  for (let o = 0; o < order.length; o++) {
    const part = order[o] as number;
    lastPartMoves[part] = 0;
    countPart(part, 1);
    const placing = count[part] as number;
    for (let i = 0; i < placing; i++) {
      const replica = reps[part * width + i] as number;
      let tier = 0;
      for (let depth = 1; depth <= 4; depth++) {
        const end = childStart[tier + 1] as number;
        let best = -1;
        let bestScore = -Infinity;
        for (let j = childStart[tier] as number; j < end; j++) {
          const t = childList[j] as number;
          const v = score[t] as number;
          if (v > bestScore) {
            best = t;
            bestScore = v;
          }
        }
        if (best < 0) {
          throw new InternalError(`no home for ${part}/${replica}`);
        }
        tier = best;
      }
      const devId = tierKeyDev[tier] as number;
      wanted[devId] = (wanted[devId] as number) - 1;
      parts[devId] = (parts[devId] as number) + 1;
      for (let k = devId * 4; k < devId * 4 + 4; k++) {
        const t = devTiers[k] as number;
        const a = (available[t] as number) - 1;
        const c = (tierCount[t] as number) + 1;
        available[t] = a;
        tierCount[t] = c;
        score[t] = c < (max[t] as number) ? a : -Infinity;
      }
      (rows[replica] as Uint16Array)[part] = devId;
    }
    countPart(part, -1);
  }
}

/** Whether a replica of `part` sits in a tier holding more of its replicas than allowed. */
function anyOverMax(
  rows: readonly Uint16Array[],
  part: number,
  devTiers: Int32Array,
  tierCount: Int32Array,
  max: Float64Array,
): boolean {
  countTiers(rows, part, devTiers, tierCount, 1);
  let over = false;
  for (let r = 0; r < rows.length && !over; r++) {
    const row = rows[r] as Uint16Array;
    if (part < row.length) {
      const devId = row[part] as number;
      if (devId !== NONE_DEV) {
        for (let k = devId * 4; k < devId * 4 + 4; k++) {
          const t = devTiers[k] as number;
          if ((tierCount[t] as number) > (max[t] as number)) {
            over = true;
          }
        }
      }
    }
  }
  countTiers(rows, part, devTiers, tierCount, -1);
  return over;
}

/** Whether a replica of `part` sits on a device with more than it wants (parts_wanted < 0). */
function anyOverweight(rows: readonly Uint16Array[], part: number, wanted: Float64Array): boolean {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Uint16Array;
    if (part < row.length) {
      const devId = row[part] as number;
      if (devId !== NONE_DEV && (wanted[devId] as number) < 0) {
        return true;
      }
    }
  }
  return false;
}
