/**
 * The ring builder's state and the operations swift's RingBuilder offers, except the
 * rebalance itself (rebalance.ts) and reporting (report.ts). Never prints: the CLI does.
 */
import { DuplicateDeviceError, PyIndexError, RingValidationError } from './errors';
import { liveDevs, maxReplicasByTier, weightOfOnePart, type PlanInput } from './plan';
import { PyValueError, sprintf } from './pyformat';
import { TierTable, type Tier } from './tiers';
import { MAX_BALANCE, NONE_DEV, type Device } from './types';

export interface DispersionRow {
  tier: Tier;
  /** counts[k]: partitions with k replicas in this tier. */
  counts: number[];
}

export type NewDevice = Omit<Device, 'id' | 'parts'> & { id?: number };

export type SearchValues = Partial<
  Pick<
    Device,
    | 'id'
    | 'region'
    | 'zone'
    | 'ip'
    | 'port'
    | 'replication_ip'
    | 'replication_port'
    | 'device'
    | 'weight'
    | 'meta'
  >
>;

export class RingBuilder {
  partPower: number;
  nextPartPower: number | null = null;
  replicas: number;
  minPartHours: number;
  parts: number;
  devs: (Device | null)[] = [];
  devsChanged = false;
  version = 0;
  overload = 0;
  id: string | null = null;
  replica2part2dev: Uint16Array[] | null = null;
  /** Hours since each partition last moved (saturating at 255); allocated on first use. */
  private moves: Uint8Array | null = null;
  lastPartMovesEpoch = 0;
  lastPartGatherStart = 0;
  dispersionGraph: DispersionRow[] = [];
  dispersion: number | null = 0;
  /** Ids of devices marked for removal at the next rebalance. */
  removeDevs: number[] = [];
  /** Seconds since the epoch; replaceable so tests and the app control time. */
  now: () => number = () => Date.now() / 1000;

  constructor(partPower: number, replicas: number, minPartHours: number) {
    if (partPower > 32) {
      throw new PyValueError(sprintf('part_power must be at most 32 (was %d)', partPower));
    }
    if (replicas < 1) {
      throw new PyValueError(sprintf('replicas must be at least 1 (was %.6f)', replicas));
    }
    if (minPartHours < 0) {
      throw new PyValueError(sprintf('min_part_hours must be non-negative (was %d)', minPartHours));
    }
    this.partPower = partPower;
    this.replicas = replicas;
    this.minPartHours = minPartHours;
    this.parts = 2 ** partPower;
  }

  get lastPartMoves(): Uint8Array {
    this.moves ??= new Uint8Array(this.parts);
    return this.moves;
  }

  set lastPartMoves(value: Uint8Array) {
    this.moves = value;
  }

  get partShift(): number {
    return 32 - this.partPower;
  }

  get everRebalanced(): boolean {
    return this.replica2part2dev !== null;
  }

  iterDevs(): Device[] {
    return liveDevs(this.devs);
  }

  planInput(): PlanInput {
    return {
      devs: this.devs,
      replicas: this.replicas,
      parts: this.parts,
      overload: this.overload,
      table: new TierTable(this.devs),
    };
  }

  get minPartSecondsLeft(): number {
    const elapsed = Math.trunc(this.now() - this.lastPartMovesEpoch);
    return Math.max(this.minPartHours * 3600 - elapsed, 0);
  }

  weightOfOnePart(): number {
    return weightOfOnePart(this);
  }

  addDev(dev: NewDevice): number {
    let id = dev.id;
    if (id === undefined) {
      const hole = this.devs.indexOf(null);
      id = hole >= 0 ? hole : this.devs.length;
    }
    if (id < this.devs.length && this.devs[id]) {
      throw new DuplicateDeviceError(`Duplicate device id: ${id}`);
    }
    while (id >= this.devs.length) {
      this.devs.push(null);
    }
    this.devs[id] = { ...dev, id, weight: Number(dev.weight), parts: 0, meta: dev.meta ?? '' };
    this.devsChanged = true;
    this.version += 1;
    return id;
  }

