/**
 * swift's RingBuilder.rebalance: gather replicas that must move (removed devices, replica
 * count changes, poor dispersion, overweight devices), then place each on the most wanted
 * device of the least used failure domains. Per-device and per-tier counters live in typed
 * arrays indexed by device id and tier id; the algorithm is swift's, step for step.
 */
import type { RingBuilder } from './builder';
import { RingValidationError } from './errors';
import { replicaPlan } from './plan';
import { pyFloat } from './pyformat';
import { Random } from './random';
import { NONE_DEV, type Device } from './types';
import { AssignParts } from './assign-parts';
import { Placement } from './placement';

export interface RebalanceResult {
  changedParts: number;
  balance: number;
  removedDevs: number;
}

const MAX_BALANCE_GATHER_COUNT = 3;

export function rebalance(builder: RingBuilder, seed?: string | number): RebalanceResult {
  const weighted = builder.iterDevs().filter((d) => d.weight > 0).length;
  if (weighted < builder.replicas) {
    throw new RingValidationError(
      `Replica count of ${pyFloat(builder.replicas)} requires more than ${weighted} devices`,
    );
  }
  const old = builder.replica2part2dev?.map((row) => row.slice()) ?? null;
  updateLastPartMoves(builder);
  const rng = new Random(seed);
  const input = builder.planInput();
  const plan = replicaPlan(input);
  const state = new Placement(builder, input.table, plan, rng);
  state.setPartsWanted();
  let assign = new AssignParts(builder.parts, Math.ceil(builder.replicas) + 1);
  adjustReplicaCount(builder, state, assign);
  const removedDevs = gatherFromFailedDevices(builder, state, assign);
  state.gatherForDispersion(assign);
  for (let gather = 0; gather < MAX_BALANCE_GATHER_COUNT; gather++) {
    state.gatherForBalance(assign, gather === 0);
    if (assign.isEmpty()) {
      break;
    }
    const order = assign.order();
    rng.shuffle(order);
    const batch = assign;
    assign = new AssignParts(builder.parts, Math.ceil(builder.replicas) + 1);
    state.reassign(order, batch);
    if (!state.anyOverweight()) {
      break;
    }
  }
  state.writeBack();
  builder.devsChanged = false;
  const changedParts = builder.buildDispersionGraph(old);
  return { changedParts, balance: builder.getBalance(), removedDevs };
}

export function updateLastPartMoves(builder: RingBuilder): void {
  const now = builder.now();
  const elapsedHours = Math.floor(Math.trunc(now - builder.lastPartMovesEpoch) / 3600);
  if (elapsedHours <= 0) {
    return;
  }
  const moves = builder.lastPartMoves;
  for (let part = 0; part < moves.length; part++) {
    moves[part] = Math.min((moves[part] as number) + elapsedHours, 0xff);
  }
  builder.lastPartMovesEpoch = Math.trunc(now);
}

/** Make replica2part2dev's rows match the replica count (swift's _adjust_replica2part2dev_size). */
function adjustReplicaCount(builder: RingBuilder, state: Placement, assign: AssignParts): void {
  const whole = Math.trunc(builder.replicas);
  const fraction = builder.replicas - whole;
  const desired: number[] = new Array<number>(whole).fill(builder.parts);
  if (fraction) {
    desired.push(Math.trunc(builder.parts * fraction));
  }
  let rows = builder.replica2part2dev ?? [];
  for (const row of rows.slice(desired.length)) {
    for (const devId of row) {
      state.loseReplica(devId);
    }
  }
  rows = rows.slice(0, desired.length);
  desired.forEach((length, replica) => {
    const row = rows[replica];
    if (row === undefined) {
      assign.addRange(0, length, replica);
      rows.push(new Uint16Array(length).fill(NONE_DEV));
    } else if (row.length < length) {
      const grown = new Uint16Array(length).fill(NONE_DEV);
      grown.set(row);
      assign.addRange(row.length, length, replica);
      rows[replica] = grown;
    } else if (row.length > length) {
      for (let part = length; part < row.length; part++) {
        state.loseReplica(row[part] as number);
      }
      rows[replica] = row.slice(0, length);
    }
  });
  builder.replica2part2dev = rows;
}

function gatherFromFailedDevices(
  builder: RingBuilder,
  state: Placement,
  assign: AssignParts,
): number {
  const rows = builder.replica2part2dev ?? [];
  const failing = new Uint8Array(NONE_DEV + 1);
  let any = false;
  for (const id of builder.removeDevs) {
    if ((builder.devs[id] as Device).parts) {
      failing[id] = 1;
      any = true;
    }
  }
  if (any) {
    rows.forEach((row, replica) => {
      for (let part = 0; part < row.length; part++) {
        if (failing[row[part] as number]) {
          row[part] = NONE_DEV;
          state.setPartMoved(part);
          assign.add(part, replica);
        }
      }
    });
  }
  let removed = 0;
  while (builder.removeDevs.length) {
    builder.devs[builder.removeDevs.pop() as number] = null;
    removed++;
  }
  return removed;
}
