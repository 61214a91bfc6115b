/**
 * What Anki sees in our .apkg, read back with sql.js as Anki would open it: the shipped OPCEL 252
 * deck (its four notes files and ring.json) exported, then its notes, cards, note types and
 * fields checked, and read back here.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import type { Database } from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { nodeHtmlSanitizer } from '../../../src-main/cli/html-sanitizer';
import { stableCardId } from '../../../src-renderer/lib/cards/id';
import { readApkg } from '../../../src-renderer/lib/formats/anki-read';
import { MODELS } from '../../../src-renderer/lib/formats/anki-schema';
import { writeApkg, type WrittenApkg } from '../../../src-renderer/lib/formats/anki-write';
import { exportDeckFile } from '../../../src-renderer/lib/formats/convert';
import { readDeckJson } from '../../../src-renderer/lib/formats/deck-json';
import { loadSql } from '../../../src-renderer/lib/formats/sql';
import type { ImportedCard } from '../../../src-renderer/lib/formats/types';
import { generateFromNotes } from '../../../src-renderer/lib/notes/generate';

const DECK = 'decks/opcel-252';
const notesFiles = ['252.1-glance.md', '252.2-image-tools.md', '252.3-cinder.md', '252.4-swift.md'];
const fromNotes = generateFromNotes(
  notesFiles.map((path) => ({ path, text: readFileSync(`${DECK}/${path}`, 'utf8') })),
  { rootDeck: 'OPCEL 252' },
).cards;
const ring = readDeckJson(new Uint8Array(readFileSync(`${DECK}/ring.json`)), 'ring.json').cards;
const cards: ImportedCard[] = [...fromNotes, ...ring];

const SEP = '\u001f';
let written: WrittenApkg;
let db: Database;

interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  flds: string[];
  cards: { ord: number; did: number }[];
}
let notes: NoteRow[];
let models: Record<string, { name: string; flds: { name: string }[]; tmpls: { qfmt: string }[] }>;

const isReverse = (c: ImportedCard) => c.id === stableCardId(c.deck, c.front, 'reverse');

beforeAll(async () => {
  written = await writeApkg(
    { deckName: 'OPCEL 252', cards },
    { sanitizeHtml: await nodeHtmlSanitizer(), now: Date.UTC(2026, 11, 1) },
  );
  const SQL = await loadSql();
  db = new SQL.Database(unzipSync(written.bytes)['collection.anki2']);
  const cardRows = db.exec('select nid, ord, did from cards order by nid, ord')[0]?.values ?? [];
  notes = (db.exec('select id, guid, mid, flds from notes order by id')[0]?.values ?? []).map(
    ([id, guid, mid, flds]) => ({
      id: Number(id),
      guid: String(guid),
      mid: Number(mid),
      flds: String(flds).split(SEP),
      cards: cardRows
        .filter(([nid]) => nid === id)
        .map(([, ord, did]) => ({ ord: Number(ord), did: Number(did) })),
    }),
  );
  models = JSON.parse(String(db.exec('select models from col')[0]?.values[0]?.[0]));
  // Loading jsdom for DOMPurify takes seconds on a busy machine.
}, 60_000);

describe('an exported deck as Anki reads it', () => {
  test('counts: every card is a card, each reverse pair one note, and the summary says so', () => {
    const pairs = notes.filter((n) => n.mid === MODELS.reversed.id);
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    expect(db.exec('select count(*) from cards')[0]?.values[0]?.[0]).toBe(cards.length);
    expect(notes).toHaveLength(cards.length - pairs.length);
    expect(written.counts).toEqual({
      notes: cards.length - pairs.length,
      cards: cards.length,
      pairs: pairs.length,
      ringDrawn: ring.length,
    });
  });

  test('a reverse pair is one note of Basic (and reversed card): cards ord 0 and 1, two templates', () => {
    const model = models[String(MODELS.reversed.id)];
    expect(model?.tmpls.map((t) => t.qfmt)).toEqual(['{{Front}}', '{{Back}}']);
    // Siblings are buried only where the deck options say so.
    const dconf = JSON.parse(String(db.exec('select dconf from col')[0]?.values[0]?.[0]));
    expect([dconf[1].new.bury, dconf[1].rev.bury]).toEqual([true, true]);
    expect(model?.flds.map((f) => f.name)).toEqual([
      'Front',
      'Back',
      'Front Markdown',
      'Back Markdown',
    ]);
    const swift = cards.find((c) =>
      c.front.startsWith('アカウント・コンテナ・オブジェクトの 3 階層'),
    );
    expect(swift && isReverse(swift)).toBe(true);
    const note = notes.find((n) => n.flds[2] === 'Swift');
    expect(note?.mid).toBe(MODELS.reversed.id);
    expect(note?.cards.map((c) => c.ord)).toEqual([0, 1]);
    expect(note?.flds[3]).toBe(swift?.front);
    // Every reverse card of the notes is either the second card of such a note or its own.
    for (const pair of notes.filter((n) => n.mid === MODELS.reversed.id)) {
      expect(pair.cards.map((c) => c.ord)).toEqual([0, 1]);
      expect(cards.find((c) => c.id === pair.guid)?.kind).toBe('basic');
    }
  });

  test('fields are the HTML the app shows: code spans are <code>, no backticks are left', () => {
    const shown = notes.flatMap((n) => n.flds.slice(0, 2));
    const withCode = cards.filter((c) => c.kind !== 'type-in' && /`[^`]+`/.test(c.front));
    expect(withCode.length).toBeGreaterThan(5);
    expect(shown.filter((field) => field.includes('`'))).toEqual([]);
    expect(shown.filter((field) => field.includes('<code>')).length).toBeGreaterThan(5);
    // The first such card that is the first card of its note: its front is the note's field 0.
    const note = withCode
      .map((card) => notes.find((n) => n.flds[2] === card.front))
      .find((found) => found !== undefined);
    expect(note?.flds[0]).toMatch(/^<p>.*<code>[^<]+<\/code>.*<\/p>$/s);
  });

  test('a ring card is one question drawn from its template, with the computed answer', () => {
    const ringNotes = notes.filter((n) => n.mid === MODELS.ring.id);
    expect(ringNotes).toHaveLength(ring.length);
    const partitions = ringNotes.find((n) => n.flds[2] === 'ring-partition-count');
    const [front = '', back = ''] = partitions?.flds ?? [];
    expect(front).not.toContain('ring-partition-count');
    const power = Number(/create (\d+) 3 1/.exec(front)?.[1]);
    expect(power).toBeGreaterThanOrEqual(4);
    expect(back.startsWith(`<p>${2 ** power}</p>`)).toBe(true);
    for (const note of ringNotes) {
      expect(note.flds[0]).not.toMatch(/^<p>ring-[a-z-]+<\/p>$/);
      expect(note.flds[1]).not.toBe('');
    }
  });

  test('read back here, every card keeps its id, kind and Markdown (pairs and ring cards too)', async () => {
    const back = await readApkg(written.bytes, 'OPCEL 252.apkg');
    const content = (c: ImportedCard) => [c.id, c.deck, c.kind, c.front, c.back];
    expect(back.warnings).toEqual([]);
    expect(back.cards.map(content).sort()).toEqual(cards.map(content).sort());
  });

  test('a field edited in Anki wins over the Markdown it was made from', async () => {
    const note = notes.find((n) => n.flds[2] === 'Swift');
    const edited = [...(note?.flds ?? [])];
    edited[0] = '<p>Swift (OpenStack Object Storage)</p>';
    const SQL = await loadSql();
    const copy = new SQL.Database(db.export());
    copy.run('update notes set flds = ? where id = ?', [edited.join(SEP), note?.id ?? 0]);
    const files: Record<string, Uint8Array> = unzipSync(written.bytes);
    files['collection.anki2'] = copy.export();
    copy.close();
    const back = await readApkg(zipSync(files), 'edited.apkg');
    const forward = back.cards.find((c) => c.id === note?.guid);
    expect(forward?.front).toBe('Swift (OpenStack Object Storage)');
    expect(forward?.back).toBe(note?.flds[3]);
  });
});

describe('the export goes through the sanitiser', () => {
  test('DOMPurify drops what the app would drop, and an .apkg without a sanitiser is refused', async () => {
    // 252.4-swift.md's `swift post -m <name:value> <container>`, written without backticks:
    // markdown-it makes `<name:value>` a link, whose scheme DOMPurify does not allow.
    const card: ImportedCard = {
      id: stableCardId('OPCEL 252', 'swift post'),
      deck: 'OPCEL 252',
      front: 'コンテナにメタデータを設定するコマンドは？',
      back: 'swift post -m <name:value> <container>',
      kind: 'basic',
      tags: [],
    };
    const deck = { deckName: 'x', cards: [card] };
    const purify = await nodeHtmlSanitizer();
    const seen: string[] = [];
    const { bytes } = await exportDeckFile('x.apkg', deck, {
      sanitizeHtml: (html) => {
        seen.push(html);
        return purify(html);
      },
    });
    expect(seen.join('')).toContain('<a href="name:value">');
    const SQL = await loadSql();
    const one = new SQL.Database(unzipSync(bytes)['collection.anki2']);
    const fields = String(one.exec('select flds from notes')[0]?.values[0]?.[0]).split(SEP);
    one.close();
    expect(fields.slice(0, 2).join('')).toContain('<a>name:value</a>');
    expect(fields.join('')).not.toContain('href="name:value"');
    await expect(exportDeckFile('x.apkg', deck)).rejects.toMatchObject({
      location: { file: 'x.apkg' },
    });
  });
});
