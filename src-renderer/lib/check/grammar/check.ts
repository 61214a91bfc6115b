/**
 * A typed command against the card's answer with the tools' grammars: each simple command of
 * the line read with its tool's grammar, judged as an operation (judge.ts), and a diff that
 * marks the words the findings are about. A simple command whose tool, sub-command grammar or
 * card answer the data cannot read is compared as today (command.ts), with no findings.
 */
import { checkCommand } from '../command';
import { charDiff, type CheckResult, type DiffToken } from '../diff';
import { isProblem, type Finding } from '../findings';
import { redirectionFinding, sameRedirects, withoutRedirects, writesOutput } from '../redirect';
import { isPlaceholder, tokenize, wordMatches, type Word } from '../shell';
import { judge, type Judgement } from './judge';
import { readCommand, type Reading } from './read';
import { asRun, asRunCommand } from './ring-builder-runs';
import { nearest } from './suggest';
import type { GrammarData, OptionSpec } from './types';

/** Simple commands, each with the separator that ends it (`;`, `&&`, `|`) as its last word. */
function segments(line: string): Word[][] {
  const result: Word[][] = [[]];
  for (const word of tokenize(line.normalize('NFKC').replace(/^\s*\$\s+/, ''), false)) {
    result[result.length - 1]?.push(word);
    if (word.separator) {
      result.push([]);
    }
  }
  return result.filter((segment) => segment.length > 0);
}

const text = (words: Word[]): string => words.map((w) => w.raw).join(' ');

export function checkWithGrammar(typed: string, expected: string, data: GrammarData): CheckResult {
  const typedSegments = segments(typed);
  const expectedSegments = segments(expected);
  if (typedSegments.length !== expectedSegments.length) {
    return checkCommand(typed, expected);
  }
  const results = expectedSegments.map((e, k) => checkSegment(typedSegments[k] ?? [], e, data));
  const findings = results.flatMap((r) => r.findings ?? []);
  const diff = results.flatMap((r) => r.diff);
  if (results.every((r) => r.correct)) {
    return { correct: true, diff, findings };
  }
  // One simple command surely wrong makes the line wrong; else some could not be told.
  const undecided = results.every((r) => r.correct || r.undecided);
  return { correct: false, diff, findings, ...(undecided ? { undecided } : {}) };
}

function checkSegment(typedWords: Word[], expectedWords: Word[], data: GrammarData): CheckResult {
  const separator = (words: Word[]) => (words[words.length - 1]?.separator ? words.slice(-1) : []);
  if (separator(typedWords)[0]?.value !== separator(expectedWords)[0]?.value) {
    return checkCommand(text(typedWords), text(expectedWords));
  }
  const tAll = typedWords.slice(0, typedWords.length - separator(typedWords).length);
  const eAll = expectedWords.slice(0, expectedWords.length - separator(expectedWords).length);
  const result = checkArguments(withoutRedirects(tAll), withoutRedirects(eAll), data);
  if (!result) {
    return checkCommand(text(typedWords), text(expectedWords));
  }
  const tail = separator(typedWords).map((w): DiffToken => ({ text: w.raw, op: 'same' }));
  const redirects = (words: Word[]) => words.filter((word) => word.redirect);
  if (sameRedirects(tAll, eAll)) {
    const same = redirects(tAll).map((w): DiffToken => ({ text: w.raw, op: 'same' }));
    return {
      correct: result.correct,
      findings: result.findings,
      diff: [...result.diff, ...same, ...tail],
    };
  }
  const diff: DiffToken[] = [
    ...result.diff,
    ...redirects(tAll).map((w): DiffToken => ({ text: w.raw, op: 'extra' })),
    ...redirects(eAll).map((w): DiffToken => ({ text: w.raw, op: 'missing' })),
    ...tail,
  ];
  // Options of the answer left out, with the output sent to a file instead (`> out.img` for
  // `--file <FILE>`): the tool may write the same there, or not.
  const problems = (result.findings ?? []).filter(isProblem);
  const replaced = problems.filter((f) => f.kind === 'missing-option');
  const instead = writesOutput(tAll) && replaced.length === problems.length;
  if (!result.correct && !instead) {
    return { correct: result.correct, findings: result.findings, diff };
  }
  const notes = (result.findings ?? []).filter((f) => !isProblem(f));
  const toFile =
    replaced.length === 1
      ? stdoutFor(replaced[0] as Finding, tAll, eAll, result.options)
      : undefined;
  if (toFile?.same) {
    const typedOnly = diff.filter((token) => token.op !== 'missing');
    return { correct: true, diff: typedOnly.map(asTyped), findings: notes };
  }
  if (toFile) {
    const finding: Finding = {
      kind: 'wrong-value',
      slot: toFile.slot,
      typed: toFile.target,
      expected: toFile.value,
    };
    return { correct: false, diff, findings: [finding, ...notes] };
  }
  const finding = redirectionFinding(
    tAll,
    eAll,
    replaced.map((f) => f.expected ?? f.slot ?? ''),
  );
  return { correct: false, undecided: true, diff, findings: [finding, ...notes] };
}

