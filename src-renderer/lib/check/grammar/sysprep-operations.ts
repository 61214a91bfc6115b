/**
 * virt-sysprep's `--operations` by meaning (man virt-sysprep): a comma-separated list where
 * `-name` disables an operation and `defaults` / `all` stand for the default and all
 * operations; "--operations can be specified multiple times; the first time the set of enabled
 * operations is empty, while any further --operations affects the operations enabled so far".
 * So `user-account,defaults` is `defaults,user-account`, and `--operations defaults
 * --operations user-account` too. Which operations `defaults` holds is not in the grammar: a
 * `-name` before a later `defaults` or `all` is kept as written.
 */
import { isPlaceholder } from '../shell';
import type { Operation } from './operation';
import type { Located } from './read';

const METAS = new Set(['defaults', 'all']);

/** The uses' items as one sorted set, or undefined when order still matters. */
function canonical(items: string[]): string | undefined {
  const enabled = new Set<string>();
  const disabled = new Set<string>();
  for (const item of items) {
    const name = item.startsWith('-') ? item.slice(1) : item;
    if (item.startsWith('-')) {
      enabled.delete(name);
      disabled.add(name);
    } else if (METAS.has(item) && disabled.size > 0) {
      // Whether `defaults` enables again what was disabled depends on the defaults.
      return undefined;
    } else {
      enabled.add(name);
      disabled.delete(name);
    }
  }
  // Disabling what nothing enabled is nothing (the set starts empty).
  const hasMeta = [...enabled].some((name) => METAS.has(name));
  const off = hasMeta ? [...disabled].map((name) => `-${name}`) : [];
  return [...[...enabled].sort(), ...off.sort()].join(',');
}

/** Merges the uses into one canonical value; returns the values virt-sysprep refuses. */
export function sysprepOperations(operation: Operation): Located[] {
  const slot = operation.options.get('operation');
  const values = slot?.uses.flatMap((use) => use.values) ?? [];
  const first = values[0];
  if (!slot || !first || values.some((value) => isPlaceholder(value.text))) {
    return [];
  }
  // Items are not trimmed: virt-sysprep says "‘ user-account’ is not a known operation".
  const empty = values.filter((value) => value.text.split(',').includes(''));
  if (empty.length) {
    return empty.map((value) => ({
      finding: {
        kind: 'invalid-value',
        slot: '--operations',
        typed: value.text,
        note: '--operations: empty operation name',
      },
      at: value.at,
    }));
  }
  const text = canonical(values.flatMap((value) => value.text.split(',')));
  if (text !== undefined) {
    slot.values = [{ text, at: first.at }];
  }
  return [];
}
