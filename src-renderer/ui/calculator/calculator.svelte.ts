import { readRing, saveRing } from '../../data/rings';
import type { RingRecord } from '../../data/rings';
import {
  devicesReplacedBy,
  parseConsoleLine,
  RING_NAMES,
  suggestCommand,
  type RingFiles,
  type RingName,
} from '../../lib/ring/console';
import type { RingRun } from '../../lib/ring/run';
import { EXIT_WARNING } from '../../lib/ring/session';
import { summarise, type RingSummary } from '../../lib/ring/summary';
import { HELP } from '../../lib/ring/usage';
import { rebalanceWarning } from '../../lib/ring/warnings';
import type { AppState } from '../app-state.svelte';
import { CommandQueue } from './command-queue';
import type { RingClient } from './ring-protocol';

export interface ConsoleEntry {
  id: number;
  ring: RingName;
  command: string;
  output: string;
  code: number;
  /** A hint from the screen when swift's own message leaves the learner stuck. */
  hint: string | null;
}

/** A `create` waiting for the learner's yes, because it would discard the ring's devices. */
export interface CreateConfirmation {
  builder: string;
  devices: number;
}

/**
 * The calculator's state: the ring on screen, its files and the console transcript. Commands
 * run in a worker, one after another in the order they were typed; the page stays usable.
 */
export class Calculator {
  ring = $state<RingName>('object');
  files = $state.raw<RingFiles>({ builder: null, ring: null });
  history = $state.raw<string[]>([]);
  entries = $state.raw<ConsoleEntry[]>([]);
  summary = $derived<RingSummary | null>(this.files.builder ? summarise(this.files.builder) : null);
  pending = $state(0);
  busy = $derived(this.pending > 0);
  confirmation = $state.raw<CreateConfirmation | null>(null);
  private answerConfirmation: ((yes: boolean) => void) | null = null;
  private nextId = 1;
  private readonly queue = new CommandQueue((pending) => (this.pending = pending));
  /** Each ring as the latest command left it; the database only catches up after saving. */
  private readonly records: Partial<Record<RingName, RingRecord>> = {};
  private shown = 0;

  constructor(
    private readonly app: AppState,
    private readonly client: RingClient,
  ) {}

  /** Reads every ring up front, so switching rings never waits behind a large save. */
  async open(): Promise<void> {
    await Promise.all(RING_NAMES.map((name) => this.load(name)));
    await this.select('object');
  }

  async select(name: RingName): Promise<void> {
    const turn = ++this.shown;
    await this.load(name);
    const record = this.records[name];
    if (!record || turn !== this.shown) {
      return; // a later click won
    }
    this.ring = name;
    this.files = record.files;
    this.history = record.history;
  }

  /** Queues a line; a line without a builder file runs on the ring on screen as it is typed. */
  run(line: string): Promise<void> {
    if (!line.trim()) {
      return Promise.resolve();
    }
    const ring = this.ring;
    return this.queue.push((shown) => this.execute(line, ring, shown));
  }

  /** Lets queued commands finish and save (leaving the page must not lose them), then stops. */
  close(): void {
    // a create waiting for its yes is not run
    this.answer(false);
    void this.queue.idle().then(() => this.client.close());
  }

  private async load(name: RingName): Promise<RingRecord> {
    const known = this.records[name];
    if (known) {
      return known;
    }
    const record = await readRing(this.app.db, name);
    // a command may have finished while the database answered
    const latest = this.records[name] ?? record;
    this.records[name] = latest;
    return latest;
  }

  private async execute(line: string, onScreen: RingName, shown: () => void): Promise<void> {
    const parsed = parseConsoleLine(line);
    let ring = onScreen;
    if (parsed.ring) {
      ring = parsed.ring;
      if (parsed.ring !== this.ring) {
        await this.select(parsed.ring);
      }
    }
    const before = await this.load(ring);
    const helpWanted =
      parsed.args.length === 1 && ['help', '--help', '-h', '?'].includes(parsed.args[0] ?? '');
    if (helpWanted) {
      // swift-ring-builder without arguments prints its help; here that is `help`
      this.update(ring, { files: before.files, history: [...before.history, line.trim()] });
      this.entries = [
        ...this.entries,
        { id: this.nextId++, ring, command: line.trim(), output: HELP, code: 0, hint: null },
      ];
      shown();
      return;
    }
    const replaced = devicesReplacedBy(parsed.args, before.files);
    if (replaced && !(await this.confirmCreate(`${ring}.builder`, replaced))) {
      this.update(ring, { files: before.files, history: [...before.history, line.trim()] });
      this.entries = [
        ...this.entries,
        {
          id: this.nextId++,
          ring,
          command: ['swift-ring-builder', `${ring}.builder`, ...parsed.args].join(' '),
          output: '',
          code: 0,
          hint: this.app.t('ring.confirmCreate.kept', {
            builder: `${ring}.builder`,
            devices: replaced,
          }),
        },
      ];
      shown();
      return;
    }
    const { run, files } = await this.client.run(
      ring,
      parsed.args,
      before.files,
      this.app.clock.now().getTime(),
    );
    const record = { files, history: [...before.history, line.trim()] };
    this.update(ring, record);
    this.entries = [
      ...this.entries,
      {
        id: this.nextId++,
        ring,
        command: ['swift-ring-builder', `${ring}.builder`, ...parsed.args].join(' '),
        output: run.stdout + run.stderr,
        code: run.code,
        hint: this.hintFor(parsed.args, run),
      },
    ];
    shown();
    // the next command still waits for this save, but the screen need not
    await saveRing(this.app.db, ring, record, this.app.clock.now().getTime());
  }

  private update(ring: RingName, record: RingRecord): void {
    this.records[ring] = record;
    if (this.ring === ring) {
      this.files = record.files;
      this.history = record.history;
    }
  }

  clear(): void {
    this.entries = [];
  }

  /** The learner's answer to the confirmation on screen. */
  answer(yes: boolean): void {
    const answer = this.answerConfirmation;
    this.answerConfirmation = null;
    this.confirmation = null;
    answer?.(yes);
  }

  private confirmCreate(builder: string, devices: number): Promise<boolean> {
    return new Promise((resolve) => {
      this.answerConfirmation = resolve;
      this.confirmation = { builder, devices };
    });
  }

  private hintFor(args: string[], { stdout, code }: RingRun): string | null {
    if (args[0] === 'rebalance' && code === EXIT_WARNING) {
      return this.warningFor(stdout);
    }
    if (stdout.startsWith('Unknown command')) {
      const suggestion = suggestCommand(args[0] ?? '');
      return suggestion ? this.app.t('ring.didYouMean', { command: suggestion }) : null;
    }
    if (stdout.includes('(y/N)')) {
      return this.app.t('ring.needYes');
    }
    return null;
  }

  private warningFor(stdout: string): string | null {
    const warning = rebalanceWarning(stdout);
    switch (warning?.kind) {
      case 'min-part-hours':
        return this.app.t('ring.warning.minPartHours', {
          hours: warning.hours,
          remaining: warning.remaining,
        });
      case 'nothing-to-move':
        return this.app.t('ring.warning.nothingToMove');
      case 'cowardly':
        return this.app.t('ring.warning.cowardly');
      case 'dispersion':
        return this.app.t('ring.warning.dispersion', { dispersion: warning.dispersion });
      case 'balance':
        return this.app.t('ring.warning.balance', {
          balance: warning.balance,
          hours: warning.hours,
        });
      default:
        return null;
    }
  }
}
