import { describe, expect, test } from 'vitest';
import type { CardContent } from '../../../src-renderer/lib/cards/card';
import { stableCardId } from '../../../src-renderer/lib/cards/id';
import {
  differsFromNote,
  editProblem,
  effectiveContent,
  formatTags,
  overriddenFields,
  overrideFor,
  parseTags,
  rebaseOverride,
  withShownTags,
} from '../../../src-renderer/lib/cards/override';
import { MAX_CARD_SIDE_TEXT } from '../../../src-renderer/lib/cards/size';

// A card the seed notes give (line 16), with the notes' typo りよう for 利用.
const deck = 'OPCEL 252::イメージサービス (Glance)';
const front = '**glance-cache** — glance-cache-prefetcher';
const typo =
  'キャッシュ予約キューに入っているイメージのキャッシングを実施する。キャッシュ予約キューにイメージを入れるには、APIをりようするか、glance-cache-manageコマンドを実行する';
const fixed = typo.replace('りよう', '利用');
const glance: CardContent = {
  id: stableCardId(deck, front),
  deck,
  front,
  back: typo,
  kind: 'basic',
  tags: ['252.1'],
  source: { file: '000_3af3aa1cc6fa0faa.txt', line: 16 },
};

describe('effectiveContent', () => {
  test('a card without an override shows its generated content', () => {
    expect(effectiveContent(glance)).toEqual(glance);
    expect(differsFromNote(glance)).toBe(false);
  });

  test('overridden fields win, the others and the id stay the generated ones', () => {
    const edited = { ...glance, override: { back: fixed } };
    const shown = effectiveContent(edited);
    expect(shown).toEqual({ ...glance, back: fixed });
    expect('override' in shown).toBe(false);
    expect(overriddenFields(edited)).toEqual(['back']);
    expect(differsFromNote(edited)).toBe(true);
  });

  test('an override of empty tags shows no tags', () => {
    expect(effectiveContent({ ...glance, override: { tags: [] } }).tags).toEqual([]);
  });
});

describe('overrideFor', () => {
  test('keeps only the fields the edit changed', () => {
    expect(overrideFor(glance, { ...glance, back: 'B', tags: ['252.1', 'marked'] })).toEqual({
      back: 'B',
      tags: ['252.1', 'marked'],
    });
  });

  test('an edit back to the note is no override', () => {
    expect(overrideFor(glance, { front, back: typo, tags: ['252.1'] })).toBe(undefined);
  });

  test('tags in another order are a change', () => {
    const two = { ...glance, tags: ['a', 'b'] };
    expect(overrideFor(two, { ...two, tags: ['b', 'a'] })).toEqual({ tags: ['b', 'a'] });
  });
});

describe('rebaseOverride over a re-imported note', () => {
  const override = { back: fixed };

  test('the user edit wins where the note now says something else, and still differs', () => {
    const note = { ...glance, back: `${typo}(glance-cache.conf)` };
    const kept = rebaseOverride(override, note);
    expect(kept).toEqual(override);
    expect(differsFromNote({ ...note, override: kept })).toBe(true);
  });

  test('a field the note now says the same way leaves the override', () => {
    const noteFixed = { ...glance, back: fixed };
    expect(rebaseOverride(override, noteFixed)).toBe(undefined);
    expect(rebaseOverride({ ...override, tags: ['x'] }, noteFixed)).toEqual({ tags: ['x'] });
  });

  test('no override stays none', () => {
    expect(rebaseOverride(undefined, glance)).toBe(undefined);
  });
});

describe('editProblem', () => {
  const same = { front: glance.front, back: glance.back, tags: glance.tags };

  test('a plain edit is fine', () => {
    expect(editProblem(glance, { ...same, back: 'x' })).toBe(undefined);
  });

  test('the question cannot be empty', () => {
    expect(editProblem(glance, { ...same, front: '  \n' })).toBe('front-empty');
  });

  test('a ring card keeps its template front but may change its back', () => {
    const ring: CardContent = { ...glance, kind: 'ring', front: 'ring-partitions' };
    expect(editProblem(ring, { ...same, front: 'Which partition?' })).toBe('ring-front');
    expect(editProblem(ring, { ...same, front: 'ring-partitions', back: 'note' })).toBe(undefined);
  });

  test('a side over the import limit is refused, as an import would refuse it', () => {
    expect(editProblem(glance, { ...same, back: 'x'.repeat(MAX_CARD_SIDE_TEXT + 1) })).toBe(
      'side-too-long',
    );
    expect(editProblem(glance, { ...same, back: 'x'.repeat(MAX_CARD_SIDE_TEXT) })).toBe(undefined);
  });
});

describe('tags as typed', () => {
  test('split on any white space, each once, in typed order', () => {
    expect(parseTags('  252.1\tcinder  marked cinder\n')).toEqual(['252.1', 'cinder', 'marked']);
    expect(parseTags('   ')).toEqual([]);
    expect(formatTags(['252.1', 'cinder'])).toBe('252.1 cinder');
  });
});

describe('withShownTags', () => {
  test('a mark goes into the override, beside an edit, and the note tags stay underneath', () => {
    const marked = withShownTags({ ...glance, override: { back: fixed } }, ['252.1', 'marked']);
    expect(marked.tags).toEqual(['252.1']);
    expect(marked.override).toEqual({ back: fixed, tags: ['252.1', 'marked'] });
    expect(withShownTags(marked, ['252.1']).override).toEqual({ back: fixed });
    expect(withShownTags(glance, ['252.1'])).toEqual(glance);
  });
});
