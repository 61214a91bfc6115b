import { readRing, saveRing } from '../../data/rings';
import {
  parseConsoleLine,
  runInMemory,
  suggestCommand,
  type RingFiles,
  type RingName,
} from '../../lib/ring/console';
import { summarise, type RingSummary } from '../../lib/ring/summary';
import { HELP } from '../../lib/ring/usage';
import type { AppState } from '../app-state.svelte';

export interface ConsoleEntry {
  id: number;
  ring: RingName;
  command: string;
  output: string;
  code: number;
  /** A hint from the screen when swift's own message leaves the learner stuck. */
  hint: string | null;
}

/** The calculator's state: the ring on screen, its files and the console transcript. */
export class Calculator {
  ring = $state<RingName>('object');
  files = $state.raw<RingFiles>({ builder: null, ring: null });
  history = $state.raw<string[]>([]);
  entries = $state.raw<ConsoleEntry[]>([]);
  summary = $derived<RingSummary | null>(this.files.builder ? summarise(this.files.builder) : null);
  private nextId = 1;

  constructor(private readonly app: AppState) {}

  async select(name: RingName): Promise<void> {
    const record = await readRing(this.app.db, name);
    this.ring = name;
    this.files = record.files;
    this.history = record.history;
  }

  async run(line: string): Promise<void> {
    const parsed = parseConsoleLine(line);
    if (!line.trim()) {
      return;
    }
    if (parsed.ring && parsed.ring !== this.ring) {
      await this.select(parsed.ring);
    }
    if (parsed.args.length === 1 && ['help', '--help', '-h', '?'].includes(parsed.args[0] ?? '')) {
      // swift-ring-builder without arguments prints its help; here that is `help`
      this.entries = [
        ...this.entries,
        {
          id: this.nextId++,
          ring: this.ring,
          command: line.trim(),
          output: HELP,
          code: 0,
          hint: null,
        },
      ];
      this.history = [...this.history, line.trim()];
      return;
    }
    const { run, files } = runInMemory(
      this.ring,
      parsed.args,
      this.files,
      this.app.clock.now().getTime(),
    );
    this.files = files;
    this.history = [...this.history, line.trim()];
    this.entries = [
      ...this.entries,
      {
        id: this.nextId++,
        ring: this.ring,
        command: ['swift-ring-builder', `${this.ring}.builder`, ...parsed.args].join(' '),
        output: run.stdout + run.stderr,
        code: run.code,
        hint: this.hintFor(parsed.args, run.stdout),
      },
    ];
    await saveRing(
      this.app.db,
      this.ring,
      { files: this.files, history: this.history },
      this.app.clock.now().getTime(),
    );
  }

  clear(): void {
    this.entries = [];
  }

  private hintFor(args: string[], stdout: string): string | null {
    if (stdout.startsWith('Unknown command')) {
      const suggestion = suggestCommand(args[0] ?? '');
      return suggestion ? this.app.t('ring.didYouMean', { command: suggestion }) : null;
    }
    if (stdout.includes('(y/N)')) {
      return this.app.t('ring.needYes');
    }
    return null;
  }
}
