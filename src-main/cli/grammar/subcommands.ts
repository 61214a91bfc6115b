/**
 * Where a tool's sub-command sits on its command line, and so which grammar a deck line uses:
 * `openstack volume backup create …` (several words), `cinder extend …` (one word),
 * `swift-ring-builder <builder_file> add …` (after the builder file), `kpartx -av …` (none).
 */
import type { ToolGrammar } from '../../../src-renderer/lib/check/grammar/types';

type Style = 'words' | 'first' | 'second' | 'none';

const STYLES: Record<string, Style> = {
  openstack: 'words',
  'swift-ring-builder': 'second',
};

/** Tools whose sub-command is their first word; every other tool has none. */
const FIRST_WORD = new Set(['cinder', 'cloud-init', 'glance', 'nova', 'qemu-img', 'swift']);

function styleOf(tool: string): Style {
  return STYLES[tool] ?? (FIRST_WORD.has(tool) ? 'first' : 'none');
}

export function hasSubcommands(tool: string): boolean {
  return styleOf(tool) !== 'none';
}

/** The words before the first option or placeholder: the only ones a sub-command can be. */
function leadingWords(words: string[]): string[] {
  const end = words.findIndex((word) => /^[-<[]/.test(word));
  return end < 0 ? words : words.slice(0, end);
}

/** Sub-command names a deck line may use, for asking a tool's parser about them. */
export function lookupCandidates(tool: string, words: string[]): string[] {
  const leading = leadingWords(words);
  switch (styleOf(tool)) {
    case 'words':
      return leading.slice(0, 4).map((_, i) => leading.slice(0, i + 1).join(' '));
    case 'first':
      return leading.slice(0, 1);
    case 'second':
      return [words[1] ?? ''];
    case 'none':
      return [''];
  }
}

/** The `commands` key a deck line uses, or undefined when the tool has no such sub-command. */
export function commandKey(
  grammar: ToolGrammar,
  tool: string,
  words: string[],
): string | undefined {
  const known = new Set(grammar.knownCommands);
  const candidates = lookupCandidates(tool, words).filter((name) => known.has(name));
  return candidates.sort((a, b) => b.length - a.length)[0];
}
