/**
 * The statistics screen's state: which decks, the two reports as the worker sends them, and the
 * chosen ranges. A newer request makes the answers to older ones stale; they are dropped.
 */
import { isInDeck } from '../../lib/cards/card';
import type { Clock } from '../../lib/clock';
import { DEFAULT_ROLLOVER_HOUR } from '../../lib/scheduler/study-day';
import type { HistoryRange } from '../../lib/stats/log-stats';
import type { CardReport, HistoryReport } from '../../lib/stats/report';
import type { StatsRequest, StatsResponse } from './stats-protocol';

/** What the screen needs of a Worker, so tests can stand in for one. */
export interface StatsPort {
  postMessage(request: StatsRequest): void;
  terminate(): void;
}

export const FORECAST_DAYS = [30, 90, 365] as const;
export type ForecastDays = (typeof FORECAST_DAYS)[number];

export class StatsScreen {
  /** null: the whole collection. */
  deck = $state<string | null>(null);
  history = $state.raw<HistoryReport | null>(null);
  cards = $state.raw<CardReport | null>(null);
  error = $state<string | null>(null);
  /** While every review log is read (a first visit): how far it has got. */
  progress = $state.raw<{ read: number; total: number } | null>(null);
  forecastDays = $state<ForecastDays>(30);
  retentionUnit = $state<'week' | 'month'>('week');
  range = $state<HistoryRange>('month');
  private latest = 0;
  private sentAt = 0;

  /** `afterPaint` runs its callback once the page has drawn what changed (the page's frames). */
  constructor(
    private readonly clock: Clock,
    private readonly port: StatsPort,
    private readonly afterPaint: (callback: () => void) => void = () => {},
  ) {}

  /** Asks for the figures of `deck` (with the sub-decks among `deckNames`) or the collection. */
  show(deck: string | null, deckNames: readonly string[]): void {
    this.deck = deck;
    this.history = null;
    this.cards = null;
    this.error = null;
    this.progress = null;
    this.latest++;
    this.sentAt = performance.now();
    this.port.postMessage({
      id: this.latest,
      decks: deck === null ? null : deckNames.filter((name) => isInDeck(name, deck)),
      now: this.clock.now().getTime(),
      rolloverHour: DEFAULT_ROLLOVER_HOUR,
    });
  }

  receive(response: StatsResponse): void {
    if (response.id !== this.latest) {
      return;
    }
    switch (response.part) {
      case 'progress':
        this.progress = { read: response.read, total: response.total };
        break;
      case 'history':
        // the worker's own figures, for `npm run bench` and the performance panel
        performance.mark('stats-history-timings', { detail: response.timings });
        this.history = response.report;
        this.measureShown('stats-history-shown');
        break;
      case 'cards':
        performance.mark('stats-cards-timings', { detail: response.timings });
        this.cards = response.report;
        this.measureShown('stats-cards-shown');
        break;
      case 'error':
        this.error = response.message;
        break;
    }
  }

  /** A worker that cannot start or crashed answers nothing more. */
  fail(message: string): void {
    this.error = message;
  }

  close(): void {
    this.port.terminate();
  }

  /** From the request to the charts drawn: the figure `npm run bench` reports as shown. */
  private measureShown(name: string): void {
    const start = this.sentAt;
    this.afterPaint(() => performance.measure(name, { start, end: performance.now() }));
  }
}
