/**
 * swift-ring-builder's main(): file names, loading the builder, dispatching the command and
 * turning every ending into (stdout, stderr, exit code). Shared by the CLI and the app.
 */
import { DomainError } from '../errors';
import * as dev from './commands-devices';
import * as reb from './commands-rebalance';
import * as search from './commands-search';
import * as set from './commands-set';
import * as power from './commands-power';
import * as ring from './commands-ring';
import { OptParseError } from './optparse';
import { EXIT_ERROR, EXIT_SUCCESS, Exit, Session, type RingIO } from './session';
import { parseBuilder } from './state';
import { HELP } from './usage';

export interface RingRun {
  stdout: string;
  stderr: string;
  code: number;
}

const COMMANDS: Record<string, (s: Session) => void> = {
  create: ring.create,
  default: ring.listing,
  rebalance: reb.rebalanceCommand,
  dispersion: reb.dispersion,
  validate: ring.validate,
  write_ring: ring.writeRing,
  pretend_min_part_hours_passed: ring.pretendMinPartHoursPassed,
  set_min_part_hours: ring.setMinPartHours,
  set_replicas: ring.setReplicas,
  set_overload: ring.setOverload,
  add: dev.add,
  search: search.search,
  list_parts: search.listParts,
  set_weight: set.setWeight,
  set_region: set.setRegion,
  set_zone: set.setZone,
  set_info: set.setInfo,
  remove: dev.remove,
  write_builder: power.writeBuilder,
  prepare_increase_partition_power: power.prepareIncrease,
  increase_partition_power: power.increasePower,
  cancel_increase_partition_power: power.cancelIncrease,
  finish_increase_partition_power: power.finishIncrease,
};

export const RING_COMMANDS = Object.keys(COMMANDS).filter((c) => c !== 'default');

/**
 * swift's parse_builder_ring_filename_args, with our JSON builders: `x.json` (or `x.builder`)
 * pairs with `x.ring.gz`, and a ring file name points back at `x.json`.
 */
export function builderAndRingFiles(first: string): [string, string] {
  if (first.endsWith('.ring.gz')) {
    return [first.slice(0, -'.ring.gz'.length) + '.json', first];
  }
  const stem = first.replace(/\.(json|builder)$/, '');
  return [first, stem + '.ring.gz'];
}

/** `argv` as swift sees it: [program, builder_file, command, ...args]. */
export function runRingBuilder(argv: readonly string[], io: RingIO): RingRun {
  const [builderFile, ringFile] = builderAndRingFiles(argv[1] ?? '');
  const s: Session = new Session(argv, io, builderFile, ringFile);
  try {
    if (argv.length < 2) {
      s.stdout += HELP;
      s.exit(EXIT_SUCCESS);
    }
    if (builderFile !== argv[1]) {
      s.print(`Note: using ${builderFile} instead of ${argv[1]} as builder file`);
    }
    const command = argv[2] ?? 'default';
    const text = io.readBuilder(builderFile);
    if (text === null) {
      if (command !== 'create' && command !== 'write_builder') {
        s.print(`Ring Builder file does not exist: ${builderFile}`);
        s.exit(EXIT_ERROR);
      }
    } else {
      try {
        s.builder = parseBuilder(text, builderFile);
      } catch (error) {
        s.print((error as DomainError).message);
        s.exit(EXIT_ERROR);
      }
      s.builder.now = () => io.now();
    }
    const handler = COMMANDS[command];
    if (!handler) {
      s.print(`Unknown command: ${command}`);
      s.exit(EXIT_ERROR);
    }
    handler(s);
    return { stdout: s.stdout, stderr: s.stderr, code: EXIT_SUCCESS };
  } catch (error) {
    if (error instanceof Exit) {
      return { stdout: s.stdout, stderr: s.stderr, code: error.code };
    }
    if (error instanceof OptParseError) {
      s.warn(
        `Usage: swift-ring-builder [options]\n\nswift-ring-builder: error: ${error.message}\n`,
      );
      return { stdout: s.stdout, stderr: s.stderr, code: EXIT_ERROR };
    }
    // swift's excepthook: any other exception is a traceback on stderr and exit 2
    const name =
      error instanceof DomainError
        ? pythonName(error)
        : error instanceof TypeError
          ? 'TypeError'
          : 'Exception';
    s.warn(`Traceback (most recent call last):\n${name}: ${(error as Error).message}\n`);
    return { stdout: s.stdout, stderr: s.stderr, code: EXIT_ERROR };
  }
}

/** `PyValueError` is Python's `ValueError`; swift's own exceptions keep their names. */
function pythonName(error: DomainError): string {
  return error.name.startsWith('Py') ? error.name.slice(2) : error.name;
}
