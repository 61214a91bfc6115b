import { describe, expect, test } from 'vitest';
import { fromWire, toWire } from '../../../src-renderer/ui/import/error-wire';
import {
  DomainError,
  InternalError,
  ParseError,
  ValidationError,
} from '../../../src-renderer/lib/errors';
import { readDeckJson } from '../../../src-renderer/lib/formats/deck-json';

const caught = (read: () => unknown): unknown => {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error('expected the read to fail');
};

describe('errors across the worker boundary', () => {
  test('a reader’s error keeps its class, message and location through structured cloning', () => {
    const error = caught(() =>
      readDeckJson(
        new TextEncoder().encode('{"format":"recall-deck","version":1,"name":"x","cards":[{}]}'),
        'broken.json',
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    const back = fromWire(structuredClone(toWire(error)));
    expect(back).toBeInstanceOf(ValidationError);
    expect((back as DomainError).describe()).toBe((error as DomainError).describe());
  });

  test('the kind travels as the error’s code, so minified class names do not matter', () => {
    class Renamed extends ParseError {}
    const back = fromWire(toWire(new Renamed('bad row', { file: 'a.apkg', line: 3 })));
    expect(back).toBeInstanceOf(ParseError);
    expect((back as ParseError).describe()).toBe('a.apkg:3: bad row');
    const bug = fromWire(structuredClone(toWire(new InternalError('unknown ts-fsrs state 9'))));
    expect(bug).toBeInstanceOf(InternalError);
    expect((bug as DomainError).code).toBe('internal');
  });

  test('anything else arrives as a plain Error with its message', () => {
    const back = fromWire(toWire(new TypeError('out of memory')));
    expect(back).not.toBeInstanceOf(DomainError);
    expect(back.message).toBe('out of memory');
    expect(fromWire(toWire('a string')).message).toBe('a string');
  });
});
