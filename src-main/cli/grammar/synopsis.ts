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

/** Stands for a space inside `<ip or hostname>` while the text is split at spaces. */
const SPACE = '\u0000';

/** Brackets that open and close inside one word (`dev[:mnt]`, `=[+/-]<size>[%]`) are its own. */
function peel(chunk: string): string[] {
  if (chunk.startsWith('[...]')) {
    return ['[...]', ...peel(chunk.slice('[...]'.length))].filter(Boolean);
  }
  const before: string[] = [];
  const after: string[] = [];
  let word = chunk;
  while (/^[[{]/.test(word) && word !== '[...]') {
    before.push(word[0] ?? '');
    word = word.slice(1);
  }
  const depth = (text: string): number =>
    [...text].reduce(
      (n, c) => n + (c === '[' || c === '{' ? 1 : c === ']' || c === '}' ? -1 : 0),
      0,
    );
  while (/[\]}]$/.test(word) && depth(word) < 0) {
    after.unshift(word.slice(-1));
    word = word.slice(0, -1);
  }
  if (/^\.\.\.?$/.test(word) || word === '[...]') {
    return [...before, word, ...after];
  }
  // `-a|-d|-u|-l`, `directory|device`: alternatives, split where no bracket is open.
  const parts: string[] = [];
  let open = 0;
  let current = '';
  for (const c of word) {
    open += c === '[' || c === '{' ? 1 : c === ']' || c === '}' ? -1 : 0;
    if (c === '|' && open === 0) {
      parts.push(current, '|');
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return [...before, ...parts.filter(Boolean), ...after];
}

function tokenize(text: string): string[] {
  const joined = text.replace(/<[^<>]*>/g, (span) => span.replaceAll(' ', SPACE));
  return joined
    .split(/\s+/)
    .filter(Boolean)
    .flatMap(peel)
    .map((token) => token.replaceAll(SPACE, ' '));
}

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

/** How many values the tool says an option takes, when the caller knows (from its parser). */
export type OptionArity = (name: string) => Arity | undefined;

/** Placeholders for "any options" rather than options: `[--options]`, `[OPTION]...`. */
const ANY_OPTIONS =
  /\[(?:--options|options|OPTIONS?|standard options|command options|subcommand options)\](?:\s*\.\.\.)?/g;

function isValueWord(token: string): boolean {
  return /^<[^>]+>$/.test(token) || /^[^-[\]{}|.]/.test(token);
}

function parse(tokens: string[], arityOf: OptionArity): Item[] {
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
      } else if (token === '|') {
        // `device|mountpoint`, `file|dir`: one positional that is either.
        const last = items[items.length - 1];
        const next = tokens[at] ?? '';
        if (last?.kind === 'word' && isValueWord(next) && !isOption(next)) {
          last.text = `${last.text}|${next}`;
          at++;
        }
      } else if (token === ']' || token === '}') {
        continue;
      } else if (isOption(token)) {
        const [name = token, inline] = token.split('=');
        const next = tokens[at] ?? '';
        const known = arityOf(name);
        let metavar = inline;
        if (inline === undefined && known === 1 && (next === '[' || next === '{')) {
          // `-r [leaks | all]`: the option's value is one of the group's words.
          at++;
          metavar = words(sequence(next === '[' ? ']' : '}')).join('|');
        } else if (
          inline === undefined &&
          (known === 1
            ? isValueWord(next) && !isOption(next)
            : known === undefined &&
              (/^<[^>]+>$/.test(next) ||
                // `[-f fmt]`: the bracket closes right after the value.
                (close === ']' && isValueWord(next) && tokens[at + 1] === ']')))
        ) {
          metavar = next;
          at++;
        }
        items.push({ kind: 'option', name, ...(metavar === undefined ? {} : { metavar }) });
      } else if (/[A-Za-z0-9]/.test(token)) {
        items.push({ kind: 'word', text: token, repeated: false });
      }
      // Anything else (`+`, `-` in qemu-img's `[+ | -]size`) is part of a value, not a word.
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

function slotArity(optional: boolean, repeated: boolean): Arity {
  if (repeated) {
    return optional ? '*' : '+';
  }
  return optional ? '?' : 1;
}

/**
 * `optionArity` says, for options the caller has read from the tool's parser, whether the word
 * after them is their value; without it, `--opt <value>` and `[-f fmt]` are read as taking one.
 */
export function readSynopsis(text: string, optionArity: OptionArity = () => undefined): Synopsis {
  const slots: Slot[] = [];
  const options: OptionSpec[] = [];
  const tokens = tokenize(text.replace(ANY_OPTIONS, ' '));
  collect(parse(tokens, optionArity), false, slots, options);
  return {
    options,
    positionals: slots.map(({ name, metavar, optional, repeated }) => ({
      name,
      ...(metavar === undefined ? {} : { metavar }),
      arity: slotArity(optional, repeated),
    })),
  };
}
