import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src-renderer/lib/check/shell';

/** Words as `R:` redirection, `S:` separator or plain value. */
const words = (line: string): string[] =>
  tokenize(line).map((w) => (w.redirect ? 'R:' : w.separator ? 'S:' : '') + w.value);

describe('tokenize: redirections are the shell’s, not arguments', () => {
  it.each([
    [
      'glance image-download <IMAGE_ID> > out.img',
      ['glance', 'image-download', '<IMAGE_ID>', 'R:>out.img'],
    ],
    ['a >>log 2> err', ['a', 'R:>>log', 'R:2>err']],
    // bash: 1> is >, and 2>&1 is one redirection, not a background `&`.
    ['a 1>x', ['a', 'R:>x']],
    ['a 2>&1 | b', ['a', 'R:2>&1', 'S:|', 'b']],
    ['a < in.txt', ['a', 'R:<in.txt']],
    ['a &> all', ['a', 'R:&>all']],
    ['a x2>y', ['a', 'x2', 'R:>y']],
  ])('%s', (line, expected) => {
    expect(words(line)).toEqual(expected);
  });

  it.each([
    ['a placeholder', 'a <x>', ['a', '<x>']],
    ['a quoted >', 'a "2>x"', ['a', '2>x']],
    ['a placeholder inside a word', 'add r1z1-<IP>:6200/sdb', ['add', 'r1z1-<IP>:6200/sdb']],
    ['a background &', 'a & b', ['a', 'S:&', 'b']],
  ])('leaves %s alone', (_, line, expected) => {
    expect(words(line)).toEqual(expected);
  });
});
