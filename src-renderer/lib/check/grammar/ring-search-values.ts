/**
 * swift-ring-builder's `remove` and `set_weight` name devices by search value (`d0`,
 * `r1z1-10.0.0.1:6200/sdb1`). swift parses each one before it searches the builder and stops
 * at the first it cannot read (`remove r1z1-10.0.0.1:6200/sdb1 100`: "Invalid ip 100", exit
 * code 2, the builder unchanged), so such a value is a refusal, not one more device.
 * Values with placeholders are left alone: only swift's parser (lib/ring/parse.ts) judges here.
 */
import { parseSearchValue } from '../../ring/parse';
import { PyValueError } from '../../ring/pyformat';
import { isPlaceholder } from '../shell';
import type { Operation } from './operation';
import type { Located, Reading, Value } from './read';

const HOLE = /<[^<>\s][^<>]*>/;

/** The positionals that hold search values, and whether every value or every other one does. */
const SEARCH_SLOTS: Record<string, Record<string, 'all' | 'even'>> = {
  remove: { search_value: 'all' },
  set_weight: { search_value: 'all', more_search_value_new_weight: 'even' },
};

export function ringSearchValues(reading: Reading, operation: Operation): Located[] {
  const slots = SEARCH_SLOTS[reading.command];
  if (!slots) {
    return [];
  }
  const problems: Located[] = [];
  for (const [name, which] of Object.entries(slots)) {
    const values = operation.positionals.get(name) ?? [];
    values.forEach((value, i) => {
      if (which === 'even' && i % 2 === 1) {
        return;
      }
      const problem = searchValueProblem(value);
      if (problem) {
        problems.push(problem);
      }
    });
  }
  return problems;
}

function searchValueProblem(value: Value): Located | undefined {
  if (isPlaceholder(value.text) || HOLE.test(value.text)) {
    return undefined;
  }
  try {
    parseSearchValue(value.text);
    return undefined;
  } catch (error) {
    if (!(error instanceof PyValueError)) {
      throw error;
    }
    return {
      finding: { kind: 'invalid-value', slot: 'search-value', note: error.message },
      at: value.at,
    };
  }
}
