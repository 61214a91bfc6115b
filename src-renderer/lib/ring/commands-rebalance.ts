/**
 * swift-ring-builder's rebalance and dispersion: when a rebalance is saved, refused or
 * warned about, and the dispersion report. Messages and exit codes are swift's.
 */
import { RingBuilderError } from './errors';
import { optparse } from './optparse';
import { requiredOverload } from './plan';
import { pyTimedelta, sprintf } from './pyformat';
import { rebalance } from './rebalance';
import { dispersionReport } from './report';
import { EXIT_ERROR, EXIT_SUCCESS, EXIT_WARNING, type Session } from './session';
import { MAX_BALANCE } from './types';

const RULE = '-'.repeat(79);

function validationFailure(s: Session, message: string): never {
  s.print(
    RULE,
    'An error has occurred during ring validation. Common\n' +
      'causes of failure are rings that are empty or do not\n' +
      'have enough devices to accommodate the replica count.\n' +
      `Original exception message:\n ${message}`,
    RULE,
  );
  s.exit(EXIT_ERROR);
}

export function rebalanceCommand(s: Session): void {
  const { opts, args } = optparse(
    [
      { short: '-f', long: '--force', type: 'flag' },
      { short: '-s', long: '--seed', type: 'string' },
      { short: '-d', long: '--debug', type: 'flag' },
    ],
    s.argv,
  );
  const b = s.builder;
  if (b.nextPartPower) {
    s.print('Partition power increase in progress.');
    s.print('You need to finish the increase first before rebalancing.');
    s.exit(EXIT_ERROR);
  }
  const seed = (opts.seed as string | undefined) || args[3];
  const devsChanged = b.devsChanged;
  const secondsLeft = b.minPartSecondsLeft;
  let lastBalance: number;
  let lastDispersion: number | null;
  let result: ReturnType<typeof rebalance>;
  try {
    lastBalance = b.getBalance();
    lastDispersion = b.dispersion;
    result = rebalance(b, seed);
  } catch (error) {
    if (error instanceof RingBuilderError) {
      validationFailure(s, error.message);
    }
    throw error;
  }
  const { changedParts, balance, removedDevs } = result;
  if (!(changedParts || opts.force || removedDevs)) {
    s.print('No partitions could be reassigned.');
    if (secondsLeft > 0) {
      s.print(
        `The time between rebalances must be at least min_part_hours: ${b.minPartHours} hours (${pyTimedelta(b.minPartSecondsLeft)} remaining)`,
      );
    } else {
      s.print('There is no need to do so at this time');
    }
    s.exit(EXIT_WARNING);
  }
  const dispersion = b.dispersion ?? 0;
  const cowardly =
    !opts.force &&
    !devsChanged &&
    !(
      Math.abs(lastBalance - balance) >= 1 ||
      (lastBalance === MAX_BALANCE && balance === MAX_BALANCE) ||
      lastDispersion === null ||
      Math.abs(lastDispersion - dispersion) >= 1
    );
  if (cowardly) {
    s.print('Cowardly refusing to save rebalance as it did not change at least 1%.');
    s.exit(EXIT_WARNING);
  }
  try {
    b.validate();
  } catch (error) {
    if (error instanceof RingBuilderError) {
      validationFailure(s, error.message);
    }
    throw error;
  }
  s.print(
    sprintf(
      'Reassigned %d (%.02f%%) partitions. Balance is now %.02f.  Dispersion is now %.02f',
      changedParts,
      (100 * changedParts) / b.parts,
      balance,
      dispersion,
    ),
  );
  let status = EXIT_SUCCESS;
  if (dispersion > 0) {
    s.print(
      RULE,
      sprintf(
        'NOTE: Dispersion of %.06f indicates some parts are not\n' +
          '      optimally dispersed.\n\n' +
          '      You may want to adjust some device weights, increase\n' +
          '      the overload or review the dispersion report.',
        dispersion,
      ),
    );
    status = EXIT_WARNING;
    s.print(RULE);
  } else if (balance > 5 && balance / 100 > b.overload) {
    s.print(
      RULE,
      sprintf('NOTE: Balance of %.02f indicates you should push this ', balance),
      sprintf('      ring, wait at least %d hours, and rebalance/repush.', b.minPartHours),
      RULE,
    );
    status = EXIT_WARNING;
  }
  const stamp = Math.trunc(s.io.now());
  s.saveRing(stamp);
  s.saveBuilder(stamp);
  s.exit(status);
}

export function dispersion(s: Session): void {
  const b = s.builder;
  if (!b.replica2part2dev) {
    s.print(
      `Specified builder file "${s.builderFile}" is not rebalanced yet. Please rebalance first.`,
    );
    s.exit(EXIT_ERROR);
  }
  const { opts, args } = optparse(
    [
      { long: '--recalculate', type: 'flag' },
      { short: '-v', long: '--verbose', type: 'flag' },
    ],
    s.argv,
  );
  const version = b.version;
  const report = dispersionReport(
    b,
    args[3] ?? null,
    Boolean(opts.verbose),
    Boolean(opts.recalculate),
  );
  if (b.version !== version) {
    s.saveBuilder();
  }
  let status = EXIT_SUCCESS;
  s.print(
    sprintf(
      'Dispersion is %.06f, Balance is %.06f, Overload is %0.2f%%',
      b.dispersion ?? 0,
      b.getBalance(),
      b.overload * 100,
    ),
    sprintf('Required overload is %.6f%%', requiredOverload(b.planInput()) * 100),
  );
  if (report.worstTier) {
    status = EXIT_WARNING;
    s.print(sprintf('Worst tier is %.06f (%s)', report.maxDispersion, report.worstTier));
  }
  if (report.graph.length) {
    const replicaRange = Array.from({ length: Math.ceil(b.replicas + 1) }, (_, i) => i);
    const countWidth = Math.max(String(b.parts).length, 5);
    const counts = (values: (string | number)[]): string =>
      values.map((v) => String(v).padStart(countWidth)).join(' ');
    const tierWidth = Math.max(...report.graph.map((g) => g.name.length), 30);
    const header =
      'Tier'.padEnd(tierWidth) +
      ' ' +
      'Parts'.padStart(countWidth) +
      sprintf(' %6s %6s ', '%', 'Max') +
      counts(replicaRange);
    const underline = '-'.repeat(header.length);
    s.print(underline, header, underline);
    for (const row of report.graph) {
      s.print(
        row.name.padEnd(tierWidth) +
          ' ' +
          String(row.placedParts).padStart(countWidth) +
          sprintf(' %6.02f %6d ', row.dispersion, row.maxReplicas) +
          counts(row.replicas),
      );
    }
  }
  s.exit(status);
}
