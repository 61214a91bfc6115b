import { describe, expect, it } from 'vitest';
import { generateFromNotes } from '../../../src-renderer/lib/notes/generate';
import { noteKey } from '../../../src-renderer/lib/cards/note';

describe('noteKey', () => {
  it('makes the cards of one notes line one note, and other lines other notes', () => {
    const text = [
      '# イメージサービス (Glance)',
      '',
      'Glance:::仮想マシンイメージの登録・検索・取得を提供する OpenStack のサービス',
      'glance-api:::Glance の REST API を提供するサーバプロセス（既定ポート 9292）',
      'protected::true のイメージは削除できない',
    ].join('\n');
    const { cards } = generateFromNotes([{ path: 'glance.md', text }]);
    const keys = cards.map(noteKey);
    expect(keys).toHaveLength(5);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe(keys[3]);
    expect(new Set(keys).size).toBe(3);
  });

  it('makes the cards of one Anki note one note, and a card with neither a note of its own', () => {
    expect(noteKey({ note: 'f8k2#xQ' })).toBe(noteKey({ note: 'f8k2#xQ' }));
    expect(noteKey({ note: 'f8k2#xQ' })).not.toBe(noteKey({ note: 'Bq1$zz' }));
    expect(noteKey({})).toBeUndefined();
  });
});
