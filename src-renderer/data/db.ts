import { Dexie, type EntityTable } from 'dexie';
import type {
  CardRow,
  DeckRow,
  LogRow,
  MetaRow,
  MockExamRow,
  RingRow,
  ScheduleRow,
} from './schema';

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
  mockExams!: EntityTable<MockExamRow, 'id'>;

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
    this.version(6).stores({ mockExams: '++id, deck, finishedAt' });
  }
}

let instance: RecallDb | undefined;

/** The app's database; tests make their own RecallDb on fake-indexeddb instead. */
export function appDb(): RecallDb {
  instance ??= new RecallDb();
  return instance;
}
