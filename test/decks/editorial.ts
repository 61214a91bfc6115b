/**
 * An exam editor's rules for a deck, as functions the deck tests apply to every card: no two cards
 * ask the same question, no front gives its answer away, and a type-in prompt states every value
 * its answer fixes. Kept apart from the tests so that the rules themselves are tested on cards
 * that break them (editorial.test.ts).
 */
import type { CardContent } from '../../src-renderer/lib/cards/card';
import { shellWords } from '../../src-renderer/lib/notes/classify';

/** What a reader sees of a front or back: no emphasis marks, code fences or escapes. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_[\]~])/g, '$1')
    .replace(/\*\*|`/g, '')
    .trim();
}

/** Equal for two texts that differ only in width, case, spacing or punctuation. */
export function normalise(text: string): string {
  return plainText(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

/** `**label** — question`: the label (a parent bullet, a table's tool) and the question itself. */
export function splitLabel(front: string): { label: string; question: string } {
  const match = /^\*\*((?:\\.|[^*])+)\*\* — ([\s\S]*)$/.exec(front);
  return match ? { label: match[1]!, question: match[2]! } : { label: '', question: front };
}

/** Tools whose second word (for openstack: words) names a sub-command. */
const SUBCOMMAND_TOOLS = new Set([
  'openstack',
  'glance',
  'cinder',
  'nova',
  'swift',
  'qemu-img',
  'cloud-init',
  'glance-cache-manage',
  'swift-ring-builder',
]);

export interface CommandParts {
  tool: string;
  /** Sub-command words (`image create`, `rebalance`); empty for tools without them. */
  subcommand: string[];
  /** The words after the tool and sub-command, quotes removed. */
  rest: string[];
}

export function commandParts(answer: string): CommandParts {
  const words = shellWords(answer.trim()).map(unquote);
  const [tool = '', ...after] = words;
  if (!SUBCOMMAND_TOOLS.has(tool)) {
    return { tool, subcommand: [], rest: after };
  }
  if (tool === 'swift-ring-builder') {
    // swift-ring-builder <builder_file> <command> …: the builder file is a value, not a command.
    const [builder, command, ...rest] = after;
    const known = command !== undefined && /^[a-z_]+$/.test(command);
    return {
      tool,
      subcommand: known ? [command] : [],
      rest: [builder, ...(known ? rest : [command, ...rest])].filter(
        (word): word is string => word !== undefined,
      ),
    };
  }
  let count = 0;
  const limit = tool === 'openstack' ? after.length : 1;
  while (count < limit && /^[a-z][a-z0-9-]*$/.test(after[count] ?? '')) {
    count++;
  }
  return { tool, subcommand: after.slice(0, count), rest: after.slice(count) };
}

function unquote(word: string): string {
  return /^(['"]).*\1$/s.test(word) ? word.slice(1, -1) : word;
}

const PLACEHOLDER = /<[^<>]+>/g;

/** A whole word of `text` (words are runs of letters, digits and `-._/:=`). */
function hasWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}\\-_./:=])${escaped}(?![\\p{L}\\p{N}\\-_/:=]|\\.\\w)`, 'iu').test(
    text,
  );
}

/**
 * Why a card's front gives its answer away, or undefined. A front contains its answer when the
 * answer (normalised) is in it, or, for a type-in command, when its prose (the front without the
 * commands it shows as code, which are the premise of a "same in the other tool" card) already
 * has every word of the answer that is not a placeholder: the sub-command (`cache-clear`) or, for
 * a tool without sub-commands, the tool, and every option and value.
 */
export function givesAnswerAway(card: CardContent): string | undefined {
  const back = normalise(card.back);
  if (back !== '' && normalise(card.front).includes(back)) {
    return 'the answer is in the front';
  }
  if (card.kind !== 'type-in' || !isCommandAnswer(card.back)) {
    return undefined;
  }
  const prose = plainText(card.front.replace(/(`+)[^`]+?\1/g, ' '));
  const parts = commandParts(card.back);
  const asked = parts.subcommand.length > 0 ? parts.subcommand : [parts.tool];
  const words = [...asked, ...parts.rest]
    .map((word) => word.replace(PLACEHOLDER, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.every((word) => hasWord(prose, word))
    ? `every word of the answer is on the front (${words.join(' ')})`
    : undefined;
}

/** A type-in answer that is a command line (not a term such as `bare` or `glance-api`). */
export function isCommandAnswer(back: string): boolean {
  return /^[a-z][\w-]*\s/.test(back.trim());
}

/**
 * Values whose spelling is the very thing a card teaches, and which the prompt states by their
 * meaning: the prompt must then say that meaning. A value not listed here must be in the prompt.
 */
export const VALUE_MEANINGS: Readonly<Record<string, string>> = {
  // swift ACL element: "any referrer may read" (swift/common/middleware/acl.py: `.r:*`).
  '.r:*': '誰でも',
  // swift ACL element: listings allowed (`.rlistings`).
  '.rlistings': '一覧',
  // staticweb's web-listings switched on (staticweb.py: `config_true_value(self._listings)`).
  true: '有効',
  // glance cache-clear --target: both the cache and the queue (glanceclient v2/shell.py choices).
  both: '両方',
  // virt-sysprep --operations: the meta-name of the default operations, and user-account.
  defaults: '既定',
  'user-account': 'ユーザアカウント',
  // virt-v2v -i disk: input from a local disk image.
  disk: 'ディスクイメージ',
  // swift-ring-builder's builder files, named by the ring they build.
  'account.builder': 'アカウント',
  'container.builder': 'コンテナ',
  'object.builder': 'オブジェクト',
};

/**
 * The literal values a command answer fixes and its prompt does not state: each option value and
 * positional that is not a placeholder (`<名前>`), a `key: value` metadata item's value, a
 * `key=value` parameter's value, the numbers of a ring device's region and zone.
 */
export function unstatedValues(answer: string, prompt: string): string[] {
  const text = plainText(prompt).normalize('NFKC');
  const missing: string[] = [];
  for (const word of commandParts(answer).rest) {
    const value = word.startsWith('-') ? word.slice(word.indexOf('=') + 1 || word.length) : word;
    for (const literal of literalsOf(value)) {
      if (!isStated(literal, text)) {
        missing.push(literal);
      }
    }
  }
  return missing;
}

/**
 * Options of a command answer that give a name (`--name <名前>`, `-o <名前>`) the prompt never asks
 * for: without 「名」 in the prompt, an answer without the option would be as right. (Which options
 * take a value only the tools' grammar knows, so this is limited to names, a placeholder the deck
 * writes in Japanese.)
 */
export function unaskedOptions(answer: string, prompt: string): string[] {
  const rest = commandParts(answer).rest;
  return rest.flatMap((word, i) => {
    const value = rest[i + 1] ?? '';
    const names = word.startsWith('-') && /^<(新しい)?名前>$/.test(value);
    return names && !plainText(prompt).includes('名') ? [`${word} ${value}`] : [];
  });
}

function literalsOf(value: string): string[] {
  if (value === '' || VALUE_MEANINGS[value] !== undefined) {
    return value === '' ? [] : [value];
  }
  const item = /^[\w.-]+:\s*(.+)$/.exec(value) ?? /^[\w.-]+=(.+)$/.exec(value);
  if (item && !value.includes('<')) {
    return literalsOf(item[1]!);
  }
  if (value.includes(',') && !value.includes('<')) {
    return value.split(',').flatMap(literalsOf);
  }
  return value
    .split(PLACEHOLDER)
    .map((fragment) => fragment.replace(/^[-:@.]+|[-:/@]+$/g, ''))
    .filter((fragment) => /[\p{L}\p{N}]/u.test(fragment));
}

function isStated(literal: string, prompt: string): boolean {
  const meaning = VALUE_MEANINGS[literal];
  if (meaning !== undefined) {
    return prompt.includes(meaning);
  }
  const device = /^(?:r(\d+))?z(\d+)$/.exec(literal);
  if (device) {
    const [, region, zone] = device;
    return (
      (region === undefined || new RegExp(`リージョン ?${region}(?!\\d)`).test(prompt)) &&
      new RegExp(`ゾーン ?${zone}(?!\\d)`).test(prompt)
    );
  }
  if (/^\d+$/.test(literal)) {
    return new RegExp(`(?<!\\d)${literal}(?!\\d)`).test(prompt);
  }
  return prompt.toLowerCase().includes(literal.toLowerCase());
}

/** Groups of cards that ask the same question (see duplicateGroups). */
export function duplicateGroups(cards: CardContent[]): CardContent[][] {
  const groups = new Map<string, CardContent[]>();
  const add = (key: string, card: CardContent): void => {
    const group = groups.get(key) ?? [];
    if (!group.includes(card)) {
      group.push(card);
    }
    groups.set(key, group);
  };
  for (const card of cards) {
    // A question asked in two sub-decks is asked twice to whoever studies the parent deck.
    const deck = card.deck.split('::')[0] ?? card.deck;
    const { question } = splitLabel(card.front);
    // The same front twice is one question, whatever the answers.
    add(`front\u0000${deck}\u0000${normalise(card.front)}`, card);
    // The same question under two labels is one question when it asks for the same command
    // (`**swift** — オブジェクトを削除する` and `**swift のサブコマンド** — オブジェクトを削除する`).
    add(`question\u0000${deck}\u0000${normalise(question)}\u0000${answerKey(card)}`, card);
  }
  const found = new Map<string, CardContent[]>();
  for (const group of groups.values()) {
    if (group.length > 1) {
      // Two cards with the same front also ask the same question: one group, not two.
      found.set(group.map((card) => card.id).join(' '), group);
    }
  }
  return [...found.values()];
}

/** A command answer's tool (and sub-command); any other answer as it reads. */
function answerKey(card: CardContent): string {
  if (card.kind === 'type-in' && isCommandAnswer(card.back)) {
    const parts = commandParts(card.back);
    return [parts.tool, ...parts.subcommand].join(' ');
  }
  return normalise(card.back);
}
