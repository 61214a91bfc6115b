/**
 * The verdict on a typed command read with the grammar, against the card's answer read the same
 * way: same tool and sub-command; every value the card fixes, in its slot; placeholders take
 * any value of their slot's type; an option at its default is the option left out; more
 * values (where the arity allows) and other known options are fine, with a note.
 */
import type { Finding } from '../findings';
import type { Word } from '../shell';
import { operationOf, type OptionSlot, type Operation } from './operation';
import { primaryName, type Located, type Reading, type Value } from './read';
import { ringDevices } from './ring-devices';
import { ringSearchValues, searchValueOfOptions } from './ring-search-values';
import { swiftAllWithNames } from './swift-all';
import { swiftHeaders } from './swift-headers';
import { sysprepOperations } from './sysprep-operations';
import type { OptionSpec, PositionalSpec } from './types';
import { sameValue, typeProblem, valueProblem } from './values';

/** Words of the card's answer the typed one lacks, and the typed word to show them after. */
export interface Missing {
  words: string[];
  after: number;
}

export interface Judgement {
  located: Located[];
  missing: Missing[];
}

interface Side {
  reading: Reading;
  words: Word[];
}

export function judge(expected: Side, typed: Side): Judgement {
  const result: Judgement = { located: [], missing: [] };
  const e = expected.reading;
  const t = typed.reading;
  if (e.tool !== t.tool) {
    result.located.push({
      finding: { kind: 'wrong-tool', typed: t.tool, expected: e.tool },
      at: 0,
    });
    return result;
  }
  if (e.command !== t.command) {
    if (t.command === '') {
      const finding: Finding = {
        kind: 'missing-argument',
        slot: 'sub-command',
        expected: e.command,
      };
      result.missing.push({ words: e.command.split(' '), after: 0 });
      result.located.push({ finding });
      return result;
    }
    const unknown = t.problems.find((p) => p.finding.kind === 'unknown-command');
    result.located.push(
      unknown ?? {
        finding: { kind: 'wrong-command', typed: t.command, expected: e.command },
        at: t.commandAt[0],
      },
    );
    return result;
  }
  result.located.push(...t.problems);
  const expectedOp = withMeaning(e, expected.words, result);
  const typedOp = withMeaning(t, typed.words, result);
  judgePositionals(e.slots, expectedOp, typedOp, expected.words, t, result);
  // Devices swift would refuse are already a finding: no comparing them too.
  if (expectedOp.devices && typedOp.devices) {
    judgeDevices(expectedOp.devices, typedOp.devices, expected.words, typed.words, result);
  }
  judgeOptions(expectedOp, typedOp, expected.words, e.anyOptions, typed.words.length, result);
  judgeEarlierUses(typedOp, result);
  return result;
}

/**
 * argparse converts and checks the value of every use of an option, not only the last one
 * that wins: `--size other8 --size 40` fails on `other8`.
 */
function judgeEarlierUses(typed: Operation, result: Judgement): void {
  for (const slot of typed.options.values()) {
    if (slot.spec.repeatable) {
      continue;
    }
    for (const use of slot.uses.slice(0, -1)) {
      const kind = use.spec.choicesOfLastUse ? { type: use.spec.type } : use.spec;
      for (const value of use.values) {
        const problem = typeProblem(value.text, primaryName(use.spec), kind);
        if (problem) {
          result.located.push({ finding: problem, at: value.at });
        }
      }
    }
  }
}

/** The operation, with values that have a meaning of their own compared by that meaning. */
function withMeaning(reading: Reading, words: Word[], result: Judgement): Operation {
  const operation = operationOf(reading);
  if (reading.tool === 'swift') {
    result.located.push(...swiftAllWithNames(reading, operation));
    for (const { value } of swiftHeaders(reading.command, operation)) {
      result.located.push({
        finding: {
          kind: 'invalid-value',
          slot: '--meta',
          typed: value.text,
          // swiftclient's own words (utils.split_request_headers).
          note: `Metadata parameter ${value.text} must contain a ':'`,
        },
        at: value.at,
      });
    }
  }
  if (reading.tool === 'virt-sysprep') {
    result.located.push(...sysprepOperations(operation));
  }
  if (reading.tool === 'swift-ring-builder') {
    searchValueOfOptions(reading, operation);
    result.located.push(...ringDevices(reading, operation, words));
    result.located.push(...ringSearchValues(reading, operation));
  }
  return operation;
}

const rawOf = (words: Word[], values: Value[]): string[] =>
  values.map((v) => words[v.at]?.raw ?? v.text);

