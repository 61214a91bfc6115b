/**
 * Keys of the mock exam: 1–4 choose an option of a four-option question, Enter goes to the next
 * question. In the answer field digits are typed, not chosen, and Enter still goes on (a command
 * is one line).
 */
import type { QuestionFormat } from '../../lib/exam/mock-exam';

export interface MockKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Focus is in a text field or on a button (which Enter would press itself). */
  inField: boolean;
  onButton: boolean;
}

export type MockAction = { kind: 'choose'; index: number } | { kind: 'next' };

export function mockAction(event: MockKey, format: QuestionFormat): MockAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) {
    return null;
  }
  if (event.key === 'Enter') {
    return event.onButton ? null : { kind: 'next' };
  }
  if (format === 'choice' && !event.inField && /^[1-4]$/.test(event.key)) {
    return { kind: 'choose', index: Number(event.key) - 1 };
  }
  return null;
}

/** mm:ss of a time left, rounded up so 0:00 shows only when it is over. */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
