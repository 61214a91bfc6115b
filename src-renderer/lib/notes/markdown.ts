/**
 * The Markdown side of the generator: markdown-it gives the block structure (with source line
 * maps); inline Markdown is only parsed on demand, for the few lines whose plain text matters.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { useFastTokens } from './fast-tokens';

/** Block-level parse only: the inline pass costs more than half the time and most lines need none. */
const blockParser = new MarkdownIt();
blockParser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
useFastTokens(blockParser);

const inlineParser = new MarkdownIt();

export interface BlockNode {
  /** markdown-it token type without `_open`: `heading`, `paragraph`, `bullet_list`, `fence`, ... */
  type: string;
  tag: string;
  /** 0-based [first line, line after], as markdown-it's token.map. */
  map: [number, number] | null;
  /**
   * Raw Markdown source: the inline text of a paragraph, heading or table cell (markdown-it keeps
   * it in a child `inline` token, folded in here), or the text of a code block.
   */
  content: string;
  children: BlockNode[];
}

/** Leaves share one empty list: a node per token is the largest allocation on big notes. */
const NO_CHILDREN: BlockNode[] = [];

export function parseBlocks(text: string): BlockNode[] {
  const root: BlockNode = { type: 'root', tag: '', map: null, content: '', children: [] };
  const stack: BlockNode[] = [root];
  for (const token of blockParser.parse(text, {})) {
    const parent = stack[stack.length - 1] ?? root;
    if (token.nesting === -1) {
      stack.pop();
    } else if (token.type === 'inline') {
      parent.content = token.content;
    } else {
      const node = toNode(token);
      parent.children.push(node);
      if (token.nesting === 1) {
        stack.push(node);
      }
    }
  }
  return root.children;
}

/** The token becomes the node: tokens fresh from the parser are ours to reshape. */
function toNode(token: Token): BlockNode {
  const node = token as unknown as BlockNode;
  node.type = token.nesting === 1 ? token.type.slice(0, -'_open'.length) : token.type;
  node.children = token.nesting === 1 ? [] : NO_CHILDREN;
  return node;
}

export interface InlineInfo {
  /** Text a reader sees: code spans without backticks, links as their text, no emphasis marks. */
  plain: string;
  /** The whole run is one link: a reference, or a sub-heading in a table. */
  linkOnly: boolean;
}

/**
 * What can make inline Markdown differ from its plain text (HTML is off, so `<container>` is
 * text; `[name]` is text unless a link follows; `builder_file` has no emphasis). Lines without
 * any of these skip the inline parser, which would otherwise be a fifth of the generation time.
 */
const INLINE_SYNTAX = /[*\\~]|\]\(|\]\[|<[a-z]+:|&#?\w+;/;
const UNDERSCORE_EMPHASIS = /(?:^|[^\p{L}\p{N}])_|_(?:$|[^\p{L}\p{N}])/u;

function hasInlineSyntax(text: string): boolean {
  return INLINE_SYNTAX.test(text) || (text.includes('_') && UNDERSCORE_EMPHASIS.test(text));
}
/** Code spans whose content has no backtick: the common case in notes. */
const SIMPLE_CODE = /(?<!`)(`+)([^`]+)\1(?!`)/g;

export function inlineInfo(raw: string): InlineInfo {
  const trimmed = raw.trim();
  if (!hasInlineSyntax(trimmed)) {
    if (!trimmed.includes('`')) {
      return { plain: trimmed, linkOnly: false };
    }
    const plain = trimmed.replace(SIMPLE_CODE, (_, _fence: string, code: string) =>
      stripCodePadding(code),
    );
    if (!plain.includes('`')) {
      return { plain: plain.trim(), linkOnly: false };
    }
  }
  const tokens = inlineParser.parseInline(trimmed, {})[0]?.children ?? [];
  let plain = '';
  let depth = 0;
  let outsideLink = false;
  for (const token of tokens) {
    if (token.type === 'link_open') {
      depth++;
    } else if (token.type === 'link_close') {
      depth--;
    } else if (token.type === 'softbreak' || token.type === 'hardbreak') {
      plain += '\n';
    } else if (
      token.type === 'text' ||
      token.type === 'code_inline' ||
      token.type === 'html_inline'
    ) {
      plain += token.content;
      if (depth === 0 && token.content.trim() !== '') {
        outsideLink = true;
      }
    } else if (token.type === 'image') {
      plain += token.content;
    }
  }
  const hasLink = tokens.some((token) => token.type === 'link_open');
  return { plain: plain.trim(), linkOnly: hasLink && !outsideLink };
}

/** CommonMark drops one space on each side of a code span's content when both are there. */
function stripCodePadding(code: string): string {
  const text = code.replace(/\n/g, ' ');
  return text.length > 2 && text.startsWith(' ') && text.endsWith(' ') && text.trim() !== ''
    ? text.slice(1, -1)
    : text;
}

/**
 * Plain text (a parent bullet's or a column's words) as Markdown that reads the same: `virt-*`
 * inside `**…**` would otherwise close the emphasis early. Text without such characters is kept
 * as it is, so that the fronts (and the card ids derived from them) of ordinary labels do not
 * change.
 */
export function markdownText(plain: string): string {
  const escaped = plain.replace(/[\\`*~]/g, '\\$&');
  return UNDERSCORE_EMPHASIS.test(escaped) ? escaped.replace(/_/g, '\\_') : escaped;
}

/** `**label**` for a plain-text label. */
export function boldText(plain: string): string {
  return `**${markdownText(plain)}**`;
}

/** A code span that survives any backticks inside the text. */
export function codeSpan(text: string): string {
  if (!text.includes('`')) {
    return `\`${text}\``;
  }
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Splits one table line into raw cell texts: outer pipes are optional, `\|` and pipes inside code
 * spans do not separate cells (GFM's rules, applied to the seed's tables without a delimiter row).
 */
export function splitPipeRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let inCode = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (ch === '\\' && line[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '`') {
      let run = 1;
      while (line[i + run] === '`') {
        run++;
      }
      inCode = inCode === run ? 0 : inCode === 0 ? run : inCode;
      current += '`'.repeat(run);
      i += run - 1;
    } else if (ch === '|' && inCode === 0) {
      cells.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current);
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) {
    cells.shift();
  }
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && cells.length > 0) {
    cells.pop();
  }
  return cells.map((cell) => cell.trim());
}

/** Number of cell separators in a line, ignoring escaped pipes and pipes in code spans. */
export function pipeCount(line: string): number {
  return line.includes('|') ? splitPipeRow(`x${line}x`).length - 1 : 0;
}
