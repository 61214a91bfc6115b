import { describe, expect, test } from 'vitest';
import { ValidationError } from '../../../src-renderer/lib/errors';
import { failureText } from '../../../src-renderer/ui/shared/failure';

describe('what the error banner shows', () => {
  test('a typed error in the action’s sentence, in the language shown now', () => {
    const error = new ValidationError('unknown file type; use one of .json, .md', {
      file: 'x.doc',
    });
    expect(failureText({ error }, 'en')).toEqual({
      text: 'x.doc: invalid content (unknown file type; use one of .json, .md)',
    });
    expect(failureText({ error, context: 'backup.autoFailed' }, 'ja')).toEqual({
      text: '自動バックアップに失敗しました。x.doc: 内容が正しくありません (unknown file type; use one of .json, .md)',
    });
  });

  test('a raw error: a plain sentence, its message as a detail, never its stack', () => {
    const error = new Error("Failed to execute 'put' on 'IDBObjectStore'\n    at db.ts:10:3");
    const shown = failureText({ error, context: 'study.gradeFailed' }, 'en');
    expect(shown).toEqual({
      text: 'Your answer could not be saved, and nothing was changed; try again. An unexpected error stopped it.',
      detail: "Failed to execute 'put' on 'IDBObjectStore'",
    });
  });
});
