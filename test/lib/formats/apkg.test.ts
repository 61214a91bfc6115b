import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { nodeHtmlSanitizer } from '../../../src-main/cli/html-sanitizer';
import { ParseError } from '../../../src-renderer/lib/errors';
import { readApkg } from '../../../src-renderer/lib/formats/anki-read';
import { writeApkg } from '../../../src-renderer/lib/formats/anki-write';
import { readDeckJson } from '../../../src-renderer/lib/formats/deck-json';
import { loadSql } from '../../../src-renderer/lib/formats/sql';
import { withoutScheduling, type ImportedCard } from '../../../src-renderer/lib/formats/types';
import { generateFromNotes } from '../../../src-renderer/lib/notes/generate';
import { FIXTURE_CARDS } from '../../fixtures/make-apkg-fixture';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));
const DAY = 86_400_000;
const CRT_MS = Date.UTC(2026, 0, 1);
const sanitizeHtml = await nodeHtmlSanitizer();
const written = async (...args: Parameters<typeof writeApkg>) => (await writeApkg(...args)).bytes;

describe('reading packages written by other software', () => {
  test('anki-apkg-export (schema 11, sql.js 0.5): fields, HTML, tags and media', async () => {
    const result = await readApkg(fixture('anki-apkg-export.apkg'), 'anki-apkg-export.apkg');
    expect(result.warnings).toEqual([]);
    expect(result.deckName).toBe('OPCEL 252 (anki-apkg-export)');
    expect(result.cards.map((c) => [c.front, c.tags])).toEqual(
      FIXTURE_CARDS.map(([front, , tags]) => [front, tags]),
    );
    expect(result.cards.map((c) => c.back)).toContain('イメージをスパース化できる');
    expect([...(result.media?.keys() ?? [])].sort()).toEqual(['df.png', 'qcow2.svg']);
    expect(result.cards.map((c) => c.back)).toContain('未使用のloopデバイスを見つける & 表示する');
    expect(result.cards.find((c) => c.front === 'virt-df')?.back).toBe(
      'イメージ内の空き容量を表示\n![](df.png)',
    );
    const withImage = result.cards.find((c) => c.media?.includes('qcow2.svg'));
    expect(withImage?.back).toBe(
      'qemu-img convert -c -f raw -O qcow2 original.img resize.qcow2\n![](qcow2.svg)',
    );
    expect(new TextDecoder().decode(result.media?.get('qcow2.svg'))).toMatch(/^<svg/);
    expect(result.cards.every((c) => c.schedule === undefined && c.kind === 'basic')).toBe(true);
  });

  test('anki21b (zstd, schema 18, protobuf configs): reversed and cloze note types, sub-decks', async () => {
    const result = await readApkg(fixture('anki21b.apkg'), 'anki21b.apkg');
    expect(result.deckName).toBe('OPCEL 252');
    expect(result.cards.map((c) => [c.deck, c.kind, c.front])).toEqual([
      ['OPCEL 252::Swift', 'basic', 'swift-ring-builder'],
      ['OPCEL 252::Swift', 'basic', 'リングの作成・管理を行うコマンド'],
      [
        'OPCEL 252::Swift',
        'cloze',
        'リングファイルは [...]、container.builder、object.builder\n![](ring.svg)',
      ],
      [
        'OPCEL 252::Swift',
        'cloze',
        'リングファイルは account.builder、[...]、object.builder\n![](ring.svg)',
      ],
    ]);
    expect(result.cards[1]?.back).toBe('swift-ring-builder');
    expect(result.cards[3]?.back).toBe(
      'リングファイルは account.builder、**container.builder**、object.builder\n![](ring.svg)\n\nswift-ring-builder で作る',
    );
    expect(new Set(result.cards.map((c) => c.id)).size).toBe(4);
    expect(result.cards.every((c) => !c.schedule && !c.logs)).toBe(true);
    expect(new TextDecoder().decode(result.media?.get('ring.svg'))).toContain('ring</text>');
  });

  test('anki21b with scheduling kept: due dates, FSRS memory state and review history', async () => {
    const result = await readApkg(fixture('anki21b.apkg'), 'anki21b.apkg', {
      keepScheduling: true,
    });
    const [review, fresh, learning] = result.cards;
    expect(review?.schedule).toEqual({
      state: 'review',
      due: CRT_MS + 300 * DAY,
      stability: 12.5,
      difficulty: 4.25,
      scheduledDays: 12,
      learningSteps: 0,
      reps: 4,
      lapses: 0,
      lastReview: CRT_MS + 288 * DAY,
    });
    // The manual reschedule (ease 0) is not a grade.
    expect(review?.logs?.map((l) => [l.rating, l.stateBefore, l.stateAfter, l.elapsedMs])).toEqual([
      [3, 'new', 'learning', 6000],
      [3, 'learning', 'review', 5000],
      [3, 'review', 'review', 7000],
    ]);
    expect(fresh?.schedule).toBeUndefined();
    expect(learning?.schedule).toMatchObject({
      state: 'learning',
      due: CRT_MS + 300 * DAY + 600_000,
    });
  });

  test('a suspended card and flagged cards keep their marks with the scheduling, as in Anki', async () => {
    const entries = unzipSync(fixture('anki-apkg-export.apkg'));
    const SQL = await loadSql();
    const collection = new SQL.Database(entries['collection.anki2']);
    const ids = collection.exec('select id from cards order by nid, ord')[0]!.values.map(String);
    // Anki keeps the flag in the low three bits of `flags`; the other bits are not a flag.
    collection.run(`update cards set queue = -1 where id = ${ids[0]}`);
    collection.run(`update cards set flags = 3 where id = ${ids[1]}`);
    collection.run(`update cards set queue = -1, flags = 8 + 7 where id = ${ids[2]}`);
    collection.run(`update cards set queue = -2 where id = ${ids[3]}`);
    const bytes = zipSync({ ...entries, 'collection.anki2': collection.export() });
    collection.close();
    const kept = await readApkg(bytes, 'marked.apkg', { keepScheduling: true });
    expect(kept.cards.slice(0, 5).map((card) => card.marks)).toEqual([
      { suspended: true },
      { flag: 3 },
      { suspended: true, flag: 7 },
      // Buried only until Anki's next day: it comes back to study.
      undefined,
      undefined,
    ]);
    const fresh = await readApkg(bytes, 'marked.apkg');
    expect(fresh.cards.every((card) => card.marks === undefined)).toBe(true);
  });

  test('importing the same package twice gives the same ids (matched by note GUID)', async () => {
    const a = await readApkg(fixture('anki21b.apkg'), 'a.apkg');
    const b = await readApkg(fixture('anki21b.apkg'), 'b.apkg');
    expect(b.cards.map((c) => c.id)).toEqual(a.cards.map((c) => c.id));
  });
});

