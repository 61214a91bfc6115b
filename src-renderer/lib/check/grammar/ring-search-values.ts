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

/**
 * The search value's fields in its own syntax (parse_search_value's docstring:
 * `d<id>r<region>z<zone>-<ip>:<port>R<r_ip>:<r_port>/<device_name>_<meta>`), by option slot.
 */
const FIELDS: [dest: string, prefix: string][] = [
  ['id', 'd'],
  ['region', 'r'],
  ['zone', 'z'],
  ['ip', '-'],
  ['port', ':'],
  ['replication_ip', 'R'],
  ['replication_port', ':'],
  ['device', '/'],
  ['meta', '_'],
];

/**
 * `remove --region 1 --zone 1 --ip 10.0.0.1 --port 6200 --device sdb1` searches as
 * `remove r1z1-10.0.0.1:6200/sdb1` (_parse_remove_values: the options form when no search value
 * is given, parse_search_values_from_opts; `if value:` skips empty and zero values). Written as
 * that search value, the options compare with the card's. Left as they are where the options
 * say what a search value cannot: a weight, a replication port without its address.
 */
export function searchValueOfOptions(reading: Reading, operation: Operation): void {
  if (reading.command !== 'remove' || (operation.positionals.get('search_value')?.length ?? 0)) {
    return;
  }
  const value = (dest: string): Value | undefined => {
    const values = operation.options.get(dest)?.values ?? [];
    const last = values[values.length - 1];
    return last && last.text !== '' && !/^0+$/.test(last.text) ? last : undefined;
  };
  const used = FIELDS.filter(([dest]) => value(dest) !== undefined);
  if (
    used.length === 0 ||
    operation.options.has('weight') ||
    (value('replication_port') && !value('replication_ip'))
  ) {
    return;
  }
  const text = used
    .map(([dest, prefix]) => {
      const field = (value(dest) as Value).text;
      const bracketed = (dest === 'ip' || dest === 'replication_ip') && field.includes(':');
      return prefix + (bracketed ? `[${field}]` : field);
    })
    .join('');
  const at = Math.min(...used.map(([dest]) => (value(dest) as Value).at));
  used.forEach(([dest]) => operation.options.delete(dest));
  operation.positionals.set('search_value', [{ text, at }]);
}