const asTyped = (token: DiffToken): DiffToken => ({ text: token.text, op: 'same' });

/**
 * `> file` for an option the tool itself says writes to standard output when left out
 * (openstack image save --file: "Downloaded image save filename (default: stdout)"), to the
 * file the card names there or to any where it has a placeholder: the same file written.
 */
function stdoutFor(
  missing: Finding,
  typed: Word[],
  expected: Word[],
  options: OptionSpec[],
): { same: boolean; slot: string; target: string; value: string } | undefined {
  const redirects = typed.filter((word) => word.redirect);
  const target = redirects[0]?.value.slice(1);
  const spec = options.find((option) => option.names.includes(missing.slot ?? ''));
  if (
    redirects.length !== 1 ||
    !redirects[0]?.value.startsWith('>') ||
    redirects[0].value.startsWith('>>') ||
    expected.some((word) => word.redirect) ||
    !target ||
    !spec ||
    !/\(default: stdout\)/i.test(spec.help ?? '')
  ) {
    return undefined;
  }
  const words = (missing.expected ?? '').split(' ');
  const value = words.length === 2 ? words[1] : words[0]?.split('=').slice(1).join('=');
  if (!value) {
    return undefined;
  }
  return { same: wordMatches(target, value), slot: missing.slot ?? '', target, value };
}

/** The simple command's arguments judged with the grammar; undefined where it cannot read them. */
function checkArguments(
  tWords: Word[],
  eWords: Word[],
  data: GrammarData,
): (CheckResult & { options: OptionSpec[] }) | undefined {
  const name = eWords[0]?.value ?? '';
  const listed = data.tools[name];
  const expectedTool = listed ? asRun(name, listed) : undefined;
  const expectedReading = expectedTool
    ? asRunCommand(readCommand(eWords, expectedTool))
    : undefined;
  if (!expectedReading?.grammar || expectedReading.problems.some((p) => isProblem(p.finding))) {
    return undefined;
  }
  const typedTool = tWords[0]?.value ?? '';
  const options = expectedReading.grammar.options;
  if (typedTool !== expectedReading.tool) {
    const finding: Finding = {
      kind: 'wrong-tool',
      typed: typedTool,
      expected: expectedReading.tool,
      suggestion: nearest(typedTool, Object.keys(data.tools)),
    };
    const diff = otherToolDiff(tWords, eWords, expectedReading.tool);
    return { correct: false, diff, findings: [finding], options };
  }
  const typedReading = asRunCommand(
    readCommand(tWords, expectedTool as NonNullable<typeof expectedTool>),
  );
  const judgement = judge(
    { reading: expectedReading, words: eWords },
    { reading: typedReading, words: tWords },
  );
  const findings = judgement.located.map((l) => l.finding);
  const correct = !findings.some(isProblem);
  const diff: DiffToken[] = correct
    ? tWords.map((w) => ({ text: w.raw, op: 'same' }))
    : wordDiff(tWords, judgement, typedReading, expectedReading);
  return { correct, diff, findings, options };
}

