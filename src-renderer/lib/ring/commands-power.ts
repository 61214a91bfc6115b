/**
 * Partition power increase (prepare → increase → finish, or cancel) and write_builder, which
 * recreates a builder from a ring file. swift's RingBuilder methods and CLI messages.
 */
import { RingBuilder } from './builder';
import { PyFileNotFoundError } from './errors';
import { pyInt } from './pyformat';
import { updateLastPartMoves } from './rebalance';
import { deserializeRing } from './ring-file';
import { EXIT_ERROR, EXIT_SUCCESS, basename, type Session } from './session';
import type { Device } from './types';

const CAUTION = ['The change will take effect after the next write_ring.'];

export function prepareIncrease(s: Session): void {
  if (!basename(s.builderFile).includes('object')) {
    s.print('Partition power increase is only supported for object rings.');
    s.exit(EXIT_ERROR);
  }
  const b = s.builder;
  if (b.nextPartPower) {
    s.print('Ring is already prepared for partition power increase.');
    s.exit(EXIT_ERROR);
  }
  b.nextPartPower = b.partPower + 1;
  b.version += 1;
  s.saveBuilder();
  s.print(
    `The next partition power is now ${b.nextPartPower}.`,
    ...CAUTION,
    'Ensure your proxy-servers, object-replicators and ',
    'reconstructors are using the changed rings and relink ',
    '(using swift-object-relinker) your existing data',
    'before the partition power increase',
  );
  s.exit(EXIT_SUCCESS);
}

/** Every partition p becomes 2p and 2p+1 on the same devices, so no data moves. */
function increase(b: RingBuilder): boolean {
  if (!b.nextPartPower || b.nextPartPower !== b.partPower + 1) {
    return false;
  }
  if (!b.replica2part2dev) {
    // swift fails here with a TypeError; keep its exit code and say why
    throw new TypeError("'NoneType' object is not iterable");
  }
  b.replica2part2dev = b.replica2part2dev.map((row) => {
    const doubled = new Uint16Array(row.length * 2);
    row.forEach((dev, i) => {
      doubled[2 * i] = dev;
      doubled[2 * i + 1] = dev;
    });
    return doubled;
  });
  for (const dev of b.iterDevs()) {
    dev.parts *= 2;
  }
  const moves = b.lastPartMoves;
  const doubledMoves = new Uint8Array(moves.length * 2);
  moves.forEach((m, i) => {
    doubledMoves[2 * i] = m;
    doubledMoves[2 * i + 1] = m;
  });
  b.lastPartMoves = doubledMoves;
  b.partPower = b.nextPartPower;
  b.parts *= 2;
  b.version += 1;
  return true;
}

export function increasePower(s: Session): void {
  if (increase(s.builder)) {
    s.print(`The partition power is now ${s.builder.partPower}.`, ...CAUTION);
    updateLastPartMoves(s.builder);
    s.saveBuilder();
    s.exit(EXIT_SUCCESS);
  }
  s.print(
    'Ring partition power cannot be increased. Either the ring',
    'was not prepared yet, or this operation has already run.',
  );
  s.exit(EXIT_ERROR);
}

export function cancelIncrease(s: Session): void {
  const b = s.builder;
  if (!b.nextPartPower || b.nextPartPower !== b.partPower + 1) {
    s.print('Ring partition power increase cannot be canceled.');
    s.exit(EXIT_ERROR);
  }
  b.nextPartPower = b.partPower;
  b.version += 1;
  s.saveBuilder();
  s.print(
    `The next partition power is now ${b.nextPartPower}.`,
    ...CAUTION,
    'Ensure your object-servers are using the changed rings and',
    'cleanup (using swift-object-relinker) the hard links',
  );
  s.exit(EXIT_SUCCESS);
}

export function finishIncrease(s: Session): void {
  const b = s.builder;
  if (!(b.nextPartPower && b.nextPartPower === b.partPower)) {
    s.print('Ring partition power increase cannot be finished.');
    s.exit(EXIT_ERROR);
  }
  b.nextPartPower = null;
  b.version += 1;
  s.print(...CAUTION);
  s.saveBuilder();
  s.exit(EXIT_SUCCESS);
}

export function writeBuilder(s: Session): void {
  if (s.io.readBuilder(s.builderFile) !== null) {
    s.print(`Cowardly refusing to overwrite existing Ring Builder file: ${s.builderFile}`);
    s.exit(EXIT_ERROR);
  }
  let minPartHours = 24;
  if (s.argv.length > 3) {
    minPartHours = pyInt(s.argv[3] as string);
  } else {
    s.warn('WARNING: default min_part_hours may not match the value in the lost builder.\n');
  }
  const bytes = s.io.readRing(s.ringFile);
  if (!bytes) {
    throw new PyFileNotFoundError(`[Errno 2] No such file or directory: '${s.ringFile}'`, {
      file: s.ringFile,
    });
  }
  const ring = deserializeRing(bytes, s.io.gunzip, s.ringFile);
  const b = new RingBuilder(32 - ring.partShift, ring.replica2part2dev.length, minPartHours);
  b.now = () => s.io.now();
  b.devs = ring.devs.map((d) => (d ? ({ ...d, parts: 0, parts_wanted: 0 } as Device) : null));
  b.version = ring.version ?? 0;
  b.replica2part2dev = ring.replica2part2dev;
  b.dispersion = null;
  for (const row of ring.replica2part2dev) {
    for (const devId of row) {
      (b.devs[devId] as Device).parts += 1;
    }
  }
  s.builder = b;
  s.saveBuilder();
}
