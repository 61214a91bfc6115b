import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsOf, staleness, writeInputs } from '../../../src-main/build/inputs.cjs';

describe('inputsOf', () => {
  it('keeps the sources under the root and their folders, not packages or virtual modules', () => {
    const root = '/repo';
    const ids = [
      '/repo/src-main/cli/deck.ts',
      '/repo/src-renderer/lib/notes/parse.ts?raw',
      '/repo/node_modules/fflate/esm/index.mjs',
      '\0vite/preload-helper',
      '/elsewhere/x.ts',
      'virtual:thing',
    ];
    expect(inputsOf(root, ids, ['package.json'])).toEqual([
      'package.json',
      'src-main',
      'src-main/cli',
      'src-main/cli/deck.ts',
      'src-renderer',
      'src-renderer/lib',
      'src-renderer/lib/notes',
      'src-renderer/lib/notes/parse.ts',
    ]);
  });
});

describe('staleness', () => {
  /** A root with one source and one output; `age` sets the output's mtime relative to now. */
  function project() {
    const root = mkdtempSync(join(tmpdir(), 'inputs-'));
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'src/a.ts'), 'export {}');
    const out = join(root, 'out/a.js');
    const manifest = join(root, 'out/inputs.json');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'src/a.ts'), past, past);
    utimesSync(join(root, 'src'), past, past);
    const build = () => {
      writeFileSync(out, '');
      writeInputs(manifest, ['src', 'src/a.ts']);
    };
    return { root, out, manifest, build };
  }

  it('says why: not built, no record, a changed, added or removed source; null when fresh', () => {
    const p = project();
    expect(staleness(p.root, p.manifest, [p.out])).toBe('not built yet');
    writeFileSync(p.out, '');
    expect(staleness(p.root, p.manifest, [p.out])).toBe('no record of its inputs');
    p.build();
    expect(staleness(p.root, p.manifest, [p.out])).toBeNull();

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(p.root, 'src/a.ts'), later, later);
    expect(staleness(p.root, p.manifest, [p.out])).toBe('src/a.ts changed');

    const q = project();
    q.build();
    writeFileSync(join(q.root, 'src/new.ts'), '');
    utimesSync(join(q.root, 'src'), later, later);
    expect(staleness(q.root, q.manifest, [q.out])).toBe('src changed');

    const r = project();
    r.build();
    rmSync(join(r.root, 'src/a.ts'));
    // (removing it changed the folder's mtime too, which alone makes it stale)
    utimesSync(join(r.root, 'src'), new Date(0), new Date(0));
    expect(staleness(r.root, r.manifest, [r.out])).toBe('src/a.ts is gone');
  });

  it('is stale while any of several outputs is missing', () => {
    const p = project();
    p.build();
    expect(staleness(p.root, p.manifest, [p.out, join(p.root, 'out/b.js')])).toBe('not built yet');
  });
});
