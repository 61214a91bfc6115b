import { describe, expect, test } from 'vitest';
import { runInMemory, type RingFiles } from '../../../src-renderer/lib/ring/console';
import {
  answer,
  RingClient,
  type RingPort,
  type RingRequest,
  type RingResponse,
} from '../../../src-renderer/ui/calculator/ring-protocol';

const NOW = Date.parse('2026-11-25T01:00:00Z');
const EMPTY: RingFiles = { builder: null, ring: null };
// the calculator e2e test's ring: three zones, one with twice the weight
const DEVICES = [
  'add',
  'r1z1-10.0.0.1:6200/sdb1',
  '100',
  'r1z2-10.0.0.2:6200/sdb1',
  '100',
  'r1z3-10.0.0.3:6200/sdb1',
  '200',
];

/** A worker stand-in: answers each message on a later turn, through a structured clone. */
class FakeWorker implements RingPort {
  client: RingClient | null = null;
  posted: RingRequest[] = [];
  terminated = false;
  constructor(private readonly reply: (request: RingRequest) => RingResponse = answer) {}
  postMessage(message: RingRequest): void {
    const request = structuredClone(message);
    this.posted.push(request);
    setTimeout(() => {
      if (!this.terminated) {
        this.client?.receive(structuredClone(this.reply(request)));
      }
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function withoutId(builder: string | null): unknown {
  const { id: _id, ...rest } = JSON.parse(builder ?? 'null') as Record<string, unknown>;
  return rest;
}

function connect(worker = new FakeWorker()): RingClient {
  worker.client = new RingClient(worker);
  return worker.client;
}

describe('ring worker protocol', () => {
  test('a command through the client gives what running it here gives', async () => {
    const client = connect();
    const created = await client.run('object', ['create', '8', '3', '1'], EMPTY, NOW);
    const added = await client.run('object', DEVICES, created.files, NOW);
    const rebalanced = await client.run('object', ['rebalance', '--seed', '1'], added.files, NOW);

    let local = runInMemory('object', ['create', '8', '3', '1'], EMPTY, NOW);
    local = runInMemory('object', DEVICES, local.files, NOW);
    local = runInMemory('object', ['rebalance', '--seed', '1'], local.files, NOW);
    expect(rebalanced.run).toEqual(local.run);
    expect(rebalanced.run.stdout).toContain('Reassigned 768 (300.00%) partitions');
    // a builder's id is a fresh uuid on every create; the rest must match
    expect(withoutId(rebalanced.files.builder)).toEqual(withoutId(local.files.builder));
    expect(rebalanced.files.ring).toEqual(local.files.ring);
  });

  test('swift’s own failures come back as output and exit code, not as a rejection', async () => {
    const client = connect();
    const { run, files } = await client.run('object', ['rebalance'], EMPTY, NOW);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Ring Builder file does not exist: object.builder');
    expect(files).toEqual(EMPTY);
  });

  test('answers settle the request with their id, in the order they were sent', async () => {
    const worker = new FakeWorker();
    const client = connect(worker);
    const settled: string[] = [];
    await Promise.all(
      ['container', 'account', 'object'].map((ring) =>
        client
          .run(ring as 'object', ['create', '4', '1', '1'], EMPTY, NOW)
          .then((result) => settled.push(`${ring}:${result.run.code}`)),
      ),
    );
    expect(worker.posted.map((request) => [request.id, request.ring])).toEqual([
      [1, 'container'],
      [2, 'account'],
      [3, 'object'],
    ]);
    expect(settled).toEqual(['container:0', 'account:0', 'object:0']);
  });

  test('a worker that fails rejects every waiting command', async () => {
    const worker = new FakeWorker(() => {
      throw new Error('never answers');
    });
    worker.postMessage = (message) => {
      worker.posted.push(message);
    };
    const client = connect(worker);
    const first = client.run('object', ['create', '8', '3', '1'], EMPTY, NOW);
    const second = client.run('object', ['validate'], EMPTY, NOW);
    client.fail('Failed to load worker script');
    await expect(first).rejects.toThrow('Failed to load worker script');
    await expect(second).rejects.toThrow('Failed to load worker script');
  });

  test('closing stops the worker and fails what was still waiting', async () => {
    const worker = new FakeWorker();
    const client = connect(worker);
    const waiting = client.run('object', ['create', '8', '3', '1'], EMPTY, NOW);
    client.close();
    expect(worker.terminated).toBe(true);
    await expect(waiting).rejects.toThrow('ring worker closed');
  });
});
