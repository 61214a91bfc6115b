import { describe, expect, test } from 'vitest';
import { describeCounts, planImport } from '../../../src-renderer/lib/formats/plan';
import type { ImportedCard } from '../../../src-renderer/lib/formats/types';

const card = (id: string, front = id): ImportedCard => ({
  id,
  deck: 'D',
  front,
  back: 'b',
  kind: 'basic',
  tags: [],
});
const incoming = [card('a'), card('b'), card('c')];
const existing = new Map([card('b'), card('c', 'changed'), card('z')].map((c) => [c.id, c]));

describe('planImport', () => {
  test('update replaces changed cards with the same id and counts the others unchanged', () => {
    const plan = planImport(existing, incoming, 'update', 2);
    expect(plan.add.map((c) => c.id)).toEqual(['a']);
    expect(plan.update.map((c) => c.id)).toEqual(['c']);
    expect(describeCounts(plan.counts)).toBe(
      '1 added, 1 updated, 0 skipped, 2 errors · 1 unchanged',
    );
  });

  test('an unchanged card whose source line moved is rewritten but not counted as updated', () => {
    const moved = { ...card('b'), source: { file: 'n.md', line: 9 } };
    const plan = planImport(existing, [moved], 'update');
    expect(plan.update).toEqual([moved]);
    expect(plan.counts).toMatchObject({ updated: 0, unchanged: 1 });
  });

  test('cards of the same notes missing from the file are retired', () => {
    const plan = planImport(existing, incoming, 'update', 0, ['b', 'z']);
    expect(plan.retire).toEqual(['z']);
    expect(describeCounts(plan.counts)).toBe(
      '1 added, 1 updated, 0 skipped, 0 errors · 1 unchanged · 1 retired',
    );
  });

  test('skip leaves existing cards alone', () => {
    const plan = planImport(existing, incoming, 'skip');
    expect(plan.counts).toEqual({
      added: 1,
      updated: 0,
      skipped: 2,
      errors: 0,
      unchanged: 0,
      retired: 0,
    });
    expect(plan.skip.map((c) => c.id)).toEqual(['b', 'c']);
  });

  test('keep-both adds copies under new ids that collide with nothing', () => {
    const plan = planImport(existing, incoming, 'keep-both');
    expect(plan.counts).toMatchObject({ added: 3, updated: 0, skipped: 0, errors: 0 });
    const ids = plan.add.map((c) => c.id);
    expect(new Set([...ids, ...existing.keys()]).size).toBe(ids.length + existing.size);
    expect(plan.add.map((c) => c.front)).toEqual(['a', 'b', 'c']);
    expect(planImport(existing, incoming, 'keep-both').add).toEqual(plan.add);
  });
});
