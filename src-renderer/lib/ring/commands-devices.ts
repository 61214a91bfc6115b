/**
 * swift-ring-builder's add and remove, in both the add-value and the `--option` syntax.
 */
import type { NewDevice } from './builder';
import { UNCHANGED, checkDevs, orValueError, searchFromArgs, usageWithSearch } from './device-args';
import { parseAddArgs, validateArgs } from './parse';
import { pyFloat, sprintf } from './pyformat';
import { EXIT_ERROR, EXIT_SUCCESS, formatDevice, type Session } from './session';
import type { Device } from './types';
import { USAGE } from './usage';

function parseAddValues(s: Session, argv: readonly string[]): NewDevice[] {
  const devices = parseAddArgs(argv, (text) =>
    s.warn(`WARNING: No region specified for ${text}. Defaulting to region 1.\n`),
  );
  if (!devices) {
    s.print(USAGE.add);
    s.exit(EXIT_ERROR);
  }
  return devices;
}

export function add(s: Session): void {
  if (s.argv.length < 5) {
    s.print(USAGE.add);
    s.exit(EXIT_ERROR);
  }
  const b = s.builder;
  if (b.nextPartPower) {
    s.print('Partition power increase in progress. You need ');
    s.print('to finish the increase first before adding devices.');
    s.exit(EXIT_ERROR);
  }
  orValueError(
    s,
    () => {
      for (const dev of parseAddValues(s, s.argv.slice(3))) {
        const clash = b
          .iterDevs()
          .find((d) => d.ip === dev.ip && d.port === dev.port && d.device === dev.device);
        if (clash) {
          s.print(
            sprintf(
              'Device %d already uses %s:%d/%s.',
              clash.id,
              clash.ip,
              clash.port,
              clash.device,
            ),
            UNCHANGED + '\n',
          );
          s.exit(EXIT_ERROR);
        }
        const id = b.addDev(dev);
        s.print(
          `Device ${formatDevice(b.devs[id] as Device)} with ${pyFloat(dev.weight)} weight got id ${id}`,
        );
      }
    },
    UNCHANGED,
  );
  s.saveBuilder();
  s.exit(EXIT_SUCCESS);
}

/** swift's check_devs: none is an error; several need a yes. */

export function remove(s: Session): void {
  if (s.argv.length < 4) {
    usageWithSearch(s, USAGE.remove);
  }
  const b = s.builder;
  if (b.nextPartPower) {
    s.print('Partition power increase in progress. You need ');
    s.print('to finish the increase first before removing devices.');
    s.exit(EXIT_ERROR);
  }
  const { opts } = validateArgs(s.argv.slice(3));
  const devs = searchFromArgs(s, s.argv.slice(3), USAGE.remove, false);
  checkDevs(
    s,
    devs,
    `Are you sure you want to remove these ${devs.length} devices? (y/N) `,
    'Aborting device removals',
    opts.yes,
  );
  for (const dev of devs) {
    b.removeDev(dev.id);
    s.print(`${formatDevice(dev)} marked for removal and will be removed next rebalance.`);
  }
  s.saveBuilder();
  s.exit(EXIT_SUCCESS);
}