function judgePositionals(
  specs: PositionalSpec[],
  expected: Operation,
  typed: Operation,
  expectedWords: Word[],
  reading: Reading,
  result: Judgement,
): void {
  let lastTyped = reading.commandAt[reading.commandAt.length - 1] ?? 0;
  for (const spec of specs) {
    const want = expected.positionals.get(spec.name) ?? [];
    const got = typed.positionals.get(spec.name) ?? [];
    got.forEach((value, i) => {
      const other = want[i];
      const problem = other
        ? valueProblem(value.text, other.text, spec.name, spec)
        : typeProblem(value.text, spec.name, spec);
      if (problem) {
        result.located.push({ finding: problem, at: value.at });
      }
    });
    if (got.length < want.length) {
      const missing = want.slice(got.length);
      result.located.push({
        finding: {
          kind: 'missing-argument',
          slot: spec.name,
          expected: rawOf(expectedWords, missing).join(' '),
        },
      });
      result.missing.push({ words: rawOf(expectedWords, missing), after: lastTyped });
    } else if (
      got.length > want.length &&
      (want.length > 0 || optional(spec) || givesArguments(expected))
    ) {
      // A required slot left open by a card that asks for the command's name alone adds
      // nothing. Left open by a card that gives arguments, the command runs without it: filling
      // it is another form (`losetup -f` prints the first unused device; `losetup -f disk.img`
      // attaches disk.img to it, man losetup).
      const added = got.slice(want.length).map((v) => v.text);
      const more = want.length > 0 || (optional(spec) && moreOfFilled(spec, specs, expected));
      result.located.push({
        finding: more
          ? { kind: 'adds-values', slot: spec.name, typed: added.join(' '), note: spec.help }
          : { kind: 'changes-target', slot: spec.name, typed: added.join(' '), note: spec.help },
        at: got[want.length]?.at,
      });
    }
    lastTyped = Math.max(lastTyped, ...got.map((v) => v.at));
  }
}

const optional = (spec: PositionalSpec): boolean => spec.arity === '?' || spec.arity === '*';

const givesArguments = (card: Operation): boolean =>
  card.options.size > 0 || [...card.positionals.values()].some((values) => values.length > 0);

/**
 * Values in a slot the card leaves empty, that keep the card's operation: an argparse `?` slot
 * (its default overridden, as an option would be), or a list slot that repeats slots the card
 * fills (swift-ring-builder's `[<device> <weight>] ...` after `<device> <weight>`). Any other
 * changes what the command acts on (`swift delete c o` deletes an object, not the container).
 */
function moreOfFilled(spec: PositionalSpec, specs: PositionalSpec[], card: Operation): boolean {
  if (spec.narrows) {
    return false;
  }
  if (spec.arity === '?') {
    return true;
  }
  return specs.some(
    (other) =>
      other !== spec &&
      (card.positionals.get(other.name)?.length ?? 0) > 0 &&
      (spec.metavar ?? '').replace(/-/g, '_').includes(`<${other.name}>`),
  );
}

/** The option is given once, with the value the tool uses when it is left out. */
function atDefault(slot: OptionSlot): boolean {
  const { spec, values } = slot;
  const last = values[values.length - 1];
  return (
    spec.default !== undefined &&
    !spec.repeatable &&
    spec.arity !== 0 &&
    last !== undefined &&
    values.length === 1 &&
    sameValue(last.text, spec.default, spec)
  );
}

function optionWords(words: Word[], slot: OptionSlot): string[] {
  const use = slot.uses[slot.uses.length - 1];
  if (!use) {
    return [];
  }
  const word = words[use.at];
  const values = use.values.filter((v) => v.at !== use.at);
  if (!word || (word.value !== use.written && !word.value.startsWith(`${use.written}=`))) {
    // One of bundled flags (`-v` of `-av`), or `-ovalue`: the option alone, then its value.
    return [use.written, ...use.values.map((v) => v.text)];
  }
  return [word.raw, ...rawOf(words, values)];
}

