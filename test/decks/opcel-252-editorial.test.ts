/**
 * The shipped OPCEL 252 deck read as an exam editor reads it: every card is asked once, no front
 * gives its answer away, and a type-in prompt states every value the answer fixes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNotesFile } from '../../src-renderer/lib/notes/files';
import { generateFromNotes } from '../../src-renderer/lib/notes/generate';
import {
  duplicateGroups,
  givesAnswerAway,
  isCommandAnswer,
  unaskedOptions,
  unstatedValues,
} from './editorial';

const DECK = 'decks/opcel-252';
const notes = readdirSync(DECK)
  .filter(isNotesFile)
  .map((name) => ({ path: name, text: readFileSync(join(DECK, name), 'utf8') }));
const { cards } = generateFromNotes(notes);
const where = (card: (typeof cards)[number]): string =>
  `${card.source?.file ?? ""}:${(card.source?.line ?? 0) + 1}`;

describe('the shipped OPCEL 252 deck, as an exam editor reads it', () => {
  it('asks no question twice', () => {
    const groups = duplicateGroups(cards).map((group) =>
      group.map((card) => `${where(card)} ${card.front} → ${card.back}`),
    );
    expect(groups).toEqual([]);
  });

  it('has no card made of a whole `description: command` line (a bullet whose term was too long)', () => {
    const found = cards.filter((card) =>
      [card.front, card.back].some((side) => /[^\s:]: `[^`]+`$/.test(side.trim())),
    );
    expect(found.map((card) => `${where(card)} ${card.front} → ${card.back}`)).toEqual([]);
  });

  it('has no front that gives its answer away', () => {
    const found = cards.flatMap((card) => {
      const reason = givesAnswerAway(card);
      return reason ? [`${where(card)} ${card.front} → ${card.back}: ${reason}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('states in each type-in prompt every value its command fixes and asks for its options', () => {
    const commands = cards.filter(
      (card) => card.kind === 'type-in' && isCommandAnswer(card.back),
    );
    expect(commands.length).toBeGreaterThan(100);
    const found = commands.flatMap((card) => {
      const missing = [
        ...unstatedValues(card.back, card.front),
        ...unaskedOptions(card.back, card.front),
      ];
      return missing.length > 0
        ? [`${where(card)} ${card.front} → ${card.back}: ${missing.join(', ')}`]
        : [];
    });
    expect(found).toEqual([]);
  });
});
