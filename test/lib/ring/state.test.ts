import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RingBuilder } from '../../../src-renderer/lib/ring/builder';
import { fflateGunzip, fflateGzip } from '../../../src-renderer/lib/ring/portable-gzip';
import { rebalance } from '../../../src-renderer/lib/ring/rebalance';
import {
  deserializeRing,
  ringDataOf,
  sameRing,
  serializeRing,
} from '../../../src-renderer/lib/ring/ring-file';
import {
  newBuilderId,
  parseBuilder,
  serializeBuilder,
  toBase64,
} from '../../../src-renderer/lib/ring/state';
import { swiftPython } from './swift-python';

function fourZoneRing(): RingBuilder {
  const b = new RingBuilder(8, 3, 1);
  for (let z = 1; z <= 4; z++) {
    b.addDev({
      region: 1,
      zone: z,
      ip: `10.0.0.${z}`,
      port: 6200,
      replication_ip: `10.0.0.${z}`,
      replication_port: 6200,
      device: 'sdb1',
      meta: '',
      weight: z * 100,
    });
  }
  rebalance(b, 1);
  return b;
}

describe('builder JSON', () => {
  it('round-trips a rebalanced builder exactly', () => {
    const b = fourZoneRing();
    const again = parseBuilder(serializeBuilder(b));
    expect(serializeBuilder(again)).toBe(serializeBuilder(b));
    expect(again.replica2part2dev).toEqual(b.replica2part2dev);
    expect(again.getBalance()).toBe(b.getBalance());
  });

  it('refuses files that are not builders', () => {
    expect(() => parseBuilder('{"format":"other"}', 'x.json')).toThrow(
      'Ring Builder file is invalid: x.json',
    );
    expect(() => parseBuilder('not json', 'x.json')).toThrow('Ring Builder file is invalid');
  });
});

describe('ring file', () => {
  it("writes R1NG v1 with a sorted JSON header and swift's fixed gzip mtime", () => {
    const b = fourZoneRing();
    const bytes = serializeRing(ringDataOf(b), fflateGzip, 'object.ring.gz');
    const mtime = bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24);
    expect(mtime >>> 0).toBe(1300507380);
    const raw = gunzipSync(bytes);
    expect(new TextDecoder().decode(raw.subarray(0, 4))).toBe('R1NG');
    const header = new TextDecoder().decode(
      raw.subarray(10, 10 + new DataView(raw.buffer).getUint32(6)),
    );
    expect(header.startsWith('{"byteorder": "little", "devs": [{"device": "sdb1", "id": 0,')).toBe(
      true,
    );
    const python = swiftPython<string>(
      `import json, sys
h = json.loads(sys.stdin.read())
for d in h['devs']:
    d['weight'] = float(d['weight'])
print(json.dumps(json.dumps(h, sort_keys=True, ensure_ascii=True)))`,
      JSON.parse(header),
    );
    expect(header).toBe(python);
    expect(sameRing(deserializeRing(bytes, fflateGunzip), ringDataOf(b))).toBe(true);
  });
});

describe('toBase64', () => {
  it('is standard base64 for every length and byte, up to a part-power-18 replica row', () => {
    for (let n = 0; n < 64; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 97 + n * 31) & 0xff);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
    const all = new Uint8Array(256 * 3 + 1).map((_, i) => i & 0xff);
    expect(toBase64(all)).toBe(Buffer.from(all).toString('base64'));
    const row = new Uint8Array(2 << 18).map((_, i) => (i * 7919) & 0xff);
    expect(toBase64(row)).toBe(Buffer.from(row).toString('base64'));
  });
});

describe('newBuilderId', () => {
  it('is a uuid4 in hex, as swift gives a builder on first save', () => {
    const ids = Array.from({ length: 50 }, () => newBuilderId());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(newBuilderId(() => new Uint8Array(16).fill(0xff))).toBe(
      'ffffffffffff4fffbfffffffffffffff',
    );
  });
});
