import { describe, expect, it } from 'vitest';
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
    expect(q.expected).toBe(String(2 ** power));
    expect(q.check(`${Number(q.expected).toLocaleString('en')} 個`).correct).toBe(true);
    expect(q.check(String(2 ** power + 1)).correct).toBe(false);
  });

  it('puts every partition on each device when devices equal replicas, whatever the weights', () => {
    for (let seed = 0; seed < 40; seed++) {
      const q = ringQuestion('ring-parts-on-device', seed);
      if (q.prompt.includes('100 / 100 / 200')) {
        const power = Number(/part power (\d+)/.exec(q.prompt)?.[1]);
        expect(q.expected).toBe(String(2 ** power));
        return;
      }
    }
    throw new Error('no 100/100/200 question in 40 seeds');
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
