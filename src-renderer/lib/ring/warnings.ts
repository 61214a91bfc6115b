/**
 * Why a swift-ring-builder rebalance ended with exit code 1 (EXIT_WARNING), read from swift's
 * own messages. swift/cli/ringbuilder.py's rebalance has four such endings: two leave the
 * builder as it was (nothing could move; the change was under 1%), two save the new ring and
 * add a NOTE (dispersion above 0; balance above 5% and above the overload).
 */
export type RebalanceWarning =
  /** Nothing moved because every movable partition moved less than min_part_hours ago. */
  | { kind: 'min-part-hours'; hours: string; remaining: string }
  /** Nothing moved and nothing needs to. */
  | { kind: 'nothing-to-move' }
  /** "Cowardly refusing to save": balance and dispersion changed by less than 1. */
  | { kind: 'cowardly' }
  | { kind: 'dispersion'; dispersion: string }
  | { kind: 'balance'; balance: string; hours: string };

export function rebalanceWarning(stdout: string): RebalanceWarning | null {
  const wait =
    /The time between rebalances must be at least min_part_hours: (\d+) hours \(([^)]*) remaining\)/.exec(
      stdout,
    );
  if (wait) {
    return { kind: 'min-part-hours', hours: wait[1] as string, remaining: wait[2] as string };
  }
  if (stdout.includes('No partitions could be reassigned.')) {
    return { kind: 'nothing-to-move' };
  }
  if (stdout.includes('Cowardly refusing to save rebalance')) {
    return { kind: 'cowardly' };
  }
  const dispersion = /NOTE: Dispersion of ([\d.]+) indicates/.exec(stdout);
  if (dispersion) {
    return { kind: 'dispersion', dispersion: dispersion[1] as string };
  }
  const balance = /NOTE: Balance of ([\d.]+) indicates[\s\S]*?wait at least (\d+) hours/.exec(
    stdout,
  );
  if (balance) {
    return { kind: 'balance', balance: balance[1] as string, hours: balance[2] as string };
  }
  return null;
}
