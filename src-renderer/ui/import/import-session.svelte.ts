/**
 * The import dialog's steps as state: pick → (CSV: map columns) → preview and duplicate policy
 * → import (cancellable) → summary. Every file is parsed and checked in full before the one
 * write transaction; a failure at any step leaves the collection untouched.
 */
import type { PickedFile } from '../../lib/ipc/contract';
import type { CardContent } from '../../lib/cards/card';
import { isNotesFile } from '../../lib/notes/files';
import { applyImport, cardIdsFromNotes, existingCards } from '../../data/import';
import type { RecallDb } from '../../data/db';
import { followRenames } from '../../data/deck-renames';
import { ValidationError } from '../../lib/errors';
import { baseName, formatOf } from '../../lib/formats/convert';
import type { CsvMapping, CsvSniff } from '../../lib/formats/csv';
import { planImport, type DuplicatePolicy, type ImportCounts } from '../../lib/formats/plan';
import { unscheduled, type ImportResult } from '../../lib/formats/types';
import { ImportFileReader } from './parse-off-thread';

export type ImportStep =
  | { name: 'pick' }
  | { name: 'reading'; file: string }
  | { name: 'mapping'; file: string; sniff: CsvSniff }
  | {
      name: 'preview';
      file: string;
      result: ImportResult;
      existing: Map<string, CardContent>;
      /** Cards earlier imports made from the same notes files. */
      fromSameNotes: string[];
    }
  | {
      name: 'importing';
      file: string;
      count: number;
      /** Cards written of those the plan writes (unchanged ones are not written). */
      written: number;
      total: number;
    }
  | { name: 'done'; counts: ImportCounts }
  | { name: 'failed'; error: unknown };

export const IMPORT_EXTENSIONS = ['json', 'md', 'markdown', 'csv', 'tsv', 'txt', 'apkg'];

export class ImportSession {
  // Raw: parsed cards go to IndexedDB as they are, and deep proxies cannot be cloned into it.
  step = $state.raw<ImportStep>({ name: 'pick' });
  policy = $state<DuplicatePolicy>('update');
  keepScheduling = $state(false);
  mapping = $state<CsvMapping>({ front: 0, back: 1 });
  deckName = $state('');
  private controller: AbortController | undefined;
  /** The file being read, kept open between a CSV's sniff and its mapping. */
  private reader: ImportFileReader | undefined;
  /** Bumped by every open and reset, so a file still being read after Cancel is dropped. */
  private generation = 0;

  constructor(
    private readonly db: RecallDb,
    private readonly now: () => number,
  ) {}

  /**
   * Several .md files (or a folder of notes) are one set of notes; otherwise one file at a
   * time. A folder's other files, READMEs included, are not notes and are passed over.
   */
  async open(picked: PickedFile[]): Promise<void> {
    const notes = picked.filter((file) => isNotesFile(file.name));
    const files = picked.length > 1 && notes.length > 0 ? notes : picked;
    const [first] = files;
    if (!first) {
      return;
    }
    const label = files.length > 1 ? `${first.name} (+${files.length - 1})` : first.name;
    const generation = ++this.generation;
    this.step = { name: 'reading', file: label };
    this.reader?.close();
    const reader = (this.reader = new ImportFileReader());
    try {
      const formats = files.map((file) => formatOf(file.name.replace(/\.txt$/i, '.tsv')));
      if (files.length > 1 && formats.some((format) => format !== 'md')) {
        throw new ValidationError('only Markdown notes can be imported several at a time', {
          file: label,
        });
      }
      this.deckName = baseName(first.name);
      if (formats[0] === 'csv' || formats[0] === 'tsv') {
        const sniff = await reader.sniffCsv(first.name, first.bytes);
        if (generation === this.generation) {
          this.deckName = sniff.anki?.deck ?? this.deckName;
          this.mapping = sniff.mapping;
          this.step = { name: 'mapping', file: first.name, sniff };
        }
        return;
      }
      const withMedia = await this.renamed(
        formats[0] === 'md'
          ? await reader.readNotes(
              files.map((file) => ({ path: file.name, bytes: file.bytes })),
              this.deckName,
            )
          : await reader.readDeck(first.name, first.bytes),
      );
      reader.close();
      this.keepScheduling = formats[0] === 'json';
      const existing = await this.existing(withMedia);
      const fromSameNotes =
        formats[0] === 'md'
          ? await cardIdsFromNotes(
              this.db,
              files.map((file) => file.name),
            )
          : [];
      if (generation === this.generation) {
        this.step = { name: 'preview', file: label, result: withMedia, existing, fromSameNotes };
      }
    } catch (error) {
      // The worker's memory (sql.js grows and never shrinks) goes with it.
      reader.close();
      if (generation === this.generation) {
        this.step = { name: 'failed', error };
      }
    }
  }

  async applyMapping(): Promise<void> {
    if (this.step.name !== 'mapping') {
      return;
    }
    const { file } = this.step;
    const generation = ++this.generation;
    const mapping = $state.snapshot(this.mapping);
    this.step = { name: 'reading', file };
    try {
      if (!this.reader) {
        throw new Error('the CSV file is no longer open');
      }
      const result = await this.renamed(
        await this.reader.applyMapping(mapping, this.deckName || baseName(file)),
      );
      this.reader.close();
      const existing = await this.existing(result);
      if (generation === this.generation) {
        this.step = { name: 'preview', file, result, existing, fromSameNotes: [] };
      }
    } catch (error) {
      if (generation === this.generation) {
        this.step = { name: 'failed', error };
      }
    }
  }

  /** Cards of a deck the learner renamed go to its new name, before the preview counts them. */
  private async renamed(result: ImportResult): Promise<ImportResult> {
    return { ...result, cards: await followRenames(this.db, result.cards) };
  }

  private existing(result: ImportResult): Promise<Map<string, CardContent>> {
    return existingCards(
      this.db,
      result.cards.map((card) => card.id),
    );
  }

  async run(): Promise<void> {
    if (this.step.name !== 'preview') {
      return;
    }
    const { file, result, existing, fromSameNotes } = this.step;
    const cards = this.keepScheduling ? result.cards : result.cards.map(unscheduled);
    const skipped = result.warnings.filter((warning) => warning.skipped).length;
    const retirable = this.policy === 'update' ? fromSameNotes : [];
    const plan = planImport(existing, cards, this.policy, skipped, retirable);
    this.controller = new AbortController();
    this.step = {
      name: 'importing',
      file,
      count: cards.length,
      written: 0,
      total: plan.add.length + plan.update.length,
    };
    try {
      const counts = await applyImport(
        this.db,
        plan,
        this.now(),
        this.controller.signal,
        (written, total) => {
          if (this.step.name === 'importing') {
            this.step = { ...this.step, written, total };
          }
        },
      );
      this.step = { name: 'done', counts };
    } catch (error) {
      this.step = { name: 'failed', error };
    }
  }

  cancel(): void {
    this.controller?.abort();
    if (this.step.name !== 'importing') {
      this.reset();
    }
  }

  reset(): void {
    this.reader?.close();
    this.reader = undefined;
    this.generation++;
    this.step = { name: 'pick' };
  }
}
