/**
 * Notes → cards throughput on 10 MB of notes (target ≥ 10 MB/s), and the time to regenerate the
 * shipped deck (decks/opcel-252) and reconcile it with the previous generation, as an import does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFromNotes, type NoteFile } from '../src-renderer/lib/notes/generate';
import { reconcileCards } from '../src-renderer/lib/notes/reconcile';

const ROOT = join(import.meta.dirname, '..');
const DECK = join(ROOT, 'decks/opcel-252');
const TARGET_BYTES = 10 * 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(runs: number, work: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const deckFiles: NoteFile[] = readdirSync(DECK)
  .filter((name) => name.endsWith('.md') && !/^readme\./i.test(name))
  .sort()
  .map((name) => ({ path: name, text: readFileSync(join(DECK, name), 'utf8') }));
const seed = readFileSync(join(ROOT, 'test/data/notes/000_3af3aa1cc6fa0faa.txt'), 'utf8');

// Real notes repeated under distinct topic numbers, so that every copy makes its own cards.
const sources = [seed, ...deckFiles.map((file) => file.text)];
const files: NoteFile[] = [];
let bytes = 0;
for (let copy = 0; bytes < TARGET_BYTES; copy++) {
  const source = sources[copy % sources.length] ?? '';
  const text = source
    .replace(/^(#+ )(?:\d+(?:\.\d+)+ )?/gm, `$1${copy}.1 `)
    .replace(/^---\n[\s\S]*?\n---\n/, '');
  files.push({ path: `copy-${copy}.md`, text });
  bytes += Buffer.byteLength(text);
}

generateFromNotes(files.slice(0, 20)); // warm up the JIT
let cards = 0;
const cpuSamples: number[] = [];
const ms = time(5, () => {
  const cpu = process.cpuUsage();
  cards = generateFromNotes(files).cards.length;
  const used = process.cpuUsage(cpu);
  cpuSamples.push((used.user + used.system) / 1000);
});
const cpuMs = median(cpuSamples);
const mb = bytes / 1024 / 1024;
// CPU time too: on a shared machine the wall clock also measures the neighbours.
console.log(
  `generate: ${mb.toFixed(1)} MB of notes (${files.length} files) → ${cards} cards in ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (median of 5): ${(mb / (ms / 1000)).toFixed(1)} MB/s wall, ${(mb / (cpuMs / 1000)).toFixed(1)} MB/s CPU (target ≥ 10 MB/s)`,
);

const previous = generateFromNotes(deckFiles).cards;
let summary = '';
const deckMs = time(20, () => {
  const fresh = generateFromNotes(deckFiles).cards;
  const result = reconcileCards(previous, fresh);
  summary = `${fresh.length} cards, ${result.unchanged.length} unchanged`;
});
const deckBytes = deckFiles.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
console.log(
  `regenerate shipped deck: ${deckFiles.length} files, ${(deckBytes / 1024).toFixed(0)} KB → ${summary} in ${deckMs.toFixed(1)} ms (median of 20)`,
);
