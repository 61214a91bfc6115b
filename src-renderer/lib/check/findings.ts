/**
 * What a grammar check found, as data: the UI and the CLI turn each finding into text in their
 * language (`feedback.ts`), so the judge never builds sentences.
 */
export type FindingKind =
  /** Another program than the card's. */
  | 'wrong-tool'
  /** A sub-command the tool does not have. */
  | 'unknown-command'
  /** An option the tool reads only after its sub-command, written before it. */
  | 'before-sub-command'
  /** Nothing typed. */
  | 'no-answer'
  /** A sub-command the tool has, but not the card's. */
  | 'wrong-command'
  | 'unknown-option'
  /** A prefix that more than one option starts with. */
  | 'ambiguous-option'
  /** An option written without the value it takes. */
  | 'missing-value'
  /** A flag written with `=value`. */
  | 'unexpected-value'
  /** A value in a positional slot the card leaves empty, that makes it another operation. */
  | 'changes-target'
  /** A positional the card's answer gives, left out. */
  | 'missing-argument'
  /** An option the card's answer gives, left out. */
  | 'missing-option'
  /** More positionals than the sub-command takes. */
  | 'extra-argument'
  | 'wrong-type'
  | 'wrong-choice'
  /** A value the tool itself refuses; the note has the tool's reason. */
  | 'invalid-value'
  /** A value other than the one the card's answer fixes. */
  | 'wrong-value'
  /** A placeholder typed for a slot whose placeholder has another name. */
  | 'wrong-placeholder'
  /**
   * Same program, other words, and no grammar to read them with: whether the tool reads them
   * the same is not known (`vgchange -a y` is `vgchange -ay`).
   */
  | 'unknown-options'
  /** The typed command redirects where the card's does not, or otherwise (slot: the operator). */
  | 'redirection'
  /** Notes on a correct answer: an option the card's answer does not give. */
  | 'adds-option'
  /** Notes on a correct answer: more values than the card's answer gives, where arity allows. */
  | 'adds-values'
  /** Notes on a correct answer: sub-command words shortened, as the tool allows; the full name. */
  | 'abbreviated-command';

export interface Finding {
  kind: FindingKind;
  /** The slot: an option as the grammar spells it (`--target`), a positional (`new_size`). */
  slot?: string;
  /** What was typed there. */
  typed?: string;
  /** What the card's answer has there: a value, a placeholder, the tool's default. */
  expected?: string;
  /** The nearest name the grammar knows, for "did you mean …". */
  suggestion?: string;
  /** From the tool: the value type (`int`), the choices, or the option's help. */
  note?: string;
}

/** Findings that leave the answer correct: what the typed answer adds. */
export const NOTE_KINDS: ReadonlySet<FindingKind> = new Set([
  'adds-option',
  'adds-values',
  'abbreviated-command',
]);

export const isProblem = (finding: Finding): boolean => !NOTE_KINDS.has(finding.kind);
