/**
 * How many replicas each tier should hold: swift's `_build_max_replicas_by_tier`,
 * `_build_weighted_replicas_by_tier`, `_build_wanted_replicas_by_tier`,
 * `_build_target_replicas_by_tier` and the replica plan, over tier ids.
 * Summation orders follow swift's so that the 1e-10 thresholds fall the same way.
 */
import { EmptyRingError, RingValidationError } from './errors';
import type { TierTable } from './tiers';
import type { Device } from './types';

export interface PlanInput {
  devs: readonly (Device | null)[];
  replicas: number;
  parts: number;
  overload: number;
  table: TierTable;
}

export interface ReplicaPlan {
  min: Float64Array;
  target: Float64Array;
  max: Float64Array;
}

export function liveDevs(devs: readonly (Device | null)[]): Device[] {
  return devs.filter((d): d is Device => d !== null);
}

function weightedDevs(input: PlanInput): Device[] {
  return liveDevs(input.devs).filter((d) => d.weight);
}

export function weightOfOnePart(input: Pick<PlanInput, 'devs' | 'parts' | 'replicas'>): number {
  const total = liveDevs(input.devs).reduce((sum, d) => sum + d.weight, 0);
  if (total === 0) {
    throw new EmptyRingError('There are no devices in this ring, or all devices have been deleted');
  }
  return (input.parts * input.replicas) / total;
}

function validateByTier(input: PlanInput, byTier: Float64Array, present: Uint8Array): void {
  const names = ['cluster', 'regions', 'zones', 'servers', 'devices'];
  names.forEach((name, depth) => {
    let sum = 0;
    for (let t = 0; t < byTier.length; t++) {
      if (present[t] && input.table.depth(t) === depth) {
        sum += byTier[t] as number;
      }
    }
    if (Math.abs(input.replicas - sum) > 1e-10) {
      throw new RingValidationError(`${sum} != ${input.replicas} at tier ${name}`);
    }
  });
}

/** Upper bound of replicas per tier; `bound` is ceil for the plan, identity for "wanted". */
export function maxReplicasByTier(
  input: PlanInput,
  bound: (x: number) => number = Math.ceil,
): Float64Array {
  const children = input.table.children(weightedDevs(input));
  const result = new Float64Array(input.table.size);
  const walk = (tier: number, count: number): void => {
    const c = input.table.depth(tier) === 4 ? Math.min(1, count) : count;
    result[tier] = c;
    const subs = children[tier] as number[];
    for (const sub of subs) {
      walk(sub, bound(c / subs.length));
    }
  };
  walk(0, input.replicas);
  return result;
}

export function weightedReplicasByTier(input: PlanInput): Float64Array {
  const one = weightOfOnePart(input);
  const forDev = new Map<number, number>();
  let withRoom: number[] = [];
  for (const dev of weightedDevs(input)) {
    let w = (dev.weight * one) / input.parts;
    if (w < 1) {
      withRoom.push(dev.id);
    } else {
      w = 1;
    }
    forDev.set(dev.id, w);
  }
  for (;;) {
    let assigned = 0;
    for (const w of forDev.values()) {
      assigned += w;
    }
    const remaining = input.replicas - assigned;
    if (remaining < 1e-10) {
      break;
    }
    withRoom = withRoom.filter((d) => (forDev.get(d) as number) < 1);
    const rel = remaining / withRoom.reduce((s, d) => s + (forDev.get(d) as number), 0);
    for (const d of withRoom) {
      forDev.set(d, Math.min(1, (forDev.get(d) as number) * (rel + 1)));
    }
  }
  const byTier = new Float64Array(input.table.size);
  const present = new Uint8Array(input.table.size);
  for (const dev of weightedDevs(input)) {
    const w = forDev.get(dev.id) as number;
    for (const t of [0, ...input.table.tiersOf(dev.id)]) {
      byTier[t] = (byTier[t] as number) + w;
      present[t] = 1;
    }
  }
  validateByTier(input, byTier, present);
  return byTier;
}

