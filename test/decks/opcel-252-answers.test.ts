/**
 * Every type-in card of the shipped OPCEL 252 deck through the checker, the way a learner's
 * answer goes: its own answer is correct; re-spelt as its tool reads the same (options
 * reordered, other aliases, `--opt=value`) it is still correct; with its sub-command misspelt
 * it is wrong, and the feedback says why. Generic over the cards, so it holds while the deck's
 * wording changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src-renderer/lib/check/answer';
import { feedbackText } from '../../src-renderer/lib/check/feedback';
import data from '../../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData } from '../../src-renderer/lib/check/grammar/types';
import { translate, type MessageKey, type Params } from '../../src-renderer/lib/i18n';
import { isNotesFile } from '../../src-renderer/lib/notes/files';
import { generateFromNotes } from '../../src-renderer/lib/notes/generate';
import { misspellCommand, readAnswer, respell } from './respell';

const grammar = data as GrammarData;
const DECK = 'decks/opcel-252';
const notes = readdirSync(DECK)
  .filter(isNotesFile)
  .map((name) => ({ path: name, text: readFileSync(join(DECK, name), 'utf8') }));
const answers = [
  ...new Set(
    generateFromNotes(notes)
      .cards.filter((card) => card.kind === 'type-in')
      .map((card) => card.back),
  ),
];
const english = (key: MessageKey, params?: Params): string => translate('en', key, params);
const verdict = (typed: string, expected: string) => {
  const result = checkAnswer(typed, expected, grammar);
  return { correct: result.correct, feedback: feedbackText(result, english) };
};

describe('the OPCEL 252 deck’s type-in cards through the checker', () => {
  it('has type-in cards, most of them commands the grammar covers', () => {
    expect(answers.length).toBeGreaterThan(100);
    const covered = answers.filter((answer) => readAnswer(answer, grammar));
    expect(covered.length).toBeGreaterThan(answers.length / 3);
  });

  it('accepts every card’s own answer', () => {
    const wrong = answers.filter((answer) => !checkAnswer(answer, answer, grammar).correct);
    expect(wrong).toEqual([]);
  });

  it('reads every command answer of a tool it has a grammar for without a problem', () => {
    const unread = answers.filter((answer) => {
      const tool = grammar.tools[answer.split(/\s+/)[0] ?? ''];
      const bare = !/\s/.test(answer.trim());
      return tool && !bare && !answer.includes(';') && !readAnswer(answer, grammar);
    });
    expect(unread).toEqual([]);
  });

  it('accepts every card’s answer re-spelt', () => {
    const pairs = answers.flatMap((answer) => {
      const read = readAnswer(answer, grammar);
      const other = read && respell(read);
      return other ? [{ answer, other }] : [];
    });
    expect(pairs.length).toBeGreaterThan(20);
    expect(pairs.filter(({ answer, other }) => other !== answer).length).toBeGreaterThan(20);
    const refused = pairs
      .map(({ answer, other }) => ({ answer, other, ...verdict(other, answer) }))
      .filter((v) => !v.correct);
    expect(refused).toEqual([]);
  });

  it('rejects every card’s answer with a misspelt sub-command, and says why', () => {
    const pairs = answers.flatMap((answer) => {
      const read = readAnswer(answer, grammar);
      const typo = read && misspellCommand(read);
      return typo ? [{ answer, typo }] : [];
    });
    expect(pairs.length).toBeGreaterThan(50);
    const missed = pairs
      .map(({ answer, typo }) => ({ answer, typo, ...verdict(typo, answer) }))
      .filter((v) => v.correct || !v.feedback.includes('sub-command'));
    expect(missed).toEqual([]);
  });
});