  private changeDev(devId: number, what: string, change: Partial<Device>): void {
    if (this.removeDevs.includes(devId)) {
      throw new PyValueError(
        `Can not set ${what} of dev_id ${devId} because it is marked for removal`,
      );
    }
    Object.assign(this.devs[devId] as Device, change);
    this.devsChanged = true;
    this.version += 1;
  }

  setDevWeight(devId: number, weight: number): void {
    this.changeDev(devId, 'weight', { weight });
  }

  setDevRegion(devId: number, region: number): void {
    this.changeDev(devId, 'region', { region });
  }

  setDevZone(devId: number, zone: number): void {
    this.changeDev(devId, 'zone', { zone });
  }

  removeDev(devId: number): void {
    (this.devs[devId] as Device).weight = 0;
    this.removeDevs.push(devId);
    this.devsChanged = true;
    this.version += 1;
  }

  setReplicas(replicas: number): void {
    if (Math.trunc(this.parts * this.replicas) !== Math.trunc(this.parts * replicas)) {
      this.devsChanged = true;
    }
    this.replicas = replicas;
  }

  pretendMinPartHoursPassed(): void {
    this.lastPartMovesEpoch = 0;
    if (this.moves) {
      this.moves.fill(0xff);
    }
  }

  /** Per-device balance: percent above (+) or below (−) the weighted share. */
  balancePerDev(): Map<number, number> {
    const one = this.weightOfOnePart();
    const result = new Map<number, number>();
    for (const dev of this.iterDevs()) {
      let balance: number;
      if (!dev.weight) {
        balance = dev.parts ? MAX_BALANCE : 0;
      } else {
        balance = (100 * dev.parts) / (dev.weight * one) - 100;
      }
      result.set(dev.id, balance);
    }
    return result;
  }

  getBalance(): number {
    const values = [...this.balancePerDev().values()].map(Math.abs);
    if (!values.length) {
      throw new PyValueError('max() arg is an empty sequence');
    }
    return Math.max(...values);
  }

  searchDevs(values: SearchValues): Device[] {
    return this.iterDevs().filter((dev) =>
      (Object.keys(values) as (keyof SearchValues)[]).every((key) => {
        const value = values[key];
        if (value === undefined || value === null) {
          return true;
        }
        if (key === 'meta') {
          return dev.meta.includes(value as string);
        }
        return dev[key] === value;
      }),
    );
  }

  /** Builds the dispersion graph; returns how many replicas differ from `old`. */
  buildDispersionGraph(old: Uint16Array[] | null = null): number {
    const r2p2d = this.replica2part2dev ?? [];
    const input = this.planInput();
    const { table } = input;
    const width = Math.ceil(this.replicas) + 1;
    const partsInAll = r2p2d.length ? Math.min(...r2p2d.map((row) => row.length)) : 0;
    const { graph, atRisk } = countReplicasByTier(
      r2p2d,
      partsInAll,
      table,
      maxReplicasByTier(input),
      width,
    );
    let changed = 0;
    r2p2d.forEach((row, rep) => {
      changed += changedIn(row, old?.[rep], partsInAll);
    });
    this.dispersionGraph = [];
    for (let t = 1; t < table.size; t++) {
      let placed = 0;
      for (let n = 1; n < width; n++) {
        placed += graph[t * width + n] as number;
      }
      if (placed) {
        const counts = Array.from(graph.subarray(t * width, (t + 1) * width));
        counts[0] = this.parts - placed;
        this.dispersionGraph.push({ tier: table.tuples[t] as Tier, counts });
      }
    }
    this.dispersion = (100 * atRisk) / (this.parts * this.replicas);
    this.version += 1;
    return changed;
  }