/** Anki keeps review due dates in days and times in seconds: compare at that precision. */
/** What a package keeps: no source line, and a note's cards come back naming their note. */
function ankiPrecision(card: ImportedCard) {
  const { source: _source, note: _note, ...content } = card;
  const schedule = card.schedule && card.schedule.state !== 'new' ? card.schedule : undefined;
  return {
    ...content,
    schedule: schedule && {
      ...schedule,
      due:
        schedule.state === 'review'
          ? Math.floor(schedule.due / DAY)
          : Math.floor(schedule.due / 1000),
      scheduledDays: Math.round(schedule.scheduledDays),
    },
    logs: card.logs?.map((log) => ({
      rating: log.rating,
      reviewedAt: log.reviewedAt,
      elapsedMs: log.elapsedMs,
      stateBefore: log.stateBefore,
      stateAfter: log.stateAfter,
      scheduledDays: log.stateAfter === 'review' ? Math.round(log.scheduledDays) : 0,
    })),
  };
}

describe('writing packages', () => {
  test('round trip of a studied deck keeps cards, schedules and logs', async () => {
    const deck = readDeckJson(fixture('deck-v1.json'), 'deck-v1.json');
    const back = await readApkg(await written(deck, { sanitizeHtml }), 'rt.apkg', {
      keepScheduling: true,
    });
    expect(back.warnings).toEqual([]);
    expect(back.cards.map(ankiPrecision)).toEqual(deck.cards.map(ankiPrecision));
    const notes = new Map<string, number>();
    for (const { note } of back.cards) {
      if (note !== undefined) {
        notes.set(note, (notes.get(note) ?? 0) + 1);
      }
    }
    expect(notes.size).toBeGreaterThan(0);
    expect([...notes.values()].every((count) => count > 1)).toBe(true);
  });

  test("suspended and flagged cards are written to Anki's queue and flags columns and read back", async () => {
    const deck = readDeckJson(fixture('deck-v1.json'), 'deck-v1.json');
    const marks = [
      { suspended: true as const },
      { flag: 4 as const },
      { suspended: true as const, flag: 1 as const },
    ];
    const cards = deck.cards.map((card, i) => (marks[i] ? { ...card, marks: marks[i] } : card));
    const bytes = await written({ ...deck, cards }, { sanitizeHtml });
    const SQL = await loadSql();
    const collection = new SQL.Database(unzipSync(bytes)['collection.anki2']);
    const rows = collection.exec('select queue, flags from cards order by id')[0]!.values;
    collection.close();
    expect(rows.filter(([queue]) => queue === -1)).toHaveLength(2);
    expect(
      rows
        .map(([, flags]) => flags)
        .filter(Boolean)
        .sort(),
    ).toEqual([1, 4]);
    const back = await readApkg(bytes, 'rt.apkg', { keepScheduling: true });
    const byFront = new Map(back.cards.map((card) => [card.front, card.marks]));
    expect(cards.map((card) => byFront.get(card.front))).toEqual(cards.map((card) => card.marks));
    const unscheduled = await written(withoutScheduling({ ...deck, cards }), { sanitizeHtml });
    const plain = await readApkg(unscheduled, 'plain.apkg', { keepScheduling: true });
    expect(plain.cards.some((card) => card.marks)).toBe(false);
  });

  test('round trip of cloze, type-in and reversed cards made from notes, and media', async () => {
    const notes = [
      '---',
      'deck: OPCEL 252::Swift',
      '---',
      '',
      'リングファイルは ==account.builder== と {{c2::container.builder::ファイル名}} の二つ',
      '',
      'swift-ring-builder:::リングの作成・管理を行うコマンド',
      '',
      '```',
      '# パーティション数 2^10、レプリカ 3 でリングを作る',
      'swift-ring-builder account.builder create 10 3 1',
      '```',
      '',
      'ring.gz の図::![](ring.svg)',
    ].join('\n');
    const { cards } = generateFromNotes([{ path: 'swift.md', text: notes }]);
    expect(new Set(cards.map((c) => c.kind))).toEqual(new Set(['cloze', 'basic', 'type-in']));
    const media = new Map([['ring.svg', new TextEncoder().encode('<svg/>')]]);
    const apkg = await written({ deckName: 'OPCEL 252', cards, media }, { sanitizeHtml });
    const back = await readApkg(apkg, 'notes.apkg');
    const content = (c: ImportedCard) => ({
      id: c.id,
      deck: c.deck,
      front: c.front,
      back: c.back,
      kind: c.kind,
    });
    expect(back.cards.map(content)).toEqual(cards.map(content));
    expect(back.media?.get('ring.svg')).toEqual(media.get('ring.svg'));
  });

  test('the collection is schema 11 with Anki tables, indexes and JSON columns', async () => {
    const deck = readDeckJson(fixture('deck-v1.json'), 'deck-v1.json');
    const files = unzipSync(await written(deck, { now: Date.UTC(2026, 10, 25), sanitizeHtml }));
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    const SQL = await loadSql();
    const db = new SQL.Database(files['collection.anki2']);
    const names = db.exec(
      "select type, name from sqlite_master where name not like 'sqlite_%' order by name",
    );
    expect(names[0]?.values.map((row) => row.join(' '))).toEqual(
      [
        'table cards',
        'table col',
        'table graves',
        'table notes',
        'table revlog',
        'index ix_cards_nid',
        'index ix_cards_sched',
        'index ix_cards_usn',
        'index ix_notes_csum',
        'index ix_notes_usn',
        'index ix_revlog_cid',
        'index ix_revlog_usn',
      ].sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!)),
    );
    expect(db.exec('pragma integrity_check')[0]?.values).toEqual([['ok']]);
    const [col] = db.exec('select ver, models, decks, dconf from col')[0]?.values ?? [];
    expect(col?.[0]).toBe(11);
    const models = Object.values(
      JSON.parse(String(col?.[1])) as Record<string, Record<string, unknown>>,
    );
    for (const model of models) {
      expect(Object.keys(model)).toEqual(
        expect.arrayContaining([
          'id',
          'name',
          'type',
          'flds',
          'tmpls',
          'css',
          'sortf',
          'did',
          'req',
        ]),
      );
    }
    const decks = Object.values(JSON.parse(String(col?.[2])) as Record<string, { name: string }>);
    expect(decks.map((d) => d.name).sort()).toEqual(
      ['Default', ...new Set(deck.cards.map((c) => c.deck))].sort(),
    );
    // Each reverse pair is one note with two cards; every card is a card.
    const pairs = db.exec('select count(*) from cards where ord = 1')[0]?.values[0]?.[0];
    const notes = db.exec('select count(*), count(distinct guid) from notes')[0]?.values[0];
    expect(notes).toEqual([deck.cards.length - Number(pairs), deck.cards.length - Number(pairs)]);
    expect(db.exec('select count(*) from cards')[0]?.values[0]).toEqual([deck.cards.length]);
    db.close();
  });
});

