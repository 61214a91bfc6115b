import { describe, expect, test } from 'vitest';
import { ImportCancelledError } from '../../../src-renderer/data/import';
import { InputTooLargeError } from '../../../src-renderer/lib/errors';
import { readDeckJson } from '../../../src-renderer/lib/formats/deck-json';
import { warningMessage } from '../../../src-renderer/lib/i18n/error-messages';
import { importErrorText } from '../../../src-renderer/ui/import/import-errors';

const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('import errors in the UI language', () => {
  const newer = thrown(() =>
    readDeckJson(
      new TextEncoder().encode('{"format":"recall-deck","version":3,"name":"x","cards":[]}'),
      'new.json',
    ),
  );
  const invalid = thrown(() =>
    readDeckJson(
      new TextEncoder().encode('{"format":"recall-deck","version":1,"name":"x","cards":[{}]}'),
      'bad.json',
    ),
  );

  test.each([
    ['en', newer, 'new.json: made by a newer version of the app; update the app to open it'],
    [
      'ja',
      newer,
      'new.json: 新しいバージョンのアプリで作られたファイルです。アプリを更新してください',
    ],
    ['en', invalid, /^bad\.json:1: invalid content \(cards\.0\.id: /],
    ['ja', invalid, /^bad\.json:1: 内容が正しくありません \(cards\.0\.id: /],
    [
      'en',
      new InputTooLargeError('file is 200 MB; the limit is 150 MB', { file: 'big.csv' }),
      'big.csv: the file is too large (file is 200 MB; the limit is 150 MB)',
    ],
    ['ja', new ImportCancelledError('x'), 'インポートを取り消しました。何も変更されていません。'],
    [
      'en',
      new TypeError('boom'),
      'The import failed and nothing was changed. An unexpected error stopped it.',
    ],
  ] as const)('%s: %s', (locale, error, expected) => {
    expect(importErrorText(locale, error)).toMatch(expected);
  });

  test('reader warnings and the notes generator’s are translated', () => {
    expect(
      warningMessage(
        {
          file: 'a.csv',
          line: 4,
          code: 'csv-duplicate',
          message: 'same card as row 2; row skipped',
        },
        'ja',
      ),
    ).toBe('4 行目: 前の行と同じカードのためスキップしました。');
    expect(
      warningMessage(
        {
          file: 'n.md',
          line: 9,
          code: 'empty-side',
          message: 'A card needs both a question and an answer.',
        },
        'ja',
      ),
    ).toBe('n.md:9: カードには質問と答えの両方が必要です。');
    expect(
      warningMessage(
        {
          file: 'x.apkg',
          code: 'apkg-empty-front',
          message: 'note 1: empty question; card skipped',
          skipped: true,
        },
        'en',
      ),
    ).toBe('A card was skipped: its question is empty (note 1: empty question; card skipped).');
  });
});