function judgeOptions(
  expected: Operation,
  typed: Operation,
  expectedWords: Word[],
  anyOptions: boolean,
  typedLength: number,
  result: Judgement,
): void {
  for (const [dest, want] of expected.options) {
    const got = typed.options.get(dest);
    const slot = primaryName(want.spec);
    if (atDefault(want)) {
      const value = got?.values[got.values.length - 1];
      if (value && !sameValue(value.text, want.spec.default ?? '', want.spec)) {
        result.located.push({
          finding: valueProblem(value.text, want.spec.default ?? '', slot, want.spec) ?? {
            kind: 'wrong-value',
            slot,
          },
          at: value.at,
        });
      }
      continue;
    }
    if (!got) {
      const missing = optionWords(expectedWords, want);
      result.located.push({
        finding: { kind: 'missing-option', slot, expected: missing.join(' ') },
      });
      result.missing.push({ words: missing, after: typedLength - 1 });
      continue;
    }
    compareValues(want, got, slot, result);
  }
  for (const [dest, got] of typed.options) {
    if (expected.options.has(dest)) {
      continue;
    }
    for (const value of got.values) {
      const problem = typeProblem(value.text, primaryName(got.spec), got.spec);
      if (problem) {
        result.located.push({ finding: problem, at: value.at });
      }
    }
    if (!atDefault(got) && !anyOptions) {
      result.located.push({ finding: addsOption(got.spec, got.values) });
    }
  }
}

function addsOption(spec: OptionSpec, values: Value[]): Finding {
  return {
    kind: 'adds-option',
    slot: primaryName(spec),
    typed: values.map((v) => v.text).join(' ') || undefined,
    note: spec.help,
  };
}

/**
 * Values of one option slot. A repeatable option's values are a set (each expected value
 * matched by one typed value, in any order); otherwise they are compared in order.
 */
function compareValues(want: OptionSlot, got: OptionSlot, slot: string, result: Judgement): void {
  const spec = want.spec;
  const wantConst = want.uses[want.uses.length - 1]?.spec.const;
  if (wantConst !== undefined) {
    // Flags that store different values in one slot (`--public`, `--private`): alternatives.
    const last = got.uses[got.uses.length - 1];
    if (last && last.spec.const !== wantConst) {
      result.located.push({
        finding: {
          kind: 'wrong-value',
          slot: spec.dest,
          typed: last.written,
          expected: primaryName(want.uses[want.uses.length - 1]?.spec ?? spec),
        },
        at: last.at,
      });
    }
    return;
  }
  if (!spec.repeatable) {
    got.values.forEach((value, i) => {
      const other = want.values[i];
      const problem = other
        ? valueProblem(value.text, other.text, slot, spec)
        : typeProblem(value.text, slot, spec);
      if (problem) {
        result.located.push({ finding: problem, at: value.at });
      }
    });
    if (got.values.length < want.values.length) {
      result.located.push({ finding: { kind: 'missing-value', slot, note: spec.metavar } });
    }
    return;
  }
  const left = [...got.values];
  for (const value of want.values) {
    const k = left.findIndex((g) => valueProblem(g.text, value.text, slot, spec) === undefined);
    if (k >= 0) {
      left.splice(k, 1);
      continue;
    }
    const wrong = left.shift();
    result.located.push(
      wrong
        ? {
            finding: valueProblem(wrong.text, value.text, slot, spec) ?? {
              kind: 'wrong-value',
              slot,
            },
            at: wrong.at,
          }
        : { finding: { kind: 'missing-value', slot, expected: value.text } },
    );
  }
  if (left.length) {
    result.located.push({
      finding: {
        kind: 'adds-values',
        slot,
        typed: left.map((v) => v.text).join(' '),
        note: spec.help,
      },
    });
  }
}

/** swift-ring-builder `add`: the same devices in the same order, each by its meaning. */
function judgeDevices(
  want: Value[],
  got: Value[],
  expectedWords: Word[],
  typedWords: Word[],
  result: Judgement,
): void {
  got.forEach((value, i) => {
    const other = want[i];
    if (other && valueProblem(value.text, other.text, 'device', {})) {
      result.located.push({
        finding: {
          kind: 'wrong-value',
          slot: 'device',
          typed: devicesWords(typedWords, value),
          expected: devicesWords(expectedWords, other),
        },
        at: value.at,
      });
    }
  });
  if (got.length < want.length) {
    const missing = want.slice(got.length).map((v) => devicesWords(expectedWords, v));
    result.located.push({
      finding: { kind: 'missing-argument', slot: 'device', expected: missing.join(' ') },
    });
    result.missing.push({ words: missing, after: typedWords.length - 1 });
  } else if (want.length > 0 && got.length > want.length) {
    const added = got.slice(want.length).map((v) => devicesWords(typedWords, v));
    result.located.push({
      finding: { kind: 'adds-values', slot: 'device', typed: added.join(' ') },
    });
  }
}

/** A device as written: its add value and weight, or the options it came from. */
function devicesWords(words: Word[], value: Value): string {
  const first = words[value.at]?.raw ?? value.text;
  const next = words[value.at + 1]?.raw;
  if (first.startsWith('-')) {
    return value.text;
  }
  return next === undefined ? first : `${first} ${next}`;
}
