/**
 * Reads a usage synopsis, as tools print it (`[--all] [--prefix <prefix>] [<container>
 * [<object>] [...]]`, `convert [-c] [-f fmt] filename [filename2 [...]] output_filename`), into
 * options and positionals. Brackets make what they hold optional; `...` (or `[...]`, or a
 * misprinted `..`) repeats the item before it; `<x> [<x>]` is one positional with one or more
 * values; a repeated group of several positionals that repeats the ones before it
 * (`<search-value> <weight> [<search-value> <weight>] ...`) is one trailing positional taking
 * any number of values, since one positional cannot say "in pairs".
 */
import type {
  Arity,
  OptionSpec,
  PositionalSpec,
} from '../../../src-renderer/lib/check/grammar/types';

export interface Synopsis {
  options: OptionSpec[];
  positionals: PositionalSpec[];
}

type Item =
  | { kind: 'word'; text: string; repeated: boolean }
  | { kind: 'option'; name: string; metavar?: string }
  | { kind: 'group'; items: Item[]; repeated: boolean };

const TOKEN = /<[^<>]*>|\[\.\.\.\]|\.\.\.?|[[\]{}|]|[^\s[\]{}|]+/g;

/** `--opt` or `-o`, but not a lone `-` (standard input) or `--`. */
function isOption(word: string): boolean {
  return /^--?[A-Za-z0-9]/.test(word);
}

function isRepeat(token: string): boolean {
  return token === '...' || token === '..' || token === '[...]';
}

/** `<new region>` → `new_region`, `<part_power>` → `part_power`, `FILE` → `FILE`. */
export function positionalName(word: string): string {
  return word
    .replace(/^<|>$/g, '')
    .trim()
    .replace(/[\s-]+/g, '_');
}

function destOf(name: string): string {
  return name.replace(/^-+/, '').replaceAll('-', '_');
}

function parse(tokens: string[]): Item[] {
  let at = 0;
  const sequence = (close?: string): Item[] => {
    const items: Item[] = [];
    while (at < tokens.length) {
      const token = tokens[at++] ?? '';
      if (token === close) {
        return items;
      }
      if (token === '[' || token === '{') {
        const inner = sequence(token === '[' ? ']' : '}');
        if (token === '[') {
          items.push({ kind: 'group', items: inner, repeated: false });
        } else {
          // `{a|b}` is required: what it holds is simply there.
          items.push(...inner);
        }
      } else if (isRepeat(token)) {
        // What repeats is the last thing with a positional in it: swift's `[<object>]
        // [--version-id <version_id>] [...]` repeats the object.
        const last = items.findLast((item) => item.kind !== 'option' && words([item]).length > 0);
        if (last && last.kind !== 'option') {
          last.repeated = true;
        }
      } else if (token === '|' || token === ']' || token === '}') {
        continue;
      } else if (isOption(token)) {
        const [name = token, inline] = token.split('=');
        const next = tokens[at] ?? '';
        // `--prefix <prefix>`, or `[-f fmt]` where the bracket closes right after the value.
        const takesNext =
          inline === undefined &&
          (/^<[^>]+>$/.test(next) ||
            (close === ']' && /^[^-[\]{}|.]/.test(next) && tokens[at + 1] === ']'));
        if (takesNext) {
          at++;
        }
        const metavar = inline ?? (takesNext ? next : undefined);
        items.push({ kind: 'option', name, ...(metavar === undefined ? {} : { metavar }) });
      } else {
        items.push({ kind: 'word', text: token, repeated: false });
      }
    }
    return items;
  };
  return sequence();
}

interface Slot {
  name: string;
  metavar?: string;
  optional: boolean;
  repeated: boolean;
}

function words(items: Item[]): string[] {
  return items.flatMap((item) =>
    item.kind === 'word' ? [item.text] : item.kind === 'group' ? words(item.items) : [],
  );
}

function collect(items: Item[], optional: boolean, slots: Slot[], options: OptionSpec[]): void {
  for (const item of items) {
    if (item.kind === 'option') {
      if (!options.some((option) => option.names.includes(item.name))) {
        options.push({
          names: [item.name],
          dest: destOf(item.name),
          arity: item.metavar === undefined ? 0 : 1,
          ...(item.metavar === undefined ? {} : { metavar: item.metavar }),
        });
      }
    } else if (item.kind === 'word') {
      addSlot(slots, { name: positionalName(item.text), optional, repeated: item.repeated });
    } else {
      const inner = words(item.items).map(positionalName);
      const before = slots.slice(-inner.length).map((slot) => slot.name);
      if (item.repeated && inner.length > 1 && inner.every((name, i) => before[i] === name)) {
        slots.push({
          name: `more_${inner.join('_')}`,
          metavar: `[${words(item.items).join(' ')}] ...`,
          optional: true,
          repeated: true,
        });
        continue;
      }
      const start = slots.length;
      collect(item.items, true, slots, options);
      if (item.repeated) {
        for (const slot of slots.slice(start)) {
          slot.repeated = true;
        }
      }
    }
  }
}

/** `<x> [<x>]` and `filename [filename2 …]`: the second is more of the first. */
function addSlot(slots: Slot[], slot: Slot): void {
  const last = slots[slots.length - 1];
  if (last && (last.name === slot.name || slot.name === `${last.name}2`)) {
    last.repeated = true;
  } else {
    slots.push(slot);
  }
}

function arityOf(optional: boolean, repeated: boolean): Arity {
  if (repeated) {
    return optional ? '*' : '+';
  }
  return optional ? '?' : 1;
}

export function readSynopsis(text: string): Synopsis {
  const slots: Slot[] = [];
  const options: OptionSpec[] = [];
  collect(parse(text.match(TOKEN) ?? []), false, slots, options);
  return {
    options,
    positionals: slots.map(({ name, metavar, optional, repeated }) => ({
      name,
      ...(metavar === undefined ? {} : { metavar }),
      arity: arityOf(optional, repeated),
    })),
  };
}
