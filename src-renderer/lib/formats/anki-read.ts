/**
 * Anki packages in: every card of every note becomes one of our cards. Which field is the
 * question and which the answer is read from the card's template, so Basic, reversed, optional
 * reversed, type-in and cloze note types (and most custom ones) come out right.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { deckAncestors } from '../cards/card';
import { stableCardId } from '../cards/id';
import { MAX_CARD_CHARS } from '../cards/size';
import { DomainError, InputTooLargeError, ParseError } from '../errors';
import { readDecks, readModels } from './anki-collection';
import { cardContent, ownCardId, type CardJoinRow } from './anki-note';
import { openApkg } from './anki-package';
import {
  CollectionQueries,
  GUARD,
  MAX_CARD_ROWS,
  MAX_COLLECTION_READ_MS,
  MAX_REVLOG_ROWS,
} from './anki-query';
import {
  ankiCardRowProblem,
  ankiCrtProblem,
  isDateMs,
  logsFromAnki,
  marksFromAnki,
  revlogRowProblem,
  scheduleFromAnki,
  type AnkiRevlogRow,
} from './anki-schedule';
import { loadSql } from './sql';
import type { ScheduleState } from '../scheduler/types';
import {
  assertImportSize,
  type FormatWarning,
  type FormatWarningCode,
  type ImportedCard,
  type ImportedLog,
  type ImportResult,
} from './types';

export interface ApkgReadOptions {
  /** Keep Anki's due dates and review history; by default every card arrives as new. */
  keepScheduling?: boolean;
  sql?: SqlJsStatic;
  /** How long reading the collection may take; tests shorten it. */
  readBudgetMs?: number;
}

export async function readApkg(
  bytes: Uint8Array,
  file: string,
  options: ApkgReadOptions = {},
): Promise<ImportResult> {
  assertImportSize(bytes.byteLength, file);
  const contents = openApkg(bytes, file);
  const SQL = options.sql ?? (await loadSql());
  let db: Database | undefined;
  try {
    db = withoutUnicase(SQL, new SQL.Database(contents.collection));
    const queries = new CollectionQueries(db, file, options.readBudgetMs ?? MAX_COLLECTION_READ_MS);
    return readCollection(queries, file, contents.media, options.keepScheduling ?? false);
  } catch (error) {
    if (error instanceof DomainError) {
      throw error;
    }
    // SQLite's own messages ("no such table: cards") say what is wrong with the file; a
    // JavaScript error would only say where this reader tripped over it.
    const plain = !(error instanceof TypeError || error instanceof RangeError);
    const detail = plain
      ? (error as Error).message
      : 'the collection is damaged or not laid out as Anki writes it';
    throw new ParseError(`${contents.collectionName}: ${detail}`, { file });
  } finally {
    db?.close();
  }
}

/**
 * Anki's newer tables are declared `collate unicase`, a collation only Anki registers; SQLite
 * cannot scan a WITHOUT ROWID table whose key uses an unknown collation. Reading needs no
 * case-insensitive ordering, so the declarations are dropped from this private copy.
 */
function withoutUnicase(SQL: SqlJsStatic, db: Database): Database {
  const [declared] = db.exec(
    "select 1 from sqlite_master where sql like '%collate unicase%' limit 1",
  );
  if (!declared) {
    return db;
  }
  db.run('pragma writable_schema = on');
  db.run(
    "update sqlite_master set sql = replace(sql, 'collate unicase', '') where sql like '%collate unicase%'",
  );
  db.run('pragma writable_schema = off');
  const copy = new SQL.Database(db.export());
  db.close();
  return copy;
}

