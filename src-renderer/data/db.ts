import { Dexie, type EntityTable } from 'dexie';
import { defaultPreset, presetsFromLegacyDecks } from './presets';
import type {
  CardRow,
  DeckRow,
  JournalRow,
  LegacyDeckRow,
  LogRow,
  MetaRow,
  MockExamRow,
  PresetRow,
  RingRow,
  ScheduleRow,
} from './schema';
import { JOURNAL_TABLE, journalEpochRow, writeJournal } from './write-journal';

export const DB_NAME = 'recall-deck';

/**
 * The one typed Dexie database. A schema change is a new `version(n)` with an upgrade;
 * released versions are never edited.
 */
export class RecallDb extends Dexie {
  decks!: EntityTable<DeckRow, 'name'>;
  cards!: EntityTable<CardRow, 'id'>;
  schedules!: EntityTable<ScheduleRow, 'cardId'>;
  logs!: EntityTable<LogRow, 'id'>;
  rings!: EntityTable<RingRow, 'name'>;
  meta!: EntityTable<MetaRow, 'key'>;
  presets!: EntityTable<PresetRow, 'id'>;
  mockExams!: EntityTable<MockExamRow, 'id'>;
  journal!: EntityTable<JournalRow, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      decks: 'name',
      cards: 'id, deck, position, *tags',
      schedules: 'cardId, deck, [deck+queue+due]',
      logs: '++id, cardId, reviewedAt, [deck+reviewedAt]',
      rings: 'name',
      meta: 'key',
    });
    // Each index is written with every row, and Chromium's cost is per request: an import of
    // 50,000 cards spent a fifth of its write time on the card's deck and tags and the
    // schedule's deck, which no query reads (screens filter rows in memory).
    this.version(2).stores({
      cards: 'id, position',
      schedules: 'cardId, [deck+queue+due]',
    });
    // Option presets: the daily limits each deck had become presets (shared when equal to the defaults).
    this.version(5)
      .stores({ presets: 'id' })
      .upgrade(async (tx) => {
        const legacy = (await tx.table('decks').toArray()) as LegacyDeckRow[];
        const { presets, decks } = presetsFromLegacyDecks(legacy);
        await tx.table('presets').bulkPut(presets);
        await tx.table('decks').bulkPut(decks);
      });
    this.version(6).stores({ mockExams: '++id, deck, finishedAt' });
    // Which schedule rows (and which logs, other than added ones) each write changed, so the
    // statistics need not read them all again (write-journal.ts).
    this.version(7)
      .stores({ [JOURNAL_TABLE]: '++id' })
      .upgrade((tx) => tx.table(JOURNAL_TABLE).add(journalEpochRow()));
    this.use(writeJournal());
    // A new database starts with the preset every deck uses until it is given another.
    this.on('populate', (tx) => {
      tx.table('presets').add(defaultPreset());
      tx.table(JOURNAL_TABLE).add(journalEpochRow());
    });
  }
}

let instance: RecallDb | undefined;

/** The app's database; tests make their own RecallDb on fake-indexeddb instead. */
export function appDb(): RecallDb {
  instance ??= new RecallDb();
  return instance;
}
