/**
 * Findings as sentences in the UI language, through the i18n catalog: the study screen shows
 * them beside the diff, the CLI prints them in English.
 */
import type { MessageKey, Translate } from '../i18n';
import type { CheckResult } from './diff';
import { isProblem, type Finding } from './findings';

function keyOf(finding: Finding): MessageKey {
  switch (finding.kind) {
    case 'wrong-type':
      return finding.note === 'float' || finding.note === 'size'
        ? `check.wrong-type.${finding.note}`
        : 'check.wrong-type.int';
    case 'adds-option':
      return finding.note ? 'check.adds-option' : 'check.adds-option.bare';
    case 'wrong-command':
      return finding.expected ? 'check.wrong-command' : 'check.wrong-command.none';
    case 'redirection':
      return !finding.typed
        ? 'check.redirection.left-out'
        : !finding.expected
          ? 'check.redirection.added'
          : 'check.redirection';
    default:
      return `check.${finding.kind}`;
  }
}

export function describeFinding(finding: Finding, t: Translate): string {
  const params = {
    slot: finding.slot ?? '',
    typed: finding.typed ?? '',
    expected: finding.expected ?? '',
    note: finding.note ?? '',
    suggestion: finding.suggestion ?? '',
  };
  const sentence = t(keyOf(finding), params);
  return finding.suggestion ? `${sentence} ${t('check.did-you-mean', params)}` : sentence;
}

/** Every finding, problems first, one sentence each. */
export function describeFindings(findings: readonly Finding[], t: Translate): string[] {
  const problems = findings.filter(isProblem);
  const notes = findings.filter((f) => !problems.includes(f));
  return [...problems, ...notes].map((f) => describeFinding(f, t));
}

/**
 * The verdict's reasons as one text: the findings, or for a text answer, the words the diff
 * says are missing, not expected, or in another place. Empty only for a correct answer with
 * nothing to add.
 */
export function feedbackText(result: CheckResult, t: Translate): string {
  const findings = result.findings ?? [];
  if (findings.length || result.correct) {
    return describeFindings(findings, t).join(' ');
  }
  const missing = result.diff.filter((token) => token.op === 'missing').map((token) => token.text);
  const extra = result.diff
    .filter((token) => token.op === 'extra' || token.op === 'changed')
    .map((token) => token.text);
  // A word both missing and not expected is one written elsewhere: "Missing: vm. Not in the
  // expected answer: vm." would contradict itself.
  const moved = missing.filter((word, i) => extra.includes(word) && missing.indexOf(word) === i);
  const without = (words: string[]) => words.filter((word) => !moved.includes(word));
  const sentence = (key: MessageKey, words: string[]) =>
    words.length ? t(key, { words: words.join(' ') }) : '';
  const sentences = [
    sentence('check.diff-missing', without(missing)),
    sentence('check.diff-extra', without(extra)),
    sentence('check.diff-moved', moved),
  ];
  return sentences.filter(Boolean).join(' ') || t('check.diff-other');
}
