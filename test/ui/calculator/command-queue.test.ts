import { describe, expect, test } from 'vitest';
import { CommandQueue } from '../../../src-renderer/ui/calculator/command-queue';

/** A task that runs until the test lets it show its result and then finish. */
function gated(log: string[], name: string) {
  let show = (): void => undefined;
  let finish = (): void => undefined;
  const task = (shown: () => void): Promise<void> => {
    log.push(`${name} starts`);
    return new Promise<void>((resolve) => {
      show = () => {
        log.push(`${name} shown`);
        shown();
      };
      finish = () => {
        log.push(`${name} saved`);
        resolve();
      };
    });
  };
  return { task, show: () => show(), finish: () => finish() };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('calculator command queue', () => {
  test('a command starts only when the one before has finished, save included', async () => {
    const log: string[] = [];
    const counts: number[] = [];
    const queue = new CommandQueue((pending) => counts.push(pending));
    const create = gated(log, 'create');
    const add = gated(log, 'add');
    const first = queue.push(create.task);
    const second = queue.push(add.task);
    await tick();
    expect(log).toEqual(['create starts']);
    expect(queue.pending).toBe(2);

    create.show();
    expect(queue.pending).toBe(1);
    await tick();
    expect(log).toEqual(['create starts', 'create shown']);

    create.finish();
    await first;
    await tick();
    expect(log).toEqual(['create starts', 'create shown', 'create saved', 'add starts']);
    add.show();
    add.finish();
    await second;
    await queue.idle();
    expect(queue.pending).toBe(0);
    expect(counts).toEqual([1, 2, 1, 0]);
  });

  test('a failed command counts as done and does not stop the ones after it', async () => {
    const log: string[] = [];
    const queue = new CommandQueue(() => undefined);
    const failed = queue.push(() => Promise.reject(new Error('ring worker failed')));
    const next = gated(log, 'validate');
    const after = queue.push(next.task);
    await expect(failed).rejects.toThrow('ring worker failed');
    await tick();
    expect(queue.pending).toBe(1);
    expect(log).toEqual(['validate starts']);
    next.show();
    next.finish();
    await after;
    expect(queue.pending).toBe(0);
  });

  test('idle waits for everything queued so far', async () => {
    const log: string[] = [];
    const queue = new CommandQueue(() => undefined);
    const rebalance = gated(log, 'rebalance');
    void queue.push(rebalance.task);
    let idle = false;
    void queue.idle().then(() => {
      idle = true;
    });
    await tick();
    expect(idle).toBe(false);
    rebalance.show();
    await tick();
    expect(idle).toBe(false);
    rebalance.finish();
    await tick();
    expect(idle).toBe(true);
  });
});
