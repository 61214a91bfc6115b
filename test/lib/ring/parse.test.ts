import { describe, expect, it } from 'vitest';
import { expandIpv6 } from '../../../src-renderer/lib/ring/address';
import { parseAddValue, parseSearchValue } from '../../../src-renderer/lib/ring/parse';
import { swiftPython } from './swift-python';

/** Each input through swift's own parser: [result, null] or [null, error message]. */
const SWIFT_PARSE = `
import json, sys
from swift.common.ring.utils import parse_search_value, parse_add_value
out = []
for fn, value in json.load(sys.stdin):
    f = parse_search_value if fn == 'search' else parse_add_value
    try:
        out.append([f(value), None])
    except ValueError as e:
        out.append([None, str(e)])
print(json.dumps(out))
`;

const SEARCH_VALUES = [
  'd74',
  'r4',
  'z1',
  'z1-1.2.3.4',
  '1.2.3.4',
  'z1:5678',
  ':5678',
  'R5.6.7.8',
  'R:5678',
  '1.2.3.4R5.6.7.8',
  '/sdb1',
  '_shiny',
  '_"snet: 5.6.7.8"',
  '[::1]',
  'z1-[::1]:5678',
  'd74r4z1-1.2.3.4:5678/sdb1_"snet: 5.6.7.8"',
  'x1',
  'd',
  '1.2.3',
  'z1-[2001:DB8:0:0::1]',
];

const ADD_VALUES = [
  'r1z1-10.0.0.1:6200/sdb1_meta',
  'rlz1-10.0.0.1:6200/sdb1',
  'z2-10.0.0.2:6200R10.1.0.2:6300/sdc',
  'r1z1-[2001:DB8::1]:6200/sdb1',
  'r1z1-[::1]:6200R[fe80::2]:6300/d_m_x',
  'r1z1-10.0.0.1/sdb1',
  'r1z1-10.0.0.1:62x0/sdb1',
  'r1z1-10.0.0:6200/sdb1',
  'r1z1-10.0.0.1:6200',
  'r1z1-10.0.0.1:6200/',
  'r1-10.0.0.1:6200/sdb1',
  'r1z1_10.0.0.1:6200/sdb1',
];

function ours(fn: string, value: string): [unknown, string | null] {
  try {
    const result = fn === 'search' ? parseSearchValue(value) : parseAddValue(value);
    return [result, null];
  } catch (error) {
    return [null, (error as Error).message];
  }
}

describe('device syntaxes agree with swift.common.ring.utils', () => {
  const inputs = [
    ...SEARCH_VALUES.map((v) => ['search', v] as const),
    ...ADD_VALUES.map((v) => ['add', v] as const),
  ];
  const expected = swiftPython<[unknown, string | null][]>(SWIFT_PARSE, inputs);

  it.each(inputs.map((input, i) => [input[0], input[1], expected[i]] as const))(
    '%s %s',
    (fn, value, swift) => {
      const [result, error] = ours(fn, value);
      if (swift?.[1]) {
        // swift's messages come from Python; ours match them where the CLI prints them
        expect(error).not.toBeNull();
        expect(result).toBeNull();
      } else {
        expect(error).toBeNull();
        expect(result).toEqual(swift?.[0]);
      }
    },
  );

  it('prints the messages swift prints for the seed typo and bad ports', () => {
    expect(ours('add', 'rlz1-10.0.0.1:6200/sdb1')[1]).toBe(
      "invalid literal for int() with base 10: ''",
    );
    expect(ours('add', 'r1z1-10.0.0.1:62x0/sdb1')[1]).toBe('Invalid port :62x0 in add value');
    expect(ours('search', 'x1')[1]).toBe("Invalid <search-value>: 'x1'");
  });
});

describe('IPv6 normalisation', () => {
  const addresses = [
    '1:0:2:0:0:0:3:4',
    '::ffff:1.2.3.4',
    'FE80:0:0::1',
    '::',
    '1::',
    '::1.2.3.4',
    '::1',
  ];
  const swift = swiftPython<string[]>(
    `import json, sys
from swift.common.utils import expand_ipv6
print(json.dumps([expand_ipv6(a) for a in json.load(sys.stdin)]))`,
    addresses,
  );
  it.each(addresses.map((a, i) => [a, swift[i]]))('%s → %s', (address, expected) => {
    expect(expandIpv6((address as string).toLowerCase())).toBe(expected);
  });
});
