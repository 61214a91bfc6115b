import type { CardKind } from '../cards/card';
import type { CardState } from '../scheduler/types';

/** Where a card sits: a study queue, or taken out of study by the learner or by its notes. */
export type BrowseQueue = 'new' | 'learn' | 'review' | 'suspended' | 'buried' | 'retired';

/**
 * One card as the browser searches, sorts and shows it: what the learner sees (the edited text
 * when there is an edit), its schedule, and a summary of its review log. The data layer builds
 * these; nothing here knows where they are stored.
 */
export interface BrowseRow {
  id: string;
  question: string;
  answer: string;
  deck: string;
  tags: readonly string[];
  kind: CardKind;
  state: CardState;
  queue: BrowseQueue;
  /** Epoch ms; for new cards their position in the new queue, as Anki keeps it. */
  due: number;
  /** Days to the next review as last scheduled; 0 for new and learning cards. */
  interval: number;
  stability: number;
  /** FSRS difficulty, 1 (easiest) to 10. */
  difficulty: number;
  reps: number;
  lapses: number;
  /** 0 for no flag, else 1–7 as Anki's flags. */
  flag: number;
  position: number;
  createdAt: number;
  updatedAt: number;
  /** Epoch ms of the newest entry in the review log, or null when never answered. */
  lastRatedAt: number | null;
}

/** How text is compared: case-folded and in one Unicode form, so `Ｇlance` and `glance` meet. */
export function foldCase(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Anki's difficulty scale for `prop:d` and the column: 0 (easiest) to 1. */
export function difficultyFraction(difficulty: number): number {
  return (difficulty - 1) / 9;
}
