/**
 * swift-ring-builder's search and list_parts: which devices match, and which partitions
 * they hold.
 */
import { searchFromArgs, usageWithSearch } from './device-args';
import { PyValueError, sprintf } from './pyformat';
import { EXIT_ERROR, EXIT_SUCCESS, type Session } from './session';
import { MAX_BALANCE, NONE_DEV } from './types';
import { USAGE } from './usage';

export function search(s: Session): void {
  if (s.argv.length < 4) {
    usageWithSearch(s, USAGE.search);
  }
  const b = s.builder;
  const devs = searchFromArgs(s, s.argv.slice(3), USAGE.search, true);
  if (!devs.length) {
    s.print('No matching devices found');
    s.exit(EXIT_ERROR);
  }
  s.print(
    'Devices:    id  region  zone      ip address  port  replication ip  replication port      name weight partitions balance meta',
  );
  const total = b.iterDevs().reduce((sum, d) => sum + d.weight, 0);
  if (total === 0) {
    throw new PyValueError('float division by zero');
  }
  const weightedParts = (b.parts * b.replicas) / total;
  for (const dev of devs) {
    const balance = dev.weight
      ? (100 * dev.parts) / (dev.weight * weightedParts) - 100
      : dev.parts
        ? MAX_BALANCE
        : 0;
    s.print(
      sprintf(
        '         %5d %7d %5d %15s %5d %15s %17d %9s %6.02f %10s %7.02f %s',
        dev.id,
        dev.region,
        dev.zone,
        dev.ip,
        dev.port,
        dev.replication_ip,
        dev.replication_port,
        dev.device,
        dev.weight,
        dev.parts,
        balance,
        dev.meta,
      ),
    );
  }
  s.exit(EXIT_SUCCESS);
}

export function listParts(s: Session): void {
  if (s.argv.length < 4) {
    usageWithSearch(s, USAGE.list_parts);
  }
  const rows = s.builder.replica2part2dev;
  if (!rows) {
    s.print(
      `Specified builder file "${s.builderFile}" is not rebalanced yet. Please rebalance first.`,
    );
    s.exit(EXIT_ERROR);
  }
  const devs = searchFromArgs(s, s.argv.slice(3), USAGE.list_parts, false);
  if (!devs.length) {
    s.print('No matching devices found');
    s.exit(EXIT_ERROR);
  }
  const wanted = new Uint8Array(NONE_DEV + 1);
  devs.forEach((d) => (wanted[d.id] = 1));
  const counts = new Map<number, number>();
  for (const row of rows) {
    row.forEach((devId, part) => {
      if (wanted[devId]) {
        counts.set(part, (counts.get(part) ?? 0) + 1);
      }
    });
  }
  s.print('Partition   Matches');
  for (const [part, n] of [...counts].sort((x, y) => y[1] - x[1])) {
    s.print(sprintf('%9d   %7d', part, n));
  }
  s.exit(EXIT_SUCCESS);
}
