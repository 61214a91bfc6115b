import { describe, expect, it } from 'vitest';
import { translate } from '../../../src-renderer/lib/i18n';
import { cellOf, oneLine } from '../../../src-renderer/ui/browse/cells';
import { NOW, reviewed, rowOf, shippedCards } from '../../lib/search/rows';

const [glance] = shippedCards();
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);
const ja = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('ja', key, params);

describe('cellOf', () => {
  it('shows a new card by its place in the new queue, in parentheses when suspended', () => {
    const row = rowOf(glance!, 17);
    expect(cellOf(row, 'due', 'en', en).text).toBe('New #17');
    expect(cellOf(row, 'due', 'ja', ja).text).toBe('新規 #17');
    expect(cellOf({ ...row, queue: 'suspended' }, 'due', 'en', en)).toEqual({
      text: '(New #17)',
      title: 'Suspended',
    });
    expect(cellOf(row, 'interval', 'en', en).text).toBe('');
    expect(cellOf(row, 'difficulty', 'en', en).text).toBe('');
  });

  it('shows a review card by its due date, interval and difficulty as Anki does', () => {
    const row = rowOf(glance!, 1, reviewed(2, 12, 10));
    const due = new Date(row.due).toLocaleDateString('en', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    expect(cellOf(row, 'due', 'en', en).text).toBe(due);
    expect(cellOf({ ...row, queue: 'buried' }, 'due', 'en', en).text).toBe(`(${due})`);
    expect(cellOf(row, 'interval', 'en', en).text).toBe('12 d');
    expect(cellOf(row, 'interval', 'ja', ja).text).toBe('12日');
    expect(cellOf(row, 'difficulty', 'en', en).text).toBe('50%');
    expect(NOW.getTime()).toBeLessThan(row.due);
  });

  it('shows a deck by its own name, with the whole path as the tooltip', () => {
    const cell = cellOf(rowOf(glance!, 1), 'deck', 'en', en);
    expect(cell).toEqual({ text: 'イメージサービス (Glance)', title: glance!.deck });
  });
});

describe('oneLine', () => {
  it('reads Markdown as one line without bold and code marks, keeping underscores', () => {
    expect(oneLine('**cinder** — `max_file_size`\nsecond line')).toBe(
      'cinder — max_file_size second line',
    );
  });
});
