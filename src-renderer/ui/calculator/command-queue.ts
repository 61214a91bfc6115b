/**
 * The calculator's commands one after another, in the order they were typed: each starts once
 * the one before has finished, its save included, so it sees that command's files.
 */
export class CommandQueue {
  /** Commands queued whose result is not on screen yet. */
  pending = 0;
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly changed: (pending: number) => void) {}

  /** `task` calls `shown` when its result is on screen; failing counts as shown. */
  push(task: (shown: () => void) => Promise<void>): Promise<void> {
    this.count(1);
    let counted = true;
    const shown = (): void => {
      if (counted) {
        counted = false;
        this.count(-1);
      }
    };
    const done = this.tail.then(() => task(shown));
    this.tail = done.then(shown, shown);
    return done;
  }

  /** Settles once everything queued so far has finished. */
  idle(): Promise<void> {
    return this.tail;
  }

  private count(step: number): void {
    this.pending += step;
    this.changed(this.pending);
  }
}
