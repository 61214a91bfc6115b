/**
 * One value against its slot: the tool's own type and choices, and the card's answer there
 * (a literal, a placeholder, or a word with placeholders inside).
 */
import type { Finding } from '../findings';
import { isPlaceholder, wordMatches } from '../shell';
import { nearest } from './suggest';
import type { ValueType } from './types';

export interface SlotKind {
  type?: ValueType;
  choices?: string[];
}

/** Python's int(): optional sign, digits with single underscores between them, spaces around. */
const PY_INT = /^\s*[+-]?\d(?:_?\d)*\s*$/;
const PY_FLOAT =
  /^\s*[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.|inf(?:inity)?|nan)\s*$/i;

/**
 * qemu_strtosz: a decimal (with a fraction) or hex number and one optional unit letter,
 * b/k/M/G/T/P/E in either case; the sign is resize's relative size (`+10G`).
 */
const QEMU_SIZE = /^\s*[+-]?(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?|\.\d+)[bkmgtpeBKMGTPE]?$/;

const number = (text: string): number => Number(text.replace(/_/g, '').trim());

/** The placeholder's name, so `<IMAGE_ID>`, `<image-id>` and `[image id]` are one name. */
function placeholderName(text: string): string {
  return text
    .slice(1, -1)
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** What the tool itself would say of a typed value, before any card comes into it. */
export function typeProblem(typed: string, slot: string, kind: SlotKind): Finding | undefined {
  if (isPlaceholder(typed)) {
    return undefined;
  }
  if (kind.type === 'int' && !PY_INT.test(typed)) {
    return { kind: 'wrong-type', slot, typed, note: 'int' };
  }
  if (kind.type === 'float' && !PY_FLOAT.test(typed)) {
    return { kind: 'wrong-type', slot, typed, note: 'float' };
  }
  if (kind.type === 'size' && !QEMU_SIZE.test(typed)) {
    return { kind: 'wrong-type', slot, typed, note: 'size' };
  }
  if (kind.choices?.length && !kind.choices.includes(typed)) {
    const suggestion = nearest(typed, kind.choices);
    return { kind: 'wrong-choice', slot, typed, suggestion, note: kind.choices.join(', ') };
  }
  return undefined;
}

/** The same value to the tool: equal text, or equal numbers in a number slot (`020` is 20). */
export function sameValue(typed: string, expected: string, kind: SlotKind): boolean {
  if (typed === expected) {
    return true;
  }
  const numeric =
    (kind.type === 'int' && PY_INT.test(typed) && PY_INT.test(expected)) ||
    (kind.type === 'float' && PY_FLOAT.test(typed) && PY_FLOAT.test(expected));
  return numeric && number(typed) === number(expected);
}

/**
 * A typed value in the slot where the card's answer has `expected`. A placeholder there takes
 * any value of the right type; a typed placeholder fits only a placeholder of the same name.
 */
export function valueProblem(
  typed: string,
  expected: string,
  slot: string,
  kind: SlotKind,
): Finding | undefined {
  const own = typeProblem(typed, slot, kind);
  if (own) {
    return own;
  }
  if (isPlaceholder(typed)) {
    if (isPlaceholder(expected) && placeholderName(typed) === placeholderName(expected)) {
      return undefined;
    }
    return {
      kind: isPlaceholder(expected) ? 'wrong-placeholder' : 'wrong-value',
      slot,
      typed,
      expected,
    };
  }
  if (isPlaceholder(expected) || sameValue(typed, expected, kind) || wordMatches(typed, expected)) {
    return undefined;
  }
  const path = pathOf(slot, expected);
  if (path && wordMatches(path(typed), path(expected))) {
    return undefined;
  }
  return { kind: 'wrong-value', slot, typed, expected };
}

/** Slots that name a directory: mount's, guestmount's, umount's when the card gives no device. */
const DIRECTORY_SLOTS = new Set(['mountpoint', 'olddir', 'newdir', 'directory|device']);
/** Slots that name a file. */
const FILE_SLOTS = new Set(['builder_file']);

const withoutDot = (path: string): string =>
  path.replace(/\/{2,}/g, '/').replace(/^(?:\.\/)+(?=.)/, '');

/**
 * How a path slot's value names its file: `./account.builder` is `account.builder`, and a
 * directory is the same with its final slash (`/mnt/` is `/mnt`; `mount /dev/loop0 /mnt/` mounts
 * there). Not a device: `/dev/sdb1/` is "Not a directory".
 */
function pathOf(slot: string, expected: string): ((path: string) => string) | undefined {
  if (FILE_SLOTS.has(slot)) {
    return withoutDot;
  }
  if (DIRECTORY_SLOTS.has(slot) && !expected.startsWith('/dev/')) {
    return (path) => withoutDot(path).replace(/(?<=.)\/+$/, '');
  }
  return undefined;
}
