import { describe, expect, it, vi } from 'vitest';
import type { AppApi } from '../../../src-renderer/lib/ipc/contract';
import { fixedClock } from '../../../src-renderer/lib/clock';
import { parseBuilder } from '../../../src-renderer/lib/ring/state';
import { AppState } from '../../../src-renderer/ui/app-state.svelte';
import { Calculator } from '../../../src-renderer/ui/calculator/calculator.svelte';
import {
  answer,
  RingClient,
  type RingPort,
  type RingRequest,
} from '../../../src-renderer/ui/calculator/ring-protocol';
import { testDb } from '../../data/helpers';

/** The worker's code, answering on a later turn as a worker does. */
function client(): RingClient {
  const port: RingPort = {
    postMessage: (request: RingRequest) =>
      setTimeout(() => ring.receive(structuredClone(answer(structuredClone(request)))), 0),
    terminate: () => {},
  };
  const ring = new RingClient(port);
  return ring;
}

async function calculator(locale: 'en' | 'ja' = 'en'): Promise<Calculator> {
  const app = new AppState(testDb(), {} as AppApi, fixedClock(new Date('2026-12-01T10:00:00Z')));
  app.prefs = { locale, theme: 'system' };
  const calc = new Calculator(app, client());
  await calc.open();
  return calc;
}

const devices = (calc: Calculator): number =>
  calc.files.builder ? parseBuilder(calc.files.builder).iterDevs().length : 0;

const lastHint = (calc: Calculator): string | null => calc.entries.at(-1)?.hint ?? null;

describe('the calculator asks before create replaces a ring with devices', () => {
  it('runs create straight away on a ring without devices', async () => {
    const calc = await calculator();
    await calc.run('create 8 3 1');
    await calc.run('create 10 3 1');
    expect(calc.confirmation).toBeNull();
    expect(calc.summary?.parts).toBe(1024);
  });

  it('keeps the devices when the learner cancels, replaces them on yes', async () => {
    const calc = await calculator();
    await calc.run('create 8 3 1');
    await calc.run('add r1z1-10.0.0.1:6200/sdb1 100 r1z2-10.0.0.2:6200/sdb1 100');
    const cancelled = calc.run('swift-ring-builder object.builder create 10 3 1');
    await vi.waitFor(() =>
      expect(calc.confirmation).toEqual({ builder: 'object.builder', devices: 2 }),
    );
    calc.answer(false);
    await cancelled;
    expect(calc.confirmation).toBeNull();
    expect(devices(calc)).toBe(2);
    expect(calc.summary?.parts).toBe(256);
    expect(lastHint(calc)).toBe('Not run: object.builder keeps its 2 devices.');
    expect(calc.history.at(-1)).toBe('swift-ring-builder object.builder create 10 3 1');

    const replaced = calc.run('create 10 3 1');
    await vi.waitFor(() => expect(calc.confirmation).not.toBeNull());
    calc.answer(true);
    await replaced;
    expect(devices(calc)).toBe(0);
    expect(calc.summary?.parts).toBe(1024);
  });

  it('does not ask for a create that swift would refuse', async () => {
    const calc = await calculator();
    await calc.run('create 8 3 1');
    await calc.run('add r1z1-10.0.0.1:6200/sdb1 100');
    await calc.run('create 8 3');
    await calc.run('create 40 3 1');
    expect(calc.confirmation).toBeNull();
    expect(calc.entries.map((e) => e.code)).toEqual([0, 0, 2, 2]);
    expect(devices(calc)).toBe(1);
  });

  it('waits for the answer before running the commands typed after it', async () => {
    const calc = await calculator();
    await calc.run('create 8 3 1');
    await calc.run('add r1z1-10.0.0.1:6200/sdb1 100');
    const create = calc.run('create 9 3 1');
    const add = calc.run('add r1z2-10.0.0.2:6200/sdb1 100');
    await vi.waitFor(() => expect(calc.confirmation).not.toBeNull());
    expect(calc.entries).toHaveLength(2);
    calc.answer(true);
    await Promise.all([create, add]);
    expect(calc.summary?.parts).toBe(512);
    expect(devices(calc)).toBe(1);
  });
});

describe("the calculator explains swift's rebalance warnings", () => {
  async function unbalanced(locale: 'en' | 'ja'): Promise<Calculator> {
    const calc = await calculator(locale);
    await calc.run('create 8 3 1');
    await calc.run(
      'add r1z1-10.0.0.1:6200/sdb1 100 r1z2-10.0.0.2:6200/sdb1 100 r1z3-10.0.0.3:6200/sdb1 200',
    );
    await calc.run('rebalance');
    return calc;
  }

  it('says a saved, unbalanced ring is a warning and what to do next', async () => {
    const calc = await unbalanced('en');
    expect(calc.entries.at(-1)?.code).toBe(1);
    expect(lastHint(calc)).toBe(
      'Warning, the ring was saved: balance 33.33 is above 5% and above the overload. Push this ring, wait at least min_part_hours (1 h) and rebalance again.',
    );
    await calc.run('rebalance');
    expect(calc.entries.at(-1)?.code).toBe(1);
    expect(lastHint(calc)).toContain('nothing was saved');
    expect(lastHint(calc)).toContain('min_part_hours (1 h)');
    expect(lastHint(calc)).toContain('pretend_min_part_hours_passed');
  });

  it('says it in Japanese too', async () => {
    const calc = await unbalanced('ja');
    expect(lastHint(calc)).toContain('balance 33.33 は 5% を超え');
  });

  it('adds nothing to a rebalance without a warning', async () => {
    const calc = await calculator();
    await calc.run('create 8 3 1');
    await calc.run(
      'add r1z1-10.0.0.1:6200/sdb1 100 r1z2-10.0.0.2:6200/sdb1 100 r1z3-10.0.0.3:6200/sdb1 100',
    );
    await calc.run('rebalance');
    expect(calc.entries.at(-1)).toMatchObject({ code: 0, hint: null });
  });
});
