import type { GrammarData } from '../../lib/check/grammar/types';
import type { MockQuestion } from '../../lib/exam/mock-exam';
import { answerOf, type MockAnswer, type Response } from '../../lib/exam/mock-judge';

/**
 * One mock exam being taken: the questions, what was answered, and the time left. Nothing is
 * judged until the end (`answers`), so no screen can show a verdict before it.
 */
export class MockSession {
  index = $state(0);
  chosen = $state<number | null>(null);
  typed = $state('');
  now = $state(0);
  finished = $state(false);
  /** The time ran out before the last question was answered. */
  timedOut = $state(false);
  private readonly responses: (Response | null)[];

  constructor(
    readonly questions: readonly MockQuestion[],
    readonly startedAt: number,
    readonly timeLimitMs: number,
  ) {
    this.now = startedAt;
    this.responses = questions.map(() => null);
  }

  get current(): MockQuestion | undefined {
    return this.questions[this.index];
  }

  get timeLeftMs(): number {
    return Math.max(0, this.startedAt + this.timeLimitMs - this.now);
  }

  /** Moves the clock on; ends the exam when the time is up. */
  tick(now: number): void {
    this.now = now;
    if (!this.finished && this.timeLeftMs === 0) {
      this.keepCurrent();
      this.timedOut = true;
      this.finished = true;
    }
  }

  choose(option: number): void {
    const options = this.current?.options;
    if (!this.finished && options && option >= 0 && option < options.length) {
      this.chosen = option;
    }
  }

  /** Keeps the current answer and shows the next question, or ends after the last one. */
  next(): void {
    if (this.finished) {
      return;
    }
    this.keepCurrent();
    if (this.index + 1 >= this.questions.length) {
      this.finished = true;
      return;
    }
    this.index++;
    this.chosen = null;
    this.typed = '';
  }

  finish(): void {
    this.keepCurrent();
    this.finished = true;
  }

  private keepCurrent(): void {
    const question = this.current;
    if (!question || this.finished) {
      return;
    }
    this.responses[this.index] =
      question.format === 'choice'
        ? this.chosen === null
          ? null
          : { chosen: this.chosen }
        : this.typed.trim() === ''
          ? null
          : { typed: this.typed };
  }

  /** Every question judged; only once the exam is over. */
  answers(grammar: GrammarData | undefined): MockAnswer[] {
    if (!this.finished) {
      return [];
    }
    return this.questions.map((q, i) => answerOf(q, this.responses[i] ?? null, grammar));
  }
}
