/**
 * The command lines a deck's Markdown contains: code spans, table cells and card answers that
 * start with the name of a tool the grammar knows about. The generator keeps full grammars only
 * for the sub-commands these lines use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DeckCommand {
  tool: string;
  /** The words after the tool name, as written (placeholders and options included). */
  words: string[];
  /** `252.3-cinder.md:42`, for the generator's report. */
  where: string;
  /** The tool's name alone (a table row, a heading): it is named, not run. */
  mention?: boolean;
}

/** Program names a deck line may start with; anything `virt-*`, `guest*` or `glance-*` too. */
const TOOL =
  /^(?:openstack|glance(?:-[a-z-]+)?|cinder|nova|swift(?:-ring-builder)?|qemu-img|qemu-nbd|kpartx|losetup|guest[a-z]+|virt-[a-z0-9-]+|cloud-init|mount|umount)$/;

/** Words that end one simple command and may start another. */
const SEPARATOR = /^(?:&&|\|\||;|\||→)$/;

function words(line: string): string[] {
  return line.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
}

/** Japanese outside a `<placeholder>`: the prose around a command has started. */
const PROSE = /^(?!<.*>$).*[\u3000-\u9fff\uff00-\uffef]/;

/** The simple commands of one candidate text, each starting with a tool name. */
function commandsIn(text: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  let prose = false;
  for (const word of [...words(text), ';']) {
    if (SEPARATOR.test(word)) {
      if (current.length > 0 && TOOL.test(current[0] ?? '')) {
        found.push(current);
      }
      current = [];
      prose = false;
    } else if (prose || PROSE.test(word)) {
      prose = true;
    } else if (!(current.length === 0 && word === 'sudo')) {
      current.push(word);
    }
  }
  return found;
}

/** Texts on one Markdown line that may be command lines. */
function candidates(line: string): string[] {
  const spans = [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
  const cells = line.trim().startsWith('|')
    ? line
        .split('|')
        .map((cell) => cell.replaceAll('`', '').trim())
        .filter((cell) => cell && !spans.includes(cell))
    : [];
  const answer = line.includes('::')
    ? [line.slice(line.indexOf('::') + 2).replaceAll('`', '')]
    : [];
  // A card answer is prose ("-f は入力形式…"): keep only its leading command, up to the first
  // full-width character that starts the explanation.
  const lead = answer.map((text) => text.split(/[（(、。]/)[0] ?? '');
  return [...spans, ...cells, ...lead];
}

/** Every deck under `decksDir` (one folder each); a deck's README.md is about it, not in it. */
export function deckCommands(decksDir: string): DeckCommand[] {
  const found: DeckCommand[] = [];
  const seen = new Set<string>();
  const files = readdirSync(decksDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.endsWith('README.md'))
    .sort();
  for (const file of files) {
    const lines = readFileSync(join(decksDir, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      for (const text of candidates(line)) {
        for (const [tool = '', ...rest] of commandsIn(text)) {
          const key = [tool, ...rest].join(' ');
          if (!seen.has(key)) {
            seen.add(key);
            const where = `${file}:${index + 1}`;
            found.push({
              tool,
              words: rest,
              where,
              ...(rest.length === 0 ? { mention: true } : {}),
            });
          }
        }
      }
    });
  }
  return found;
}

interface About {
  /** Every word of the lines and sections about the tool. */
  words: Set<string>;
  /** The keys of the list items in sections about it: `- exit: guestfish を終了する`. */
  listKeys: Set<string>;
}

/**
 * What a deck says about `tool`: the words of every line that names it and of every section
 * whose heading names it. Where a deck talks about guestfish's shell commands (`run`,
 * `list-filesystems`), they are among these.
 */
export function wordsAbout(decksDir: string, tool: string): About {
  const about: About = { words: new Set(), listKeys: new Set() };
  const files = readdirSync(decksDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.md'),
  );
  for (const file of files) {
    let inSection = false;
    for (const line of readFileSync(join(decksDir, file), 'utf8').split('\n')) {
      if (/^#{1,6}\s/.test(line)) {
        inSection = line.includes(tool);
      }
      if (inSection || line.includes(tool)) {
        for (const word of line.match(/[a-z][\w-]*/g) ?? []) {
          about.words.add(word);
        }
      }
      const key = /^\s*- ([a-z][\w-]*):/.exec(line)?.[1];
      if (inSection && key) {
        about.listKeys.add(key);
      }
    }
  }
  return about;
}
