import { describe, expect, test } from 'vitest';
import { htmlMedia, htmlToText } from '../../../src-renderer/lib/formats/anki-html';

describe('htmlMedia', () => {
  const fields = [
    'Glance のイメージを作成するコマンドは？',
    '<code>openstack image create --disk-format qcow2 cirros</code>',
    'diagram <img src="ring.png"> and <IMG SRC=\'zones.svg\' alt="">',
    'say it [sound:swift.mp3]',
    'escaped &#91;sound:escaped.mp3] and &lt;img src=x&gt;',
    '<img src="a&amp;b.png">',
    'a [link] with no sound',
  ];

  test.each(fields)('finds what the full conversion finds: %s', (html) => {
    expect(htmlMedia(html)).toEqual(htmlToText(html).media);
  });

  test('a field with an image or a sound lists them', () => {
    expect(htmlMedia(fields[2]!)).toEqual(['ring.png', 'zones.svg']);
    expect(htmlMedia(fields[3]!)).toEqual(['swift.mp3']);
    expect(htmlMedia(fields[4]!)).toEqual(['escaped.mp3']);
  });
});
