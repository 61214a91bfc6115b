/**
 * What one line of notes is: a command line, a `term: description` pair, or prose. These
 * heuristics work on one inline text run at a time (the Markdown structure comes from the parser).
 */

/** Hiragana, katakana, CJK ideographs, full-width forms and CJK punctuation. */
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]/;
const COMMAND_NAME = /^(?:\.{0,2}\/)?[a-z][a-z0-9._+/-]*$/;
/** Words that make a lowercase line English prose rather than a command. */
const PROSE_WORDS = new Set(
  'a an the is are was be to of in on for and or with this that it can will from by as'.split(' '),
);

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Splits a command line into words, keeping quoted strings and placeholders (`<a b>`, `[a b]`)
 * whole. Quotes stay in the words: callers that compare commands remove them.
 */
export function shellWords(line: string): string[] {
  if (!/['"<[\\]/.test(line)) {
    return line.split(/\s+/).filter(Boolean);
  }
  const words: string[] = [];
  let current = '';
  let i = 0;
  const closeOf: Record<string, string> = { "'": "'", '"': '"', '<': '>', '[': ']' };
  while (i < line.length) {
    const ch = line[i] ?? '';
    const close = closeOf[ch];
    const end = close === undefined ? -1 : line.indexOf(close, i + 1);
    if (/\s/.test(ch)) {
      if (current) {
        words.push(current);
      }
      current = '';
      i++;
    } else if (close !== undefined && end > i + 1 && !/\s/.test(line[i + 1] ?? ' ')) {
      current += line.slice(i, end + 1);
      i = end + 1;
    } else if (ch === '\\' && i + 1 < line.length) {
      current += line.slice(i, i + 2);
      i += 2;
    } else {
      current += ch;
      i++;
    }
  }
  if (current) {
    words.push(current);
  }
  return words;
}

/** Text outside quotes and placeholders, where Japanese means prose rather than a command. */
function unquoted(words: string[]): string {
  return words.join(' ').replace(/'[^']*'|"[^"]*"|<[^>]*>|\[[^\]]*\]/g, '');
}

/** Removes a shell prompt (`$ `) the notes may show before a command. */
export function stripPrompt(line: string): string {
  if (!/^\s*[$#]/.test(line)) {
    return line.trim();
  }
  return line.replace(/^\s*[$#]\s+(?=[a-z./])/, '').trim();
}

/** A lowercase command name, then at least one more word. */
const COMMAND_START = /^(?:\.{0,2}\/)?[a-z][a-z0-9._+/-]*\s+\S/;
/** The same lines are classified again and again (a bullet's shape, its parent's descriptions). */
const commandLines = new Map<string, boolean>();

export function isCommandLine(line: string): boolean {
  let known = commandLines.get(line);
  if (known === undefined) {
    known = classifyCommandLine(line);
    if (commandLines.size > 10_000) {
      commandLines.clear();
    }
    commandLines.set(line, known);
  }
  return known;
}

function classifyCommandLine(line: string): boolean {
  const text = stripPrompt(line);
  if (!COMMAND_START.test(text) || (hasCjk(text) && !/['"<[]/.test(text))) {
    return false;
  }
  const words = shellWords(text);
  const [first, second] = words;
  if (first === undefined || second === undefined || !COMMAND_NAME.test(first)) {
    return false;
  }
  const bare = unquoted(words);
  if (hasCjk(bare) || /[()]/.test(bare) || /^[,:;]|[,:]$/.test(second) || /\w,(\s|$)/.test(bare)) {
    return false;
  }
  const hasOption = words.some((word) => word.startsWith('-'));
  if (!hasOption && words.some((word) => PROSE_WORDS.has(word.toLowerCase()))) {
    return false;
  }
  return hasOption || KNOWN_TOOLS.has(first) || words.some(looksTechnical);
}

/**
 * Two plain lowercase words ("description here") could be either; one of these makes it a
 * command: a tool the notes' subject uses, or a word with a path, placeholder, `=`, `-`, `_` or `.`.
 */
const KNOWN_TOOLS = new Set(
  [
    'cinder glance swift nova openstack neutron keystone heat',
    'qemu-img qemu-nbd guestfish guestmount guestunmount losetup kpartx mount umount',
    'modprobe partprobe parted fdisk mkfs lvcreate vgcreate pvcreate lvs vgs pvs',
    'ls cat cp mv rm rmdir mkdir ln chmod chown tar gzip curl wget ssh scp dd',
    'sudo apt apt-get yum dnf systemctl service ip ping grep find echo git docker',
  ]
    .join(' ')
    .split(' '),
);

function looksTechnical(word: string): boolean {
  return /[/=<[_.-]/.test(word) || /\d/.test(word);
}

/** One word naming a tool or file (`glance-cache-pruner`, `account.builder`): typed, not explained. */
export function isCommandName(text: string): boolean {
  return COMMAND_NAME.test(text.trim()) || isCommandLine(text);
}

export interface Definition {
  term: string;
  description: string;
}

/**
 * `term: description`, `term : description`, `term：description` or `term | description`, split at
 * the first separator outside code spans and quotes (so `-m 'web-listings: true'` stays whole).
 */
export function splitDefinition(line: string, allowSpaced = true): Definition | undefined {
  if (!/[:：|]/.test(line)) {
    return allowSpaced ? splitSpacedTerm(line) : undefined;
  }
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (quote) {
      if (ch === quote) {
        quote = '';
      }
    } else if ((ch === '`' || ch === "'" || ch === '"') && line.indexOf(ch, i + 1) > i) {
      quote = ch;
    } else if (isSeparator(line, i)) {
      return definition(line.slice(0, i), line.slice(i + 1));
    }
  }
  return allowSpaced ? splitSpacedTerm(line) : undefined;
}

function isSeparator(line: string, i: number): boolean {
  const ch = line[i];
  const next = line[i + 1] ?? '';
  if (ch === '：' || ch === '|') {
    return true;
  }
  // `a: b` and `a : b`, but not `http://`, `a::b` or `12:30`.
  return ch === ':' && /\s/.test(next) && line[i - 1] !== ':';
}

function definition(left: string, right: string): Definition | undefined {
  const term = left.trim();
  const description = right.trim();
  if (!term || !description || term.length > 80) {
    return undefined;
  }
  return { term, description };
}

/**
 * `part_power 利用するパーティション数…`: an identifier, then a Japanese description. Only for
 * paragraph lines: a bullet like `LVM ユーティリティ` is a term whose nested bullets describe it.
 */
function splitSpacedTerm(line: string): Definition | undefined {
  const match = /^([A-Za-z_][\w.-]*)(\s+)(.+)$/.exec(line.trim());
  const [, term = '', gap = '', description = ''] = match ?? [];
  const separated = gap.length >= 2 || description.charCodeAt(0) > 0x7f;
  return separated && hasCjk(description) ? definition(term, description) : undefined;
}
