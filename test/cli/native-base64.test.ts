import { describe, expect, it } from 'vitest';
import { installNativeBase64 } from '../../src-main/cli/native-base64';
import { RingBuilder } from '../../src-renderer/lib/ring/builder';
import { rebalance } from '../../src-renderer/lib/ring/rebalance';
import {
  fromBase64,
  parseBuilder,
  serializeBuilder,
  toBase64,
} from '../../src-renderer/lib/ring/state';

const binary = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe('installNativeBase64 (the ring CLI codes builders with it)', () => {
  installNativeBase64();

  it('codes every length and offset as btoa and atob do', () => {
    const pool = new Uint8Array(64).map((_, i) => (i * 151 + 7) % 256);
    for (let length = 0; length <= 9; length++) {
      for (const offset of [0, 1, 3]) {
        const bytes = pool.subarray(offset, offset + length);
        const text = toBase64(bytes);
        expect(text).toBe(btoa(binary(bytes)));
        expect(fromBase64(text)).toEqual(new Uint8Array(bytes));
      }
    }
  });

  it('refuses what is not padded standard base64, the only kind a builder holds', () => {
    for (const text of ['abc', 'AB=C', 'A===', 'ab-_', 'ab c', 'QUJD\n']) {
      expect(() => fromBase64(text), text).toThrow(SyntaxError);
    }
  });

  it('is not enumerable on typed arrays', () => {
    const keys: string[] = [];
    for (const key in new Uint8Array(2)) {
      keys.push(key);
    }
    expect(keys).toEqual(['0', '1']);
  });

  it('round-trips a rebalanced builder, and a damaged row is an invalid builder file', () => {
    const b = new RingBuilder(8, 3, 1);
    for (let i = 0; i < 6; i++) {
      b.addDev({
        region: 1,
        zone: (i % 3) + 1,
        ip: `10.0.0.${i + 1}`,
        port: 6200,
        replication_ip: `10.0.0.${i + 1}`,
        replication_port: 6200,
        device: 'sdb',
        meta: '',
        weight: 100,
      });
    }
    rebalance(b, 1);
    const json = serializeBuilder(b);
    expect(serializeBuilder(parseBuilder(json))).toBe(json);
    const damaged = json.replace(/"replica2part2dev":\["/, '"replica2part2dev":["-');
    expect(() => parseBuilder(damaged, 'x.json')).toThrow('Ring Builder file is invalid: x.json');
  });
});
