import { describe, expect, test } from 'vitest';
import type { CardRow } from '../../../src-renderer/data/schema';
import { stableCardId } from '../../../src-renderer/lib/cards/id';
import { CardEditorState, editorKey } from '../../../src-renderer/ui/shared/card-editor.svelte';

// The seed notes' reverse card of line 16: the description asks, the command answers.
const deck = 'OPCEL 252::イメージサービス (Glance)';
const front =
  '**glance-cache** — キャッシュ予約キューに入っているイメージのキャッシングを実施する。キャッシュ予約キューにイメージを入れるには、APIをりようするか、glance-cache-manageコマンドを実行する';
const row: CardRow = {
  id: stableCardId(deck, front),
  deck,
  front,
  back: 'glance-cache-prefetcher',
  kind: 'type-in',
  tags: ['252.1'],
  source: { file: '000_3af3aa1cc6fa0faa.txt', line: 16 },
  position: 1,
  createdAt: 1,
  updatedAt: 1,
};

describe('CardEditorState', () => {
  test('starts from what the card shows, its edit included', () => {
    const state = new CardEditorState({ ...row, override: { tags: ['252.1', 'glance-cache'] } });
    expect([state.front, state.back, state.tags]).toEqual([front, row.back, '252.1 glance-cache']);
    expect(state.dirty).toBe(false);
    expect(state.overridden).toEqual(['tags']);
  });

  test('typing makes it dirty and gives the edit to save, tags split on spaces', () => {
    const state = new CardEditorState(row);
    state.tags = ' 252.1  glance-cache ';
    expect(state.dirty).toBe(true);
    expect(state.edited).toEqual({ front, back: row.back, tags: ['252.1', 'glance-cache'] });
    state.tags = '252.1';
    expect(state.dirty).toBe(false);
  });

  test('an empty front cannot be saved', () => {
    const state = new CardEditorState(row);
    state.front = '   ';
    expect(state.problem).toBe('front-empty');
  });

  test('load starts over from the stored card', () => {
    const state = new CardEditorState(row);
    state.back = 'typed but not saved';
    state.load({
      ...row,
      override: { back: 'glance-cache-prefetcher --config-file glance-cache.conf' },
    });
    expect(state.back).toBe('glance-cache-prefetcher --config-file glance-cache.conf');
    expect(state.dirty).toBe(false);
    expect(state.overridden).toEqual(['back']);
  });
});

describe('editorKey', () => {
  const key = (key: string, more: Partial<Parameters<typeof editorKey>[0]> = {}) =>
    editorKey({ key, ctrlKey: false, metaKey: false, ...more });

  test('Ctrl+Enter or ⌘+Enter saves, Escape cancels, anything else is typing', () => {
    expect(key('Enter', { ctrlKey: true })).toBe('save');
    expect(key('Enter', { metaKey: true })).toBe('save');
    expect(key('Escape')).toBe('cancel');
    expect(key('Enter')).toBeNull();
    expect(key('e')).toBeNull();
  });

  test('keys that end an input method composition are not commands', () => {
    expect(key('Enter', { ctrlKey: true, isComposing: true })).toBeNull();
    expect(key('Escape', { isComposing: true })).toBeNull();
  });
});
