/**
 * Card ids come from the deck and the question side: editing an answer keeps the card, a new
 * question is a new card, and regenerating unchanged notes changes nothing.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateFromNotes } from '../../../src-renderer/lib/notes/generate';
import { reconcileCards } from '../../../src-renderer/lib/notes/reconcile';

const seedPath = '000_3af3aa1cc6fa0faa.txt';
const seed = readFileSync(new URL(`../../data/notes/${seedPath}`, import.meta.url), 'utf8');
const build = (text: string) =>
  generateFromNotes([{ path: 'n.md', text }], { rootDeck: 'D' }).cards;

/** Single-line text that cannot be mistaken for Markdown structure or card syntax. */
const word = fc.stringMatching(
  /^[a-zA-Zぁ-んァ-ン一-龠][a-zA-Z0-9ぁ-んァ-ン一-龠 ]{0,20}[a-zA-Z0-9ぁ-んァ-ン一-龠]$/,
);

describe('stable card ids', () => {
  it('keeps the id when only the answer changes', () => {
    fc.assert(
      fc.property(word, word, word, (question, answer, edited) => {
        const [before] = build(`${question}::${answer}`);
        const [after] = build(`${question}::${edited}`);
        expect(after?.id).toBe(before?.id);
        expect(after?.back).toBe(edited.trim());
      }),
    );
  });

  it('gives a new id when the question changes, and reconciling retires the old card', () => {
    fc.assert(
      fc.property(word, word, word, (question, other, answer) => {
        fc.pre(question.trim().toLowerCase() !== other.trim().toLowerCase());
        const before = build(`${question}::${answer}`);
        const after = build(`${other}::${answer}`);
        const result = reconcileCards(before, after);
        expect(result.added.map((c) => c.id)).toEqual(after.map((c) => c.id));
        expect(result.retired).toEqual(before);
      }),
    );
  });

  it('regenerates unchanged notes to exactly the same cards', () => {
    const first = generateFromNotes([{ path: seedPath, text: seed }]);
    const second = generateFromNotes([{ path: seedPath, text: seed }]);
    expect(second).toEqual(first);
    const result = reconcileCards(first.cards, second.cards);
    expect(result.unchanged).toHaveLength(first.cards.length);
    expect([result.added, result.changed, result.retired]).toEqual([[], [], []]);
  });

  it('keeps the seed cards whose answer is edited; a reverse card asking the edited text is replaced', () => {
    // Fix two of the seed's mistakes the way a user would.
    const edited = seed
      .replace('りようする', '利用する')
      .replace('qemu-image convert', 'qemu-img convert');
    const before = generateFromNotes([{ path: seedPath, text: seed }]).cards;
    const after = generateFromNotes([{ path: seedPath, text: edited }]).cards;
    const result = reconcileCards(before, after);
    expect(result.changed.map((c) => [c.front, c.back])).toEqual([
      [
        '**glance-cache** — glance-cache-prefetcher',
        'キャッシュ予約キューに入っているイメージのキャッシングを実施する。キャッシュ予約キューにイメージを入れるには、APIを利用するか、glance-cache-manageコマンドを実行する',
      ],
      [
        '**qemu-img** — rawからqcow2へのコンバート',
        'qemu-img convert -c -f raw -O qcow2 original.img resize.qcow2',
      ],
    ]);
    // The description → command card asks the edited text itself: a new question, a new card.
    expect(result.added.map((c) => c.back)).toEqual(['glance-cache-prefetcher']);
    expect(result.retired.map((c) => c.back)).toEqual(['glance-cache-prefetcher']);
    expect(result.unchanged).toHaveLength(before.length - 3);
  });

  it('does not depend on line endings, a BOM or where the card sits in the file', () => {
    fc.assert(
      fc.property(word, word, fc.nat(5), (question, answer, blankLines) => {
        const plain = build(`${question}::${answer}`);
        const moved = build(`\uFEFF${'\r\n'.repeat(blankLines)}${question}::${answer}\r\n`);
        expect(moved.map((c) => c.id)).toEqual(plain.map((c) => c.id));
        expect(moved[0]?.source?.line).toBe(blankLines + 1);
      }),
    );
  });
});

describe('reconcileCards', () => {
  const [a, b, c] = build('q1::a1\nq2::a2\nq3::a3');

  it('sorts cards into added, changed, unchanged and retired by id', () => {
    if (!a || !b || !c) {
      throw new Error('fixture');
    }
    const changed = { ...b, back: 'new answer' };
    const added = build('q4::a4');
    const result = reconcileCards([a, b, c], [a, changed, ...added]);
    expect(result).toEqual({ added, changed: [changed], unchanged: [a], retired: [c] });
  });

  it('counts a card as changed when its tags, deck, kind or source line moved', () => {
    if (!a) {
      throw new Error('fixture');
    }
    for (const edit of [
      { tags: ['x'] },
      { deck: 'E' },
      { kind: 'cloze' as const },
      { source: { file: 'n.md', line: 9 } },
    ]) {
      expect(reconcileCards([a], [{ ...a, ...edit }]).changed).toHaveLength(1);
    }
  });
});
