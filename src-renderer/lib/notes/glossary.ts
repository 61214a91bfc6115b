/**
 * A bare command line in notes (`cinder list`) has no description of its own; the tool's help
 * has one ("Lists all volumes."). The card then asks for the command by that description, with
 * the command's arguments as a hint so that `swift list` and `swift list <container>` differ.
 * Japanese notes are asked in Japanese (glossary-ja.ts); a command that glossary does not have
 * is asked with the tool's English help rather than not at all.
 */
import { shellWords, stripPrompt } from './classify';
import { COMMAND_HELP } from './glossary-data';
import { COMMAND_HELP_JA } from './glossary-ja';
import { boldText, codeSpan } from './markdown';

export type NoteLanguage = 'en' | 'ja';

/** Notes with kana in them are Japanese notes (kanji alone could be Chinese). */
export function noteLanguage(text: string): NoteLanguage {
  return /[\u3040-\u30ff]/.test(text) ? 'ja' : 'en';
}

/** The prompt for a command the notes do not describe, or undefined if the tool's help does not either. */
export function helpPrompt(command: string, language: NoteLanguage = 'en'): string | undefined {
  const words = shellWords(stripPrompt(command));
  const [tool] = words;
  if (tool === undefined) {
    return undefined;
  }
  const found = tool === 'swift-ring-builder' ? ringBuilderEntry(words) : subcommandEntry(words);
  if (!found) {
    return undefined;
  }
  const japanese = language === 'ja' ? COMMAND_HELP_JA[found.key] : undefined;
  const text = japanese ?? COMMAND_HELP[found.key] ?? '';
  const description = text.replace(/<[^<>\s]+>/g, (placeholder) => codeSpan(placeholder));
  const args = codeSpan(found.args.join(' '));
  const hint = found.args.length === 0 ? '' : japanese ? `（${args}）` : ` (${args})`;
  return `${boldText(tool)} — ${description}${hint}`;
}

interface Entry {
  /** The glossary key: `cinder list`, `swift-ring-builder create`. */
  key: string;
  args: string[];
}

/** `openstack image create …`, `cinder list …`: the longest known command the words start with. */
function subcommandEntry(words: string[]): Entry | undefined {
  for (let length = Math.min(5, words.length); length >= 2; length--) {
    const head = words.slice(0, length);
    const key = head.join(' ');
    if (COMMAND_HELP[key] !== undefined && head.every((word) => /^[a-z]/.test(word))) {
      return { key, args: words.slice(length) };
    }
  }
  return undefined;
}

/** `swift-ring-builder <builder_file> <command> …`: the command comes after the builder file. */
function ringBuilderEntry(words: string[]): Entry | undefined {
  const [, builder, name, ...rest] = words;
  const key = name === undefined ? 'swift-ring-builder' : `swift-ring-builder ${name}`;
  return COMMAND_HELP[key] !== undefined && builder !== undefined
    ? { key, args: [builder, ...rest] }
    : undefined;
}

/** Tools whose every subcommand the glossary lists, so that an unknown one is worth a warning. */
const COMPLETE_TOOLS = new Set(['cinder', 'glance', 'swift', 'swift-ring-builder']);

/** The subcommand of a command line its tool's help does not know (`cinder volume-list`). */
export function unknownSubcommand(command: string): string | undefined {
  const text = stripPrompt(command);
  if (!COMPLETE_TOOLS.has(text.slice(0, text.indexOf(' ')))) {
    return undefined;
  }
  const words = shellWords(text);
  const [tool = ''] = words;
  const sub = tool === 'swift-ring-builder' ? words[2] : words[1];
  if (!COMPLETE_TOOLS.has(tool) || sub === undefined || !/^[a-z]/.test(sub)) {
    return undefined;
  }
  return COMMAND_HELP[`${tool} ${sub}`] === undefined ? sub : undefined;
}
