import { describe, expect, it } from 'vitest';
import {
  SERVER_PORTS,
  addLine,
  createLine,
  readCardRing,
} from '../../../src-renderer/lib/ring/card-ring';
import { RING_TEMPLATES, numberIn, ringQuestion } from '../../../src-renderer/lib/ring/cards';

describe('parametric ring cards', () => {
  it.each(RING_TEMPLATES.map((t) => t.id))(
    '%s: its own answer is right, a wrong one is not',
    (id) => {
      for (const seed of [1, 2, 3, 42, 1000]) {
        const q = ringQuestion(id, seed);
        expect(q.prompt.length).toBeGreaterThan(10);
        expect(q.check(q.expected)).toEqual({ correct: true, expected: q.expected });
        expect(q.check('').correct).toBe(false);
        expect(q.check('swift-ring-builder x.builder rebalance').correct).toBe(false);
      }
    },
  );

  it.each(RING_TEMPLATES.map((t) => t.id))(
    '%s: the same seed gives the same question, others vary',
    (id) => {
      expect(ringQuestion(id, 7).prompt).toBe(ringQuestion(id, 7).prompt);
      const prompts = new Set(
        Array.from({ length: 20 }, (_, seed) => ringQuestion(id, seed).prompt),
      );
      expect(prompts.size).toBeGreaterThan(3);
    },
  );

  it('computes partitions from the part power', () => {
    const q = ringQuestion('ring-partition-count', 5);
    const power = Number(/create (\d+)/.exec(q.prompt)?.[1]);
    expect(power).toBeGreaterThan(3);
    expect(q.expected).toBe(String(2 ** power));
    expect(q.check(`${Number(q.expected).toLocaleString('en')} 個`).correct).toBe(true);
    expect(q.check(String(2 ** power + 1)).correct).toBe(false);
  });

  it('puts every partition on each device when devices equal replicas, whatever the weights', () => {
    for (let seed = 0; seed < 40; seed++) {
      const q = ringQuestion('ring-parts-on-device', seed);
      const { model } = q;
      if (model.kind === 'reading' && model.ring.devices.length === 3) {
        expect(q.expected).toBe(String(2 ** model.ring.partPower));
        return;
      }
    }
    throw new Error('no three-device question in 40 seeds');
  });

  it('caps a weighted share at one replica of every partition (the issue 12 ring)', () => {
    const ring = {
      type: 'object' as const,
      partPower: 8,
      replicas: 3,
      minPartHours: 1,
      devices: [200, 100, 200, 50].map((weight, i) => ({
        region: 1,
        zone: i + 1,
        ip: `10.0.${i + 1}.1`,
        device: 'sdb1',
        weight,
      })),
    };
    // swift-ring-builder 2.30 gives the third device 256, not 768 × 200 / 550 ≈ 279
    expect(readCardRing(ring, { kind: 'device-parts', device: 2 }, 1)).toBe(256);
  });

  it('states every device and a port matching the server type in the prompt', () => {
    for (const id of ['ring-weighted-share', 'ring-parts-on-device', 'ring-replica-slots']) {
      for (let seed = 1; seed <= 20; seed++) {
        const q = ringQuestion(id, seed);
        if (q.model.kind !== 'reading') {
          throw new Error(`${id} is a reading`);
        }
        const { ring } = q.model;
        expect(q.prompt).toContain(createLine(ring));
        for (const dev of ring.devices) {
          expect(q.prompt).toContain(addLine(ring, dev));
        }
        expect(q.prompt).toContain(`:${SERVER_PORTS[ring.type]}/`);
      }
    }
    for (let seed = 1; seed <= 20; seed++) {
      const q = ringQuestion('ring-add-command', seed);
      const type = /(\w+)\.builder/.exec(q.expected)?.[1] as keyof typeof SERVER_PORTS;
      expect(q.expected).toContain(`:${SERVER_PORTS[type]}/`);
      expect(q.prompt).toContain(`ポート ${SERVER_PORTS[type]}`);
    }
  });

  it('accepts an add command in either syntax, and rejects other devices', () => {
    const q = ringQuestion('ring-add-command', 11);
    const m = /add r(\d+)z(\d+)-([\d.]+):(\d+)\/(\S+) (\d+)/.exec(q.expected);
    expect(m).not.toBeNull();
    const [, region, zone, ip, port, device, weight] = m as unknown as string[];
    const builder = /(\w+)\.builder/.exec(q.expected)?.[1];
    const options = `swift-ring-builder ${builder}.builder add --region ${region} --zone ${zone} --ip ${ip} --port ${port} --device ${device} --weight ${weight}`;
    expect(q.check(options).correct).toBe(true);
    expect(
      q.check(
        `swift-ring-builder ${builder}.builder add -r ${region} -z ${zone} -i ${ip} -p ${port} -d ${device} -w ${weight}.0`,
      ).correct,
    ).toBe(true);
    expect(q.check(q.expected.replace(`z${zone}-`, `z${Number(zone) + 1}-`)).correct).toBe(false);
    expect(q.check(q.expected.replace('.builder', '2.builder')).correct).toBe(false);
  });

  it('reads numbers the way people type them', () => {
    expect(numberIn('１０２４')).toBe(1024);
    expect(numberIn('1,024 partitions')).toBe(1024);
    expect(numberIn('none')).toBeNull();
  });
});
