/**
 * Verdicts on answers a learner types to particular cards of the shipped OPCEL 252 deck, where
 * the real tool decides what is right: what the installed client does with the typed line (its
 * parser's error, or the option's effect in its source) is quoted by each case.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src-renderer/lib/check/answer';
import data from '../../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData } from '../../src-renderer/lib/check/grammar/types';
import { isNotesFile } from '../../src-renderer/lib/notes/files';
import { generateFromNotes } from '../../src-renderer/lib/notes/generate';

const grammar = data as GrammarData;
const DECK = 'decks/opcel-252';
const notes = readdirSync(DECK)
  .filter(isNotesFile)
  .map((name) => ({ path: name, text: readFileSync(join(DECK, name), 'utf8') }));
const typeIn = generateFromNotes(notes).cards.filter((card) => card.kind === 'type-in');

/** The one type-in card whose front ends with `prompt`. */
function answerOf(prompt: string): string {
  const found = typeIn.filter((card) => card.front.endsWith(prompt));
  expect(found.map((card) => card.front)).toHaveLength(1);
  return found[0]!.back;
}

const verdicts = (prompt: string, typed: string[]): boolean[] => {
  const expected = answerOf(prompt);
  return typed.map((line) => checkAnswer(line, expected, grammar).correct);
};

describe('verdicts on the OPCEL 252 cards that agree with the real tools', () => {
  it('clearing both the cache and the queue: --target cache or queue clears only one', () => {
    // glanceclient 4.1.0 v2/shell.py: `@utils.arg('--target', default='both',
    // choices=cache.TARGET_VALUES)` and do_cache_clear calls `gc.cache.clear(args.target)`.
    const prompt = 'キャッシュとキューの両方を空にする';
    expect(
      verdicts(prompt, [
        'glance cache-clear',
        'glance cache-clear --target both',
        'glance cache-clear --target=both',
      ]),
    ).toEqual([true, true, true]);
    expect(
      verdicts(prompt, ['glance cache-clear --target cache', 'glance cache-clear --target queue']),
    ).toEqual([false, false]);
  });

  it('openstack image create has no --name: the name is the last positional', () => {
    // `openstack image create --disk-format qcow2 --file x --name cirros` (openstackclient
    // 6.0.0): "openstack image create: error: unrecognized arguments: --name".
    const expected = typeIn.filter(
      (card) =>
        card.front.endsWith('**openstack:** ?') &&
        card.back.startsWith('openstack image create --disk-format'),
    );
    expect(expected).toHaveLength(1);
    const answer = expected[0]!.back;
    const typed = [
      'openstack image create --disk-format qcow2 --container-format bare --file c.img cirros',
      'openstack image create --disk-format qcow2 --container-format bare --file c.img --name cirros',
    ];
    expect(typed.map((line) => checkAnswer(line, answer, grammar).correct)).toEqual([true, false]);
  });

  it('a volume from an image needs its size', () => {
    // `cinder create --name v --image cirros` (cinderclient 9.1.0): "error: Size is a required
    // parameter if snapshot or source volume or backup is not specified."
    expect(
      verdicts('Glance のイメージから名前付きのボリューム（ブートボリュームなど）を作成する', [
        'cinder create --image cirros --name v 10',
        'cinder create --image cirros --name v',
      ]),
    ).toEqual([true, false]);
  });

  it('a ring device written rlz1- is refused, as swift-ring-builder refuses it', () => {
    // swift 2.30.1, `swift-ring-builder object.builder add rlz1-10.0.0.3:6200/sdb1 100`:
    // "invalid literal for int() with base 10: ''", "The on-disk ring builder is unchanged.",
    // exit code 2; without the region it warns "No region specified … Defaulting to region 1."
    expect(
      verdicts('ポート 6200）のデバイスを、リージョン 1・ゾーン 1 に重み 100 で追加する', [
        'swift-ring-builder object.builder add r1z1-10.0.0.3:6200/sdb1 100',
        'swift-ring-builder object.builder add z1-10.0.0.3:6200/sdb1 100',
        'swift-ring-builder object.builder add rlz1-10.0.0.3:6200/sdb1 100',
      ]),
    ).toEqual([true, true, false]);
  });
});
