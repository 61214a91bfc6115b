/**
 * swift's metadata options by meaning. swiftclient turns `-m 'k: v'` into the header
 * `(prefix + k).title(): v.strip()` (utils.split_request_headers), with the prefix
 * X-Account-Meta-, X-Container-Meta- or X-Object-Meta- by what is posted, and `-H` headers
 * as given; `post`'s ACL and sync options are headers too. So `-m 'k: v'` and
 * `-H 'X-Container-Meta-K: v'` are the same request.
 */
import { isPlaceholder } from '../shell';
import type { OptionSlot, Operation } from './operation';
import type { Value } from './read';
import type { OptionSpec } from './types';

/** The header each `post` option sets for a container (swiftclient's SwiftService.post). */
const POST_HEADERS: Record<string, string> = {
  read_acl: 'X-Container-Read',
  write_acl: 'X-Container-Write',
  sync_to: 'X-Container-Sync-To',
  sync_key: 'X-Container-Sync-Key',
};

const HEADERS: OptionSpec = {
  names: ['-H', '--header'],
  dest: 'header',
  arity: 1,
  repeatable: true,
  metavar: '<header:value>',
};

/** Python's str.title(): upper case after anything that is not a letter, lower case elsewhere. */
function pyTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[^\p{L}])(\p{L})/gu, (_, before: string, letter: string) => {
      return before + letter.toUpperCase();
    });
}

/** `k: v` → `Prefix-K: v`, as swiftclient sends it; without a colon swift refuses it. */
function header(item: string, prefix: string): string | undefined {
  if (isPlaceholder(item)) {
    return item;
  }
  const colon = item.indexOf(':');
  if (colon < 0) {
    return undefined;
  }
  return `${pyTitle(prefix + item.slice(0, colon))}: ${item.slice(colon + 1).trim()}`;
}

function metaPrefix(command: string, positionals: number): string {
  if (command === 'post') {
    return (
      ['X-Account-Meta-', 'X-Container-Meta-', 'X-Object-Meta-'][Math.min(positionals, 2)] ?? ''
    );
  }
  return 'X-Object-Meta-';
}

/** swift.common.utils.TRUE_VALUES, which config_true_value compares the lowered value with. */
const TRUE_VALUES = new Set(['true', '1', 'yes', 'on', 't', 'y']);

/**
 * A header's value by what swift does with it. ACLs: the proxy's clean_acl strips each element
 * and drops empty ones, and parse_acl reads them as lists that are only searched, so
 * `.rlistings,.r:*` is `.r:*, .rlistings`. Web-Listings: staticweb turns listings on when
 * config_true_value(value), so `yes` and `True` are `true`.
 */
function byMeaning(text: string): string {
  const colon = text.indexOf(': ');
  if (colon < 0 || isPlaceholder(text)) {
    return text;
  }
  const name = text.slice(0, colon);
  const value = text.slice(colon + 2);
  if (name === 'X-Container-Read' || name === 'X-Container-Write') {
    const elements = value.split(',').map((element) => element.trim());
    return `${name}: ${[...new Set(elements.filter(Boolean))].sort().join(',')}`;
  }
  if (name === 'X-Container-Meta-Web-Listings' && !/[<[]/.test(value)) {
    return `${name}: ${TRUE_VALUES.has(value.trim().toLowerCase()) ? 'true' : 'false'}`;
  }
  return text;
}

export interface HeaderProblem {
  value: Value;
}

/**
 * Replaces the metadata, header and ACL slots of a swift `post`, `upload` or `copy` by one
 * `header` slot of canonical headers. Items swift would refuse (no colon) are returned.
 */
export function swiftHeaders(command: string, operation: Operation): HeaderProblem[] {
  if (!['post', 'upload', 'copy'].includes(command)) {
    return [];
  }
  const count = [...operation.positionals.values()].reduce((sum, v) => sum + v.length, 0);
  const prefix = metaPrefix(command, count);
  const merged: OptionSlot = { spec: HEADERS, uses: [], values: [] };
  const problems: HeaderProblem[] = [];
  const add = (slot: OptionSlot | undefined, toHeader: (value: string) => string | undefined) => {
    for (const value of slot?.values ?? []) {
      const header = toHeader(value.text);
      const text = header === undefined ? undefined : byMeaning(header);
      if (text === undefined) {
        problems.push({ value });
      } else {
        merged.values.push({ text, at: value.at });
      }
    }
    merged.uses.push(...(slot?.uses ?? []));
  };
  add(operation.options.get('meta'), (v) => header(v, prefix));
  add(operation.options.get('header'), (v) => header(v, ''));
  operation.options.delete('meta');
  operation.options.delete('header');
  if (command === 'post' && count === 1) {
    for (const [dest, name] of Object.entries(POST_HEADERS)) {
      add(operation.options.get(dest), (v) => `${name}: ${v}`);
      operation.options.delete(dest);
    }
  }
  if (merged.values.length || merged.uses.length) {
    operation.options.set(HEADERS.dest, merged);
  }
  return problems;
}
