/**
 * Ring-wide commands of swift-ring-builder: create, the default listing, validate,
 * write_ring and the settings (replicas, overload, min_part_hours). Messages and exit codes
 * are swift's.
 */
import { RingBuilder } from './builder';
import { RingBuilderError } from './errors';
import { pyInt, pyParseFloat, pyRepr, pyTimedelta, sprintf } from './pyformat';
import { deviceTable } from './report';
import { deserializeRing, ringDataOf, sameRing } from './ring-file';
import { EXIT_ERROR, EXIT_SUCCESS, EXIT_WARNING, type Session } from './session';
import { USAGE } from './usage';

export function create(s: Session): void {
  if (s.argv.length < 6) {
    s.print(USAGE.create);
    s.exit(EXIT_ERROR);
  }
  s.builder = new RingBuilder(
    pyInt(s.argv[3] as string),
    pyParseFloat(s.argv[4] as string),
    pyInt(s.argv[5] as string),
  );
  s.builder.now = () => s.io.now();
  s.saveBuilder(Math.trunc(s.io.now()));
  s.exit(EXIT_SUCCESS);
}

export function listing(s: Session): void {
  const b = s.builder;
  s.print(
    sprintf('%s, build version %d, id %s', s.builderFile, b.version, b.id ?? '(not assigned)'),
  );
  const devs = b.iterDevs();
  const regions = new Set(devs.map((d) => d.region)).size;
  const zones = new Set(devs.map((d) => `${d.region}/${d.zone}`)).size;
  let balance = 0;
  let emptyError: string | null = null;
  try {
    balance = b.getBalance();
  } catch (error) {
    if (!(error instanceof RingBuilderError)) {
      throw error;
    }
    emptyError = error.message;
  }
  const trailer = b.dispersion === null ? '' : sprintf(', %.02f dispersion', b.dispersion);
  s.print(
    sprintf(
      '%d partitions, %.6f replicas, %d regions, %d zones, %d devices, %.02f balance%s',
      b.parts,
      b.replicas,
      regions,
      zones,
      devs.length,
      balance,
      trailer,
    ),
    sprintf(
      'The minimum number of hours before a partition can be reassigned is %s (%s remaining)',
      b.minPartHours,
      pyTimedelta(b.minPartSecondsLeft),
    ),
    sprintf('The overload factor is %0.2f%% (%.6f)', b.overload * 100, b.overload),
  );
  const bytes = s.io.readRing(s.ringFile);
  let ringFresh = false;
  if (!bytes) {
    s.print(`Ring file ${s.ringFile} not found, probably it hasn't been written yet`);
  } else {
    let fresh: boolean | null = null;
    try {
      fresh = sameRing(ringDataOf(b), deserializeRing(bytes, s.io.gunzip, s.ringFile));
    } catch (error) {
      s.print(`Ring file ${s.ringFile} is invalid: ${(error as Error).message}`);
    }
    ringFresh = fresh === true;
    if (fresh !== null) {
      s.print(`Ring file ${s.ringFile} is ${fresh ? 'up-to-date' : 'obsolete'}`);
    }
  }
  s.print(...deviceTable(b, emptyError ? new Map() : b.balancePerDev()));
  if (b.nextPartPower && b.nextPartPower === b.partPower + 1) {
    s.print(`\nPreparing increase of partition power (${b.partPower} -> ${b.nextPartPower})`);
    s.print(
      'Run "swift-object-relinker relink" on all nodes before moving on to increase_partition_power.',
    );
  }
  if (b.nextPartPower && b.partPower === b.nextPartPower) {
    s.print(`\nIncreased partition power (${b.partPower} -> ${b.nextPartPower})`);
    if (!ringFresh) {
      s.print(
        'First run "swift-ring-builder <builderfile> write_ring" now and copy the updated .ring.gz file to all nodes.',
      );
    }
    s.print(
      'Run "swift-object-relinker cleanup" on all nodes before moving on to finish_increase_partition_power.',
    );
  }
  if (emptyError) {
    s.print(emptyError);
  }
  s.exit(EXIT_SUCCESS);
}

export function validate(s: Session): void {
  s.builder.validate();
  s.exit(EXIT_SUCCESS);
}

export function writeRing(s: Session): void {
  const b = s.builder;
  if (!b.devs.length) {
    s.print('Unable to write empty ring.');
    s.exit(EXIT_ERROR);
  }
  if (!b.replica2part2dev) {
    s.print(
      'Warning: Writing a ring with no partition assignments but with devices; did you forget to run "rebalance"?',
    );
  }
  s.saveRing(Math.trunc(s.io.now()));
  s.exit(EXIT_SUCCESS);
}

export function pretendMinPartHoursPassed(s: Session): void {
  s.builder.pretendMinPartHoursPassed();
  s.saveBuilder();
  s.exit(EXIT_SUCCESS);
}

export function setMinPartHours(s: Session): void {
  if (s.argv.length < 4) {
    s.print(USAGE.set_min_part_hours);
    s.exit(EXIT_ERROR);
  }
  s.builder.minPartHours = pyInt(s.argv[3] as string);
  s.print(
    `The minimum number of hours before a partition can be reassigned is now set to ${s.argv[3]}`,
  );
  s.saveBuilder();
  s.exit(EXIT_SUCCESS);
}

export function setReplicas(s: Session): void {
  if (s.argv.length < 4) {
    s.print(USAGE.set_replicas);
    s.exit(EXIT_ERROR);
  }
  const text = s.argv[3] as string;
  let replicas: number;
  try {
    replicas = pyParseFloat(text);
  } catch {
    s.print(USAGE.set_replicas, `"${text}" is not a valid number.`);
    s.exit(EXIT_ERROR);
  }
  if (replicas < 1) {
    s.print('Replica count must be at least 1.');
    s.exit(EXIT_ERROR);
  }
  s.builder.setReplicas(replicas);
  s.print(sprintf('The replica count is now %.6f.', s.builder.replicas));
  s.print('The change will take effect after the next rebalance.');
  s.saveBuilder();
  s.exit(EXIT_SUCCESS);
}

export function setOverload(s: Session): void {
  if (s.argv.length < 4) {
    s.print(USAGE.set_overload);
    s.exit(EXIT_ERROR);
  }
  let text = s.argv[3] as string;
  const percent = text.endsWith('%');
  if (percent) {
    text = text.replace(/%+$/, '');
  }
  let overload: number;
  try {
    overload = pyParseFloat(text);
  } catch {
    s.print(USAGE.set_overload, `${pyRepr(text)} is not a valid number.`);
    s.exit(EXIT_ERROR);
  }
  if (percent) {
    overload *= 0.01;
  }
  if (overload < 0) {
    s.print('Overload must be non-negative.');
    s.exit(EXIT_ERROR);
  }
  let status = EXIT_SUCCESS;
  if (overload > 1 && !percent) {
    s.print('!?! Warning overload is greater than 100% !?!');
    status = EXIT_WARNING;
  }
  s.builder.overload = overload;
  s.print(sprintf('The overload factor is now %0.2f%% (%.6f)', overload * 100, overload));
  s.print('The change will take effect after the next rebalance.');
  s.saveBuilder();
  s.exit(status);
}