function readCollection(
  queries: CollectionQueries,
  file: string,
  packaged: Map<string, () => Uint8Array>,
  keepScheduling: boolean,
): ImportResult {
  const models = readModels(queries, file);
  const decks = readDecks(queries, file);
  const warnings: FormatWarning[] = [];
  const crt = Number(
    queries.rows(`select crt from col where ${GUARD}(id)`, 'col rows')[0]?.['crt'],
  );
  const crtProblem = keepScheduling ? ankiCrtProblem(crt) : undefined;
  if (crtProblem) {
    warnings.push({
      file,
      code: 'apkg-bad-schedule',
      message: `the collection's creation time ${crtProblem}; every card is imported as new`,
    });
  }
  const withSchedules = keepScheduling && !crtProblem;
  const history = withSchedules ? revlogByCard(queries, file, warnings) : new Map();
  const cards: ImportedCard[] = [];
  const noteOfCard = new Map<string, number>();
  const media = new Map<string, Uint8Array>();
  // The guard reads both tables so that SQLite calls it for every joined row, not every card.
  const joined = queries.rows(
    `select c.id, c.did, c.ord, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses,
            c.left, c.odue, c.odid, c.data, c.flags, n.id as nid, n.guid, n.mid, n.tags,
            length(n.flds) as fieldsLength,
            case when length(n.flds) <= ${MAX_CARD_CHARS} then n.flds else '' end as flds
     from cards c join notes n on n.id = c.nid where ${GUARD}(c.id + n.id) order by c.nid, c.ord`,
    'cards',
    MAX_CARD_ROWS,
  ) as unknown as Array<CardJoinRow & { fieldsLength: number }>;
  // A note's GUID is kept on its cards only when it has more than one: it names their siblings.
  const cardsOfNote = new Map<number, number>();
  for (const row of joined) {
    cardsOfNote.set(row.nid, (cardsOfNote.get(row.nid) ?? 0) + 1);
  }
  for (const row of joined) {
    const warn = (code: FormatWarningCode, message: string, skipped = false) =>
      warnings.push({
        file,
        code,
        message: `note ${row.nid}: ${message}`,
        ...(skipped ? { skipped: true as const } : {}),
      });
    // Measured in SQLite: an oversized note is refused without being copied out of it.
    if (row.fieldsLength > MAX_CARD_CHARS) {
      throw new InputTooLargeError(
        `note ${row.nid}: its fields have ${row.fieldsLength.toLocaleString('en')} characters; a card may have at most ${MAX_CARD_CHARS.toLocaleString('en')}`,
        { file },
      );
    }
    const model = models.get(row.mid);
    const content = model ? cardContent(model, row) : undefined;
    if (!content) {
      warn(
        'apkg-unknown-template',
        'its note type or card template is missing; card skipped',
        true,
      );
      continue;
    }
    if (!content.front.trim()) {
      warn('apkg-empty-front', 'empty question; card skipped', true);
      continue;
    }
    const deck = decks.get(row.odid || row.did) ?? decks.get(row.did) ?? 'Default';
    // Anyone else's notes get an id from the GUID.
    const id =
      (model && ownCardId(model, row, deck, content.front)) ??
      stableCardId('anki', '', `${row.guid}/${row.ord}`);
    const first = noteOfCard.get(id);
    if (first !== undefined) {
      warn(
        'apkg-duplicate-card',
        `same card as note ${first} (same note GUID and card number); card skipped`,
        true,
      );
      continue;
    }
    noteOfCard.set(id, row.nid);
    for (const name of content.media) {
      const load = packaged.get(name);
      if (load) {
        media.set(name, media.get(name) ?? load());
      } else {
        warn('apkg-missing-media', `media file ${name} is not in the package`);
      }
    }
    const scheduling = withSchedules ? schedulingOf(row, crt, history.get(row.id)) : {};
    if ('problem' in scheduling) {
      warn('apkg-bad-schedule', `${scheduling.problem}; the card is imported as new`);
    }
    const { schedule, logs = [] } = 'problem' in scheduling ? {} : scheduling;
    const marks = withSchedules && !('problem' in scheduling) ? marksFromAnki(row) : undefined;
    cards.push({
      id,
      deck,
      front: content.front,
      back: content.back,
      kind: content.kind,
      tags: String(row.tags ?? '')
        .split(/\s+/)
        .filter(Boolean),
      ...((cardsOfNote.get(row.nid) ?? 0) > 1 ? { note: row.guid } : {}),
      ...(schedule ? { schedule } : {}),
      ...(logs.length > 0 ? { logs } : {}),
      ...(marks ? { marks } : {}),
      ...(content.media.length > 0 ? { media: content.media } : {}),
    });
  }
  return { deckName: mainDeck(cards), cards, media, warnings };
}

/** A card's schedule and history, or why its values cannot be one. */
function schedulingOf(
  row: CardJoinRow,
  crt: number,
  history: AnkiRevlogRow[] = [],
): { schedule?: ScheduleState; logs?: ImportedLog[] } | { problem: string } {
  const problem = ankiCardRowProblem(row);
  if (problem) {
    return { problem };
  }
  const logs = logsFromAnki(history);
  const schedule = scheduleFromAnki(row, crt, logs.at(-1)?.reviewedAt);
  if (schedule && !isDateMs(schedule.due)) {
    return { problem: `its due date (${row.due}) is out of range` };
  }
  return { ...(schedule ? { schedule } : {}), logs };
}

function revlogByCard(
  queries: CollectionQueries,
  file: string,
  warnings: FormatWarning[],
): Map<number, AnkiRevlogRow[]> {
  const byCard = new Map<number, AnkiRevlogRow[]>();
  const sql = `select id, cid, ease, ivl, lastIvl, factor, time, type from revlog where ${GUARD}(id) order by id`;
  let dropped = 0;
  let example = '';
  for (const row of queries.rows(sql, 'review log rows', MAX_REVLOG_ROWS)) {
    const problem = revlogRowProblem(row);
    if (problem) {
      dropped += 1;
      example ||= `review ${String(row['id'])}: ${problem}`;
      continue;
    }
    const cid = Number(row['cid']);
    const list = byCard.get(cid) ?? [];
    list.push(row as unknown as AnkiRevlogRow);
    byCard.set(cid, list);
  }
  if (dropped > 0) {
    warnings.push({
      file,
      code: 'apkg-bad-revlog',
      message: `${dropped} review log rows with values out of range were left out (${example})`,
    });
  }
  return byCard;
}

/** The top-level deck most cards are in names the import. */
function mainDeck(cards: readonly ImportedCard[]): string {
  const counts = new Map<string, number>();
  for (const card of cards) {
    const root = deckAncestors(card.deck)[0] ?? card.deck;
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Anki';
}