describe('broken packages', () => {
  test.each([
    ['not a zip', new TextEncoder().encode('hello')],
    ['a zip without a collection', zipSync({ media: new TextEncoder().encode('{}') })],
    [
      'a collection that is not SQLite',
      zipSync({
        'collection.anki2': new Uint8Array(4096).fill(7),
        media: new TextEncoder().encode('{}'),
      }),
    ],
    [
      'a bad media index',
      zipSync({ 'collection.anki2': new Uint8Array(0), media: new TextEncoder().encode('[') }),
    ],
  ])('%s is a ParseError naming the file', async (_, bytes) => {
    await expect(readApkg(bytes, 'broken.apkg')).rejects.toThrow(ParseError);
    await expect(readApkg(bytes, 'broken.apkg')).rejects.toMatchObject({
      location: { file: 'broken.apkg' },
    });
  });
});

describe('the written collection matches what other Anki writers produce', () => {
  test('same columns (name, type, not null, key) and col JSON keys as anki-apkg-export’s Anki template', async () => {
    const SQL = await loadSql();
    const open = (apkg: Uint8Array) => new SQL.Database(unzipSync(apkg)['collection.anki2']);
    const theirs = open(fixture('anki-apkg-export.apkg'));
    const deck = readDeckJson(fixture('deck-v1.json'), 'deck-v1.json');
    const ours = open(await written(deck, { sanitizeHtml }));
    for (const table of ['col', 'notes', 'cards', 'revlog', 'graves']) {
      const columns = (db: typeof ours) =>
        db
          .exec(`pragma table_info(${table})`)[0]
          ?.values.map(([, name, type, notnull, , pk]) => [
            name,
            String(type).toLowerCase(),
            notnull,
            pk,
          ]);
      expect(columns(ours), table).toEqual(columns(theirs));
    }
    const json = (db: typeof ours, column: string) =>
      Object.values(
        JSON.parse(String(db.exec(`select ${column} from col`)[0]?.values[0]?.[0])) as object[],
      );
    // `veArs` is a typo of anki-apkg-export's own (for `vers`), not an Anki key.
    const keys = (objects: object[]) =>
      new Set(objects.flatMap((o) => Object.keys(o)).filter((key) => key !== 'veArs'));
    for (const column of ['models', 'decks', 'dconf']) {
      // Every key Anki wrote into its template is in ours (Anki fills in keys newer than the template).
      expect(
        [...keys(json(theirs, column))].filter((k) => !keys(json(ours, column)).has(k)),
        column,
      ).toEqual([]);
    }
    theirs.close();
    ours.close();
  });
});