export function wantedReplicasByTier(input: PlanInput, weighted: Float64Array): Float64Array {
  const dispersed = maxReplicasByTier(input, (x) => x);
  const { table } = input;
  const numDevices = new Float64Array(table.size);
  const devs = weightedDevs(input);
  for (const d of devs) {
    for (const t of table.tiersOf(d.id)) {
      numDevices[t] = (numDevices[t] as number) + 1;
    }
    numDevices[0] = (numDevices[0] as number) + 1;
  }
  const children = table.children(devs);
  const wanted = new Float64Array(table.size);
  const present = new Uint8Array(table.size);
  const dmin = (t: number): number => Math.floor(dispersed[t] as number);
  const dmax = (t: number): number => Math.ceil(dispersed[t] as number);
  const place = (tier: number, replicanths: number): void => {
    if (replicanths > (numDevices[tier] as number)) {
      throw new RingValidationError(
        `More replicanths (${replicanths}) than devices (${numDevices[tier]}) in tier (${String(table.tuples[tier])})`,
      );
    }
    wanted[tier] = replicanths;
    present[tier] = 1;
    const subs = children[tier] as number[];
    if (!subs.length) {
      return;
    }
    const toPlace = new Map<number, number>();
    let spread = subs;
    let deviceLimited = false;
    let remaining = replicanths;
    for (;;) {
      const rel = remaining / spread.reduce((s, t) => s + (weighted[t] as number), 0);
      for (const t of spread) {
        let r = (toPlace.get(t) ?? 0) + (weighted[t] as number) * rel;
        if (r < dmin(t)) {
          r = dmin(t);
        } else if (r > dmax(t) && !deviceLimited) {
          r = dmax(t);
        }
        if (r > (numDevices[t] as number)) {
          r = numDevices[t] as number;
        }
        toPlace.set(t, r);
      }
      remaining = replicanths - sumOf(toPlace);
      if (remaining < -1e-10) {
        spread = subs.filter((t) => (toPlace.get(t) ?? 0) > dmin(t));
      } else if (remaining > 1e-10) {
        spread = subs.filter((t) => {
          const p = toPlace.get(t) ?? 0;
          return (numDevices[t] as number) > p && p < dmax(t);
        });
        if (!spread.length) {
          deviceLimited = true;
          spread = subs.filter((t) => (toPlace.get(t) ?? 0) < (numDevices[t] as number));
        }
      } else {
        break;
      }
    }
    for (const t of subs) {
      place(t, toPlace.get(t) ?? 0);
    }
  };
  place(0, input.replicas);
  validateByTier(input, wanted, present);
  return wanted;
}

function sumOf(values: Map<number, number>): number {
  let s = 0;
  for (const v of values.values()) {
    s += v;
  }
  return s;
}

/** swift's get_required_overload: the largest relative excess of wanted over weighted. */
export function requiredOverload(
  input: PlanInput,
  weighted = weightedReplicasByTier(input),
  wanted = wantedReplicasByTier(input, weighted),
): number {
  let max = 0;
  for (const dev of liveDevs(input.devs)) {
    const tier = input.table.devTiers[dev.id * 4 + 3] as number;
    if (!dev.weight) {
      if (!wanted[tier]) {
        continue;
      }
      throw new RingValidationError(
        `Device ${dev.id} has zero weight and should not want any replicas`,
      );
    }
    const required =
      ((wanted[tier] as number) - (weighted[tier] as number)) / (weighted[tier] as number);
    if (required > max) {
      max = required;
    }
  }
  return max;
}

export function replicaPlan(input: PlanInput): ReplicaPlan {
  const weighted = weightedReplicasByTier(input);
  const wanted = wantedReplicasByTier(input, weighted);
  const maxOverload = requiredOverload(input, weighted, wanted);
  let target = wanted;
  if (maxOverload > 0) {
    const overload = Math.min(input.overload, maxOverload);
    target = new Float64Array(weighted.length);
    const present = new Uint8Array(weighted.length);
    for (let t = 0; t < weighted.length; t++) {
      const w = weighted[t] as number;
      if (w || wanted[t]) {
        target[t] = (((wanted[t] as number) - w) / maxOverload) * overload + w;
        present[t] = 1;
      }
    }
    validateByTier(input, target, present);
  }
  const plan: ReplicaPlan = {
    min: new Float64Array(target.length),
    target,
    max: new Float64Array(target.length),
  };
  for (let t = 0; t < target.length; t++) {
    plan.min[t] = Math.floor((target[t] as number) + 1e-10);
    plan.max[t] = Math.ceil((target[t] as number) - 1e-10);
  }
  return plan;
}
