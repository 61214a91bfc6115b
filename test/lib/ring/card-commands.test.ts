import { describe, expect, it } from 'vitest';
import {
  judgeRingCommand,
  parseRingCommand,
  sameDevice,
  swiftBuilderFile,
} from '../../../src-renderer/lib/ring/card-commands';
import { parseAddArgs } from '../../../src-renderer/lib/ring/parse';

const ADD = 'swift-ring-builder object.builder add r1z2-10.0.0.1:6200/sdb1 100';
const CREATE = 'swift-ring-builder container.builder create 10 3 1';

describe('swift-ring-builder answers, as the real tool reads them', () => {
  it('names the builder file as parse_builder_ring_filename_args does', () => {
    expect(swiftBuilderFile('object.builder')).toBe('object.builder');
    expect(swiftBuilderFile('object')).toBe('object');
    expect(swiftBuilderFile('object.ring.gz')).toBe('object.builder');
    expect(swiftBuilderFile('./object.builder')).toBe('object.builder');
    expect(swiftBuilderFile('/etc/swift//object.builder')).toBe('/etc/swift/object.builder');
  });

  it.each([
    [
      'swift-ring-builder object.builder add --region 1 --zone 2 --ip 10.0.0.1 --port 6200 --device sdb1 --weight 100',
    ],
    ['swift-ring-builder object.builder add -w 100.0 -d sdb1 -p 6200 -i 10.0.0.1 -z 2 -r 1'],
    [
      'swift-ring-builder object.builder add --region=1 --zone=2 --ip=10.0.0.1 --port=6200 --device=sdb1 --weight=100',
    ],
    ['swift-ring-builder object.builder add z2-10.0.0.1:6200/sdb1 100'],
    ['swift-ring-builder object.builder add r1z2-10.0.0.1:6200R10.0.0.1:6200/sdb1 100'],
    ['swift-ring-builder object.ring.gz add r1z2-10.0.0.1:6200/sdb1 100'],
    ['$ swift-ring-builder "object.builder" add r1z2-10.0.0.1:6200/sdb1 1e2'],
    ['/usr/bin/swift-ring-builder object.builder add r1z2-10.0.0.1:6200/sdb1 100'],
  ])('accepts %s', (typed) => {
    expect(judgeRingCommand(ADD, typed)).toEqual({ correct: true });
  });

  it.each([
    ['object.builder add r1z2-10.0.0.1:6200/sdb1 100', 'not-ring-builder'],
    ['swift-ring-builder object add r1z2-10.0.0.1:6200/sdb1 100', 'builder-file'],
    ['swift-ring-builder object.builder add r2z2-10.0.0.1:6200/sdb1 100', 'different-values'],
    ['swift-ring-builder object.builder add r1z2-10.0.0.1:6201/sdb1 100', 'different-values'],
    ['swift-ring-builder object.builder add r1z2-10.0.0.1:6200/sdb1', 'usage'],
    ['swift-ring-builder object.builder add r1z2-10.0.0.1:6200/sdb1 100 --weight 100', 'usage'],
    ['swift-ring-builder object.builder add rlz2-10.0.0.1:6200/sdb1 100', 'invalid-value'],
    ['swift-ring-builder object.builder add r1z2-10.0.0.1:6200/sdb1 -5', 'invalid-value'],
    [
      'swift-ring-builder object.builder add --region 1 --zone 2 --ip 10.0.0.1 --port 6200 --device sdb1',
      'invalid-value',
    ],
    ['swift-ring-builder object.builder create 10 3 1', 'command'],
    ['swift-ring-builder object.builder rebalance', 'unsupported-command'],
    ['swift-ring-builder', 'no-builder-file'],
  ])('rejects %s (%s)', (typed, kind) => {
    expect(judgeRingCommand(ADD, typed)).toMatchObject({ correct: false, problem: { kind } });
  });

  it('reads create as swift does: float replicas, extra values ignored, too few is the usage', () => {
    expect(
      judgeRingCommand(CREATE, 'swift-ring-builder container.builder create 10 3.0 1'),
    ).toEqual({ correct: true });
    expect(
      judgeRingCommand(CREATE, 'swift-ring-builder container.builder create 10 3 1 7'),
    ).toEqual({ correct: true });
    expect(
      judgeRingCommand(CREATE, 'swift-ring-builder container.builder create 10 3'),
    ).toMatchObject({ problem: { kind: 'usage' } });
    expect(
      judgeRingCommand(CREATE, 'swift-ring-builder container.builder create 10 1 3'),
    ).toMatchObject({ problem: { kind: 'different-values' } });
    expect(
      judgeRingCommand(CREATE, 'swift-ring-builder container.builder create 33 3 1'),
    ).toMatchObject({
      problem: { kind: 'invalid-value', message: 'part_power must be at most 32 (was 33)' },
    });
    expect(parseRingCommand('swift-ring-builder container create 10 3 1')).toMatchObject({
      ok: true,
      line: { builderFile: 'container' },
    });
  });

  it('compares devices field by field, with swift defaults filled in', () => {
    const [a] = parseAddArgs(['z1-10.0.0.1:6200/sdb1', '100']) ?? [];
    const [b] =
      parseAddArgs([
        '--region',
        '1',
        '--zone',
        '1',
        '--ip',
        '10.0.0.1',
        '--port',
        '6200',
        '--device',
        'sdb1',
        '--weight',
        '100',
      ]) ?? [];
    const [c] = parseAddArgs(['r1z1-10.0.0.1:6200/sdb1_ssd', '100']) ?? [];
    expect(a && b && sameDevice(a, b)).toBe(true);
    expect(a && c && sameDevice(a, c)).toBe(false);
  });
});
