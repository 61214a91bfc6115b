import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src-renderer/lib/clock';
import type { CardReport, HistoryReport } from '../../../src-renderer/lib/stats/report';
import { StatsScreen } from '../../../src-renderer/ui/stats/stats-screen.svelte';
import type { StatsRequest } from '../../../src-renderer/ui/stats/stats-protocol';

const DECKS = ['OPCEL 252', 'OPCEL 252::Swift', 'OPCEL 252::Cinder', 'Other'];
const timings = { loadMs: 1, computeMs: 1, logsRead: 0, fromCache: true };
const cardTimings = { loadMs: 1, computeMs: 1, rowsRead: 0 };

function screen() {
  const sent: StatsRequest[] = [];
  const clock = fixedClock(new Date('2026-11-25T10:00:00+09:00'));
  const state = new StatsScreen(clock, { postMessage: (r) => sent.push(r), terminate: () => {} });
  return { state, sent };
}

describe('StatsScreen', () => {
  it('asks for a deck with its sub-decks, or for the collection, at the page clock', () => {
    const { state, sent } = screen();
    state.show('OPCEL 252', DECKS);
    state.show(null, DECKS);
    expect(sent.map((r) => r.decks)).toEqual([
      ['OPCEL 252', 'OPCEL 252::Swift', 'OPCEL 252::Cinder'],
      null,
    ]);
    expect(sent[0]!.now).toBe(new Date('2026-11-25T10:00:00+09:00').getTime());
    expect(sent[1]!.id).toBeGreaterThan(sent[0]!.id);
  });

  it('takes the latest request’s answers and drops older ones', () => {
    const { state, sent } = screen();
    state.show('OPCEL 252', DECKS);
    state.show('Other', DECKS);
    const history = { reviewCount: 3 } as HistoryReport;
    state.receive({ id: sent[0]!.id, part: 'history', report: history, timings });
    expect(state.history).toBeNull();
    state.receive({ id: sent[1]!.id, part: 'progress', read: 1, total: 4 });
    expect(state.progress).toEqual({ read: 1, total: 4 });
    state.receive({ id: sent[1]!.id, part: 'history', report: history, timings });
    expect(state.history).toBe(history);
    const cards = { cardCount: 2 } as CardReport;
    state.receive({ id: sent[1]!.id, part: 'cards', report: cards, timings: cardTimings });
    expect(state.cards).toBe(cards);
    expect(state.deck).toBe('Other');
  });

  it('shows the worker’s error, and clears it on the next request', () => {
    const { state, sent } = screen();
    state.show(null, DECKS);
    state.receive({ id: sent[0]!.id, part: 'error', message: 'disk on fire' });
    expect(state.error).toBe('disk on fire');
    state.show(null, DECKS);
    expect(state.error).toBeNull();
  });
});
