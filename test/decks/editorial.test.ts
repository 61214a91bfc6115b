/** The editor's rules the deck tests apply, on cards that break them and cards that do not. */
import { describe, expect, it } from 'vitest';
import type { CardContent } from '../../src-renderer/lib/cards/card';
import { duplicateGroups, givesAnswerAway, unaskedOptions, unstatedValues } from './editorial';

let next = 0;
const card = (front: string, back: string, kind: CardContent['kind'] = 'type-in'): CardContent => ({
  id: `c${next++}`,
  deck: 'OPCEL 252::Swift',
  front,
  back,
  kind,
  tags: [],
});

describe('duplicateGroups', () => {
  it('finds the same question under two labels when it asks for the same command', () => {
    const a = card('**swift のサブコマンド** — オブジェクトを削除する', 'swift delete <container> <object>');
    const b = card('**swift** — オブジェクトを削除する', 'swift delete <container> <object>');
    expect(duplicateGroups([a, b])).toEqual([[a, b]]);
  });

  it('finds fronts that differ only in width, spacing, punctuation and case', () => {
    const a = card('Swift の推奨ポートは？', '6200', 'basic');
    const b = { ...card('ｓｗｉｆｔ　の推奨ポートは?', '6200', 'basic'), deck: 'OPCEL 252::Other' };
    expect(duplicateGroups([a, b])).toEqual([[a, b]]);
  });

  it('lets two labels tell apart one question with two different commands', () => {
    const a = card('**glance-cache-manage** — イメージをキューに入れる', 'glance-cache-manage queue-image <IMAGE_ID>');
    const b = card('**glance クライアント** — イメージをキューに入れる', 'glance cache-queue <IMAGE_ID>');
    expect(duplicateGroups([a, b])).toEqual([]);
  });
});

describe('givesAnswerAway', () => {
  it('finds the answer in the front', () => {
    expect(givesAnswerAway(card('`swift list` は何をする？ swift list', 'swift list', 'basic'))).toBeDefined();
  });

  it('finds a prompt that names the sub-command of a command without options', () => {
    expect(givesAnswerAway(card('**glance** — cache-clear でキャッシュを空にする', 'glance cache-clear'))).toBeDefined();
    expect(givesAnswerAway(card('**guestunmount の使い方** — /mnt をアンマウントする', 'guestunmount /mnt'))).toBeDefined();
  });

  it('accepts a label naming the command when the options are the question', () => {
    expect(givesAnswerAway(card('**cinder create のバリエーション** — 1 GB で作成する', 'cinder create --name <名前> 1'))).toBeUndefined();
  });

  it('accepts the other tool’s command shown as the premise of a mapping card', () => {
    const front = '**openstack:** `openstack volume list`\n\nボリュームの一覧を表示する\n\n**cinder:** ?';
    expect(givesAnswerAway(card(front, 'cinder list'))).toBeUndefined();
  });
});

describe('unstatedValues', () => {
  it('lists the literal option values and positionals the prompt does not state', () => {
    expect(unstatedValues('glance image-create --disk-format qcow2 --container-format bare --name <名前>', 'イメージを作成する')).toEqual(['qcow2', 'bare']);
    expect(unstatedValues('mount /dev/loop0 /mnt', 'イメージをマウントする')).toEqual(['/dev/loop0', '/mnt']);
    expect(unstatedValues('modprobe nbd max_part=16', 'nbd を読み込む')).toEqual(['16']);
    expect(unstatedValues('glance cache-clear --target=queue', 'キューを空にする')).toEqual(['queue']);
  });

  it('reads a ring device, a metadata item, an ACL and a builder file by what they mean', () => {
    const add = 'swift-ring-builder object.builder add r1z1-<IP>:6200/<デバイス> 100';
    expect(unstatedValues(add, 'デバイスを追加する')).toEqual(['object.builder', 'r1z1', '6200', '100']);
    expect(unstatedValues(add, 'オブジェクトサーバ（ポート 6200）のデバイスを、リージョン 1・ゾーン 1 に重み 100 で追加する')).toEqual([]);
    expect(unstatedValues(add, 'オブジェクトサーバ（ポート 6200）のデバイスを、リージョン 2・ゾーン 1 に重み 100 で追加する')).toEqual(['r1z1']);
    expect(unstatedValues("swift post -m 'web-index:index.html' <container>", 'インデックスを設定する')).toEqual(['index.html']);
    expect(unstatedValues("swift post -r '.r:*' <container>", 'コンテナを誰でも読めるようにする')).toEqual([]);
  });

  it('needs nothing for placeholders and options without values', () => {
    expect(unstatedValues('qemu-nbd -c /dev/nbd0 <イメージ.qcow2>', '/dev/nbd0 に接続する')).toEqual([]);
    expect(unstatedValues('kpartx -av /dev/loop0', '/dev/loop0 のパーティションをデバイスにする')).toEqual([]);
  });
});

describe('unaskedOptions', () => {
  it('finds a name option the prompt never asks for', () => {
    const answer = 'cinder create --snapshot-id <スナップショットID> --name <名前>';
    expect(unaskedOptions(answer, 'スナップショットからボリュームを作成する')).toEqual(['--name <名前>']);
    expect(unaskedOptions(answer, 'スナップショットから名前付きのボリュームを作成する')).toEqual([]);
  });
});
