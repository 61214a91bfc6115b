import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from './deck-cli';

function checkAnswers(input: string): { status: number | null; lines: unknown[]; stderr: string } {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src-main/cli/deck.ts', 'check-answer'],
    { cwd: root, encoding: 'utf8', input },
  );
  const lines = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
  return { status: run.status, lines, stderr: run.stderr };
}

const line = (expected: string, answer: string): string => JSON.stringify({ expected, answer });

describe('deck check-answer', () => {
  it('answers every line in order, in English, and exits 0', () => {
    const run = checkAnswers(
      [
        line(
          'openstack container delete --recursive <container>',
          'openstack container delete -r c1',
        ),
        line('cinder extend <volume> <新しいサイズ>', 'cinder extend 20 vol1'),
        line('cinder delete <volume>', 'cinder delete --cascade vol1'),
        line('openstack image delete <image>', 'openstack image delte img1'),
        line('rmdir /mnt', 'rmdir /mnt2'),
        line('vgchange -ay', 'vgchange -a y'),
      ].join('\n') + '\n',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.lines).toEqual([
      { correct: true, verdict: 'correct', feedback: '' },
      { correct: false, verdict: 'wrong', feedback: 'new_size must be an integer, not vol1.' },
      {
        correct: true,
        verdict: 'correct',
        feedback: 'Also --cascade: Remove any snapshots along with volume.',
      },
      {
        correct: false,
        verdict: 'close',
        feedback: 'openstack has no sub-command “image delte”. Did you mean image delete?',
      },
      {
        correct: false,
        verdict: 'close',
        feedback: 'Missing: /mnt. Not in the expected answer: /mnt2.',
      },
      {
        correct: false,
        verdict: 'cannot-tell',
        feedback:
          'The options of vgchange are not known to the checker: compare with the answer yourself.',
      },
    ]);
  });

  it('gives a malformed line an error line and goes on', () => {
    const run = checkAnswers(
      [
        'not json',
        '{"expected": "cinder list"}',
        '[1]',
        '',
        line('cinder list', 'cinder list'),
      ].join('\n'),
    );
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(5);
    expect(
      run.lines.slice(0, 4).every((l) => typeof (l as { error?: string }).error === 'string'),
    ).toBe(true);
    expect(run.lines[1]).toEqual({
      error: 'expected an object with string fields "expected" and "answer"',
    });
    expect(run.lines[4]).toEqual({ correct: true, verdict: 'correct', feedback: '' });
  });

  it('refuses an overlong line in bounded time', () => {
    const started = Date.now();
    const run = checkAnswers(
      line('cinder list', 'x'.repeat(70_000)) + '\n' + line('cinder list', 'cinder list'),
    );
    expect(run.status).toBe(0);
    expect(run.lines).toEqual([
      { error: 'line longer than 65536 characters' },
      { correct: true, verdict: 'correct', feedback: '' },
    ]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
