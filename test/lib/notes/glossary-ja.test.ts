/**
 * Japanese notes get Japanese prompts for their bare command lines: the Japanese glossary says
 * what the tools' own (English) help says, for every command the shipped deck and its seed use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNotesFile } from '../../../src-renderer/lib/notes/files';
import { generateFromNotes } from '../../../src-renderer/lib/notes/generate';
import { helpPrompt, noteLanguage } from '../../../src-renderer/lib/notes/glossary';
import { COMMAND_HELP } from '../../../src-renderer/lib/notes/glossary-data';
import { COMMAND_HELP_JA } from '../../../src-renderer/lib/notes/glossary-ja';
import { generate } from './helpers';

const KANA = /[\u3040-\u30ff]/;
const DECK = 'decks/opcel-252';
const japaneseNotes = [
  ...readdirSync(DECK)
    .filter(isNotesFile)
    .map((name) => ({ path: name, text: readFileSync(join(DECK, name), 'utf8') })),
  {
    path: 'seed.md',
    text: readFileSync(join('test', 'data', 'notes', '000_3af3aa1cc6fa0faa.txt'), 'utf8'),
  },
];

describe('the Japanese glossary', () => {
  it('translates only entries the English glossary has, keeping their placeholders', () => {
    for (const [command, japanese] of Object.entries(COMMAND_HELP_JA)) {
      const english = COMMAND_HELP[command];
      expect(english, command).toBeDefined();
      expect(japanese, command).toMatch(KANA);
      const placeholders = (text: string) => (text.match(/<[^<>\s]+>/g) ?? []).sort();
      expect(placeholders(japanese), command).toEqual(placeholders(english ?? ''));
    }
  });

  it('has every command the shipped deck and its seed notes ask for by their tool', () => {
    const missing = new Set<string>();
    for (const note of japaneseNotes) {
      expect(noteLanguage(note.text)).toBe('ja');
      for (const card of generateFromNotes([note]).cards) {
        const english = card.kind === 'type-in' ? helpPrompt(card.back) : undefined;
        if (english !== undefined && helpPrompt(card.back, 'ja') === english) {
          missing.add(card.back);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('gives every glossary-prompted card of a Japanese deck a Japanese prompt', () => {
    const prompted = japaneseNotes.flatMap((note) =>
      generateFromNotes([note]).cards.filter(
        (card) =>
          card.kind === 'type-in' &&
          (card.front === helpPrompt(card.back, 'ja') || card.front === helpPrompt(card.back)),
      ),
    );
    // The seed's bare command lines (cinder, nova, swift, swift-ring-builder) are asked this way.
    expect(prompted.length).toBeGreaterThan(20);
    expect(prompted.filter((card) => !KANA.test(card.front)).map((card) => card.front)).toEqual([]);
  });

  it('leaves English notes with the English help', () => {
    const { pairs } = generate('# Volumes\n\ncinder list\n');
    expect(pairs).toContainEqual(['type-in', '**cinder** — Lists all volumes.', 'cinder list']);
    const { pairs: japanese } = generate('# ボリューム\n\ncinder list\n');
    expect(japanese).toContainEqual([
      'type-in',
      '**cinder** — すべてのボリュームを一覧表示する。',
      'cinder list',
    ]);
  });
});
