import { describe, expect, it } from 'vitest';
import {
  pyFixed,
  pyFloat,
  pyInt,
  pyParseFloat,
  pyTimedelta,
  sprintf,
} from '../../../src-renderer/lib/ring/pyformat';
import { swiftPython } from './swift-python';

const FLOATS = [
  0,
  100,
  50.5,
  1e-5,
  1e16,
  123456789012345680,
  0.1,
  2.675,
  0.125,
  12.5,
  -0.001,
  1 / 3,
];

describe('Python number text', () => {
  const python = swiftPython<{ repr: string[]; f2: string[]; f6: string[] }>(
    `import json, sys
xs = json.load(sys.stdin)
print(json.dumps({"repr": [repr(float(x)) for x in xs], "f2": ["%.02f" % x for x in xs], "f6": ["%.6f" % x for x in xs]}))`,
    FLOATS,
  );

  it.each(FLOATS.map((x, i) => [x, i]))('%d matches repr, %%.02f and %%.6f', (x, i) => {
    expect(pyFloat(x)).toBe(python.repr[i]);
    expect(pyFixed(x, 2)).toBe(python.f2[i]);
    expect(pyFixed(x, 6)).toBe(python.f6[i]);
  });

  it('formats the way swift-ring-builder lays out its table', () => {
    expect(sprintf('%13d %6d %-4s|%7.02f %5s', 3, 1, 'ab', -100, '')).toBe(
      '            3      1 ab  |-100.00      ',
    );
    expect(sprintf('%0.2f%% (%.6f)', 10, 0.1)).toBe('10.00% (0.100000)');
    expect(sprintf('%r is not a valid number.', 'abc')).toBe("'abc' is not a valid number.");
  });

  it('prints timedeltas as str(timedelta) does', () => {
    expect(pyTimedelta(0)).toBe('0:00:00');
    expect(pyTimedelta(3599)).toBe('0:59:59');
    expect(pyTimedelta(86400 + 61)).toBe('1 day, 0:01:01');
    expect(pyTimedelta(3 * 86400)).toBe('3 days, 0:00:00');
  });

  it('parses and rejects like int() and float()', () => {
    expect(pyInt(' 42 ')).toBe(42);
    expect(() => pyInt('')).toThrow("invalid literal for int() with base 10: ''");
    expect(pyParseFloat('1e3')).toBe(1000);
    expect(() => pyParseFloat('abc')).toThrow("could not convert string to float: 'abc'");
  });
});
