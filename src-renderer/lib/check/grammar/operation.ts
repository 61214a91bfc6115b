/**
 * A reading as the operation the tool would perform: options grouped by their slot (`dest`,
 * so aliases are one), the last value of a single-valued option winning as in argparse.
 */
import type { OptionUse, Reading, Value } from './read';
import type { OptionSpec } from './types';

export interface OptionSlot {
  spec: OptionSpec;
  uses: OptionUse[];
  /** Every value, in order; for a single-valued option only the last use's. */
  values: Value[];
}

export interface Operation {
  options: Map<string, OptionSlot>;
  positionals: Map<string, Value[]>;
  /** swift-ring-builder `add`: the devices, one canonical text each, whichever syntax gave them. */
  devices?: Value[];
}

export function operationOf(reading: Reading): Operation {
  const options = new Map<string, OptionSlot>();
  for (const use of reading.options) {
    const slot = options.get(use.spec.dest) ?? { spec: use.spec, uses: [], values: [] };
    slot.uses.push(use);
    slot.values = use.spec.repeatable ? [...slot.values, ...use.values] : use.values;
    options.set(use.spec.dest, slot);
  }
  return { options, positionals: new Map(reading.positionals) };
}