  /** swift's RingBuilder.validate without stats. */
  validate(): void {
    const r2p2d = this.replica2part2dev;
    if (!r2p2d || !r2p2d.length) {
      throw new RingValidationError('_replica2part2dev empty; did you forget to rebalance?');
    }
    const onDevs = this.iterDevs().reduce((s, d) => s + d.parts, 0);
    const inMap = r2p2d.reduce((s, row) => s + row.length, 0);
    if (onDevs !== inMap) {
      throw new RingValidationError(
        `All partitions are not double accounted for: ${onDevs} != ${inMap}`,
      );
    }
    const intReplicas = Math.ceil(this.replicas);
    const known = new Uint8Array(NONE_DEV + 1);
    this.devs.forEach((dev, id) => {
      if (dev && id < NONE_DEV) {
        known[id] = 1;
      }
    });
    for (let part = 0; part < this.parts; part++) {
      for (let rep = 0; rep < r2p2d.length; rep++) {
        const row = r2p2d[rep] as Uint16Array;
        if (row.length <= part) {
          if (rep + 1 < intReplicas) {
            throw new RingValidationError(
              `The partition assignments of replica ${rep} were shorter than expected (${row.length} < ${this.parts}) - this should only happen for the last replica`,
            );
          }
          break;
        }
        const devId = row[part] as number;
        if (!known[devId]) {
          throw new RingValidationError(
            `Partition ${part}, replica ${rep} was not allocated to a device.`,
          );
        }
        for (let prev = 0; prev < rep; prev++) {
          if ((r2p2d[prev] as Uint16Array)[part] === devId) {
            const ids = r2p2d.slice(0, rep + 1).map((r) => r[part] as number);
            throw new RingValidationError(
              `The partition ${part} has been assigned to duplicate devices [${ids.join(', ')}]`,
            );
          }
        }
      }
    }
  }
}

/**
 * The hot loop of every rebalance and listing (parts × replicas × 4 tiers), in a function of
 * its own (V8 optimises it while it runs): graph[t * width + n] counts the partitions with n
 * replicas in tier t, for n ≥ 1; atRisk sums, per partition, the most replicas over a tier's
 * limit at any one depth.
 */
function countReplicasByTier(
  r2p2d: readonly Uint16Array[],
  partsInAll: number,
  table: TierTable,
  maxAllowed: Float64Array,
  width: number,
): { graph: Int32Array; atRisk: number } {
  const devTiers = table.devTiers;
  const depthOf = new Uint8Array(table.size);
  for (let t = 0; t < table.size; t++) {
    depthOf[t] = table.depth(t);
  }
  const graph = new Int32Array(table.size * width);
  const count = new Int32Array(table.size);
  const touched = new Int32Array(4 * r2p2d.length);
  const risk = new Float64Array(5);
  let atRisk = 0;
  for (let part = 0; part < partsInAll; part++) {
    let nTouched = 0;
    for (let rep = 0; rep < r2p2d.length; rep++) {
      const base = ((r2p2d[rep] as Uint16Array)[part] as number) * 4;
      for (let k = base; k < base + 4; k++) {
        const t = devTiers[k] as number;
        const n = count[t] as number;
        if (n === 0) {
          touched[nTouched++] = t;
        }
        count[t] = n + 1;
      }
    }
    let over = false;
    for (let i = 0; i < nTouched; i++) {
      const t = touched[i] as number;
      const n = count[t] as number;
      if (n >= width) {
        // more rows than the replica count (set_replicas lowered it): swift's list of
        // counts per tier is one per replica, and it fails here
        throw new PyIndexError('list index out of range');
      }
      graph[t * width + n] = (graph[t * width + n] as number) + 1;
      const limit = maxAllowed[t] as number;
      if (n > limit) {
        const depth = depthOf[t] as number;
        risk[depth] = (risk[depth] as number) + n - limit;
        over = true;
      }
      count[t] = 0;
    }
    if (over) {
      let most = risk[0] as number;
      for (let d = 1; d < 5; d++) {
        most = Math.max(most, risk[d] as number);
      }
      atRisk += most;
      risk.fill(0);
    }
  }
  return { graph, atRisk };
}

/** Replicas in the first `parts` slots of `row` that are not where `old` had them. */
function changedIn(row: Uint16Array, old: Uint16Array | undefined, parts: number): number {
  if (!old) {
    return parts;
  }
  let changed = Math.max(parts - old.length, 0);
  const common = Math.min(parts, old.length);
  for (let part = 0; part < common; part++) {
    if (old[part] !== row[part]) {
      changed++;
    }
  }
  return changed;
}
