import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nodeHtmlSanitizer } from '../../../src-main/cli/html-sanitizer';
import { readApkg } from '../../../src-renderer/lib/formats/anki-read';
import { writeDeckFile } from '../../../src-renderer/lib/formats/convert';
import { extractInlineMedia, inlineMedia } from '../../../src-renderer/lib/formats/media';
import { renderMarkdown } from '../../../src-renderer/lib/render/markdown';

const apkg = new Uint8Array(readFileSync('test/fixtures/anki-apkg-export.apkg'));

describe('media kept inside the cards that use them', () => {
  test('a PNG from a third-party package becomes a data URL the card renderer shows; SVG is reported', async () => {
    const read = await readApkg(apkg, 'a.apkg');
    const png = read.media?.get('df.png');
    const inlined = inlineMedia(read, 'a.apkg');
    const card = inlined.cards.find((c) => c.front === 'virt-df');
    expect(card?.back).toBe(
      `イメージ内の空き容量を表示\n![](data:image/png;base64,${Buffer.from(png!).toString('base64')})`,
    );
    expect(card?.media).toBeUndefined();
    expect(renderMarkdown(card?.back ?? '')).toContain(
      '<img src="data:image/png;base64,iVBORw0KGgo',
    );
    expect(inlined.warnings.map((w) => [w.code, w.message])).toEqual([
      ['media-not-kept', 'qcow2.svg: not an image the app shows (PNG, JPEG, GIF, WebP)'],
    ]);
  });

  test('an Anki export turns data URLs back into media files, byte for byte', async () => {
    const read = await readApkg(apkg, 'a.apkg');
    const inlined = inlineMedia(read, 'a.apkg');
    const extracted = extractInlineMedia(inlined);
    const name = extracted.cards.find((c) => c.front === 'virt-df')?.media?.[0] ?? '';
    expect(name).toMatch(/^recall-[0-9a-f]{16}\.png$/);
    expect(extracted.media?.get(name)).toEqual(read.media?.get('df.png'));
    const again = await readApkg(
      await writeDeckFile('out.apkg', inlined, { sanitizeHtml: await nodeHtmlSanitizer() }),
      'out.apkg',
    );
    expect(again.media?.get(name)).toEqual(read.media?.get('df.png'));
    expect(inlineMedia(again, 'out.apkg').cards.map((c) => c.back)).toEqual(
      inlined.cards.map((c) => c.back),
    );
  });
});