/**
 * Another tool's command, word by word against the whole answer, so that words the answer does
 * not have are not shown as right: either the first word in the place of the tool (a misspelt
 * tool keeps its letters), or the line as it is (the tool left out); whichever marks fewer.
 */
function otherToolDiff(typed: Word[], expected: Word[], tool: string): DiffToken[] {
  const [first, ...rest] = typed;
  const toolDiff: DiffToken[] = first ? replaced(first, tool) : [{ text: tool, op: 'missing' }];
  const inPlace = [...toolDiff, ...checkCommand(text(rest), text(expected.slice(1))).diff];
  const asIs = checkCommand(text(typed), text(expected)).diff;
  const marked = (diff: DiffToken[]) => diff.filter((token) => token.op !== 'same').length;
  return marked(asIs) < marked(inPlace) ? asIs : inPlace;
}

/** What a marked word should have been, when the finding knows it and it is not a placeholder. */
function replacement(finding: Finding): string | undefined {
  const candidate =
    finding.kind === 'wrong-value' || finding.kind === 'wrong-tool'
      ? (finding.expected ?? finding.suggestion)
      : finding.suggestion;
  return candidate === undefined || isPlaceholder(candidate) ? undefined : candidate;
}

/**
 * A word typed in the place of another: a misspelling shows which characters differ (as Anki
 * does); a word with little in common is shown as the typed word and the one it replaces.
 */
function replaced(word: Word, want: string): DiffToken[] {
  const chars = charDiff(word.value, want);
  const kept = chars.filter((c) => c.op === 'same').reduce((n, c) => n + [...c.text].length, 0);
  if (kept * 2 >= Math.max([...word.value].length, [...want].length)) {
    return [{ text: word.raw, op: 'changed', chars }];
  }
  return [
    { text: word.raw, op: 'extra' },
    { text: want, op: 'missing' },
  ];
}

/** The typed words, each marked by the problem found in it; missing words after their place. */
function wordDiff(
  words: Word[],
  judgement: Judgement,
  typed: Reading | undefined,
  expected: Reading,
): DiffToken[] {
  const marks = new Map<number, string | null>();
  for (const { finding, at } of judgement.located) {
    if (at === undefined || !isProblem(finding)) {
      continue;
    }
    if ((finding.kind === 'unknown-command' || finding.kind === 'wrong-command') && typed) {
      const want = (finding.suggestion ?? expected.command).split(' ');
      typed.commandAt.forEach((index, n) => marks.set(index, want[n] ?? null));
      continue;
    }
    const word = words[at]?.value ?? '';
    const want = replacement(finding);
    const typedPart = finding.typed ?? word;
    marks.set(
      at,
      want !== undefined && word.endsWith(typedPart)
        ? word.slice(0, word.length - typedPart.length) + want
        : null,
    );
  }
  const diff: DiffToken[] = [];
  const missingAfter = (index: number) =>
    judgement.missing
      .filter((m) => Math.min(m.after, words.length - 1) === index)
      .flatMap((m) => m.words.map((w): DiffToken => ({ text: w, op: 'missing' })));
  diff.push(
    ...(words.length === 0
      ? judgement.missing.flatMap((m) =>
          m.words.map((w): DiffToken => ({ text: w, op: 'missing' })),
        )
      : []),
  );
  words.forEach((word, index) => {
    const mark = marks.get(index);
    if (mark === undefined || mark === word.value) {
      diff.push({ text: word.raw, op: 'same' });
    } else if (mark === null) {
      diff.push({ text: word.raw, op: 'extra' });
    } else {
      diff.push(...replaced(word, mark));
    }
    diff.push(...missingAfter(index));
  });
  return diff;
}
