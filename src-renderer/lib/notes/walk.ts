/**
 * Walks one file's block tree in order: headings move the deck and tags (sections.ts), every
 * other block goes to its rule. Prose lines wait in `pending` because the next command line may use one as its
 * prompt ("デバイスを追加・削除したあとは、" above `swift-ring-builder … rebalance`).
 */
import { isCommandLine, splitDefinition, stripPrompt } from './classify';
import {
  clozeDrafts,
  hasCloze,
  inlineCard,
  inlineCardDrafts,
  multiLineSeparator,
} from './explicit';
import { withoutFlashcardsTags } from './frontmatter';
import { emitList } from './lists';
import { codeSpan, inlineInfo, type BlockNode } from './markdown';
import { emitCommand, emitDefinition, emitUndescribedCommand, warnProse } from './rules';
import { Sections } from './sections';
import type { CardSink } from './sink';
import { emitGfmTable, emitPipeParagraph, isPipeParagraph } from './tables';

interface Prose {
  line: number;
  /** Plain text, for warnings. */
  text: string;
  /** Markdown, for a card's prompt. */
  raw: string;
}

/** A prose line ending like this introduces what follows ("…には、", "To list:"). */
const LEAD_IN = /[:：、,]\s*$/;
/** `swift list  # lists containers`: a shell comment describing the command. */
const TRAILING_COMMENT = /\s#\s+(.+)$/;

export class NotesWalker {
  private pending: Prose[] = [];
  /** The paragraph's latest command line, whose placeholders the lines below may define. */
  private syntax: string | undefined;
  private readonly sections: Sections;

  /** The file's lines, split only when a multi-line card needs the source of later blocks. */
  private sourceLines: string[] | undefined;

  constructor(
    private readonly sink: CardSink,
    private readonly source: string,
    rootDeck: string,
    fileTags: string[],
    nodes: BlockNode[],
  ) {
    this.sections = new Sections(sink, rootDeck, fileTags, nodes);
  }

  walk(nodes: BlockNode[]): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node) {
        i += this.visit(node, nodes, i + 1);
      }
    }
    this.flushProse();
  }

  /** Returns how many following siblings the node consumed (a multi-line card's answer). */
  private visit(node: BlockNode, siblings: BlockNode[], next: number): number {
    const start = node.map?.[0] ?? 0;
    if (!(
      this.isLeadIn(start) &&
      (node.type === 'paragraph' || node.type === 'fence' || node.type === 'code_block')
    )) {
      this.flushProse();
    }
    switch (node.type) {
      case 'heading':
        this.sections.enter(node);
        return 0;
      case 'paragraph':
        return this.paragraph(node.content, start, siblings, next);
      case 'bullet_list':
      case 'ordered_list':
        emitList(this.sink, node, this.sections.path());
        return 0;
      case 'table':
        emitGfmTable(this.sink, node);
        return 0;
      case 'fence':
      case 'code_block':
        this.codeLines(node.content, start + (node.type === 'fence' ? 1 : 0));
        return 0;
      case 'blockquote':
        this.walk(node.children);
        return 0;
      default:
        return 0;
    }
  }

  private paragraph(content: string, start: number, siblings: BlockNode[], next: number): number {
    const lines = content.split('\n');
    const separator = multiLineSeparator(lines);
    if (separator) {
      return this.multiLine(
        lines,
        start,
        separator.index,
        separator.bothWays,
        siblings.slice(next),
      );
    }
    if (isPipeParagraph(lines)) {
      emitPipeParagraph(this.sink, lines, start);
      return 0;
    }
    const text = withoutFlashcardsTags(content);
    if (hasCloze(text)) {
      clozeDrafts(text, start).forEach((draft) => this.sink.add(draft));
      return 0;
    }
    this.syntax = undefined;
    lines.forEach((line, i) => this.line(line, start + i));
    return 0;
  }

  /** Question lines, `?`, answer lines; the answer runs on through blocks with no blank line. */
  private multiLine(
    lines: string[],
    start: number,
    at: number,
    bothWays: boolean,
    next: BlockNode[],
  ): number {
    const question = lines.slice(0, at).join('\n');
    const answer = [lines.slice(at + 1).join('\n')];
    let end = start + lines.length;
    let consumed = 0;
    for (const node of next) {
      if (!node.map || node.map[0] !== end || node.type === 'heading') {
        break;
      }
      // A list's map runs on over the blank lines after it; the card stops at the first one.
      this.sourceLines ??= this.source.split('\n');
      const block = this.sourceLines.slice(node.map[0], node.map[1]);
      const blank = block.findIndex((text) => text.trim() === '');
      answer.push((blank < 0 ? block : block.slice(0, blank)).join('\n'));
      if (blank >= 0) {
        consumed++;
        break;
      }
      end = node.map[1];
      consumed++;
    }
    const back = answer.join('\n').trim();
    this.sink.add({ kind: 'basic', front: question, back, line: start });
    if (bothWays) {
      this.sink.add({
        kind: 'basic',
        front: back,
        back: question,
        line: start,
        variant: 'reverse',
      });
    }
    return consumed;
  }

  private line(raw: string, line: number): void {
    const text = withoutFlashcardsTags(raw).trim();
    if (!text) {
      return;
    }
    const card = inlineCard(text);
    const info = inlineInfo(text);
    if (card || info.linkOnly) {
      // A link alone on a line is a reference, not something to learn.
      this.flushProse();
      if (card) {
        inlineCardDrafts(card, line).forEach((draft) => this.sink.add(draft));
      }
      return;
    }
    if (isCommandLine(info.plain)) {
      this.command(info.plain, line);
      return;
    }
    const definition = splitDefinition(text);
    if (definition) {
      this.flushProse();
      emitDefinition(
        this.sink,
        definition.term,
        definition.description,
        line,
        this.parameterOf(definition.term),
      );
      return;
    }
    this.pending.push({ line, text: info.plain, raw: text });
  }

  /** `part_power` under `swift-ring-builder … <part_power> …` is asked as that command's parameter. */
  private parameterOf(term: string): string | undefined {
    const name = inlineInfo(term).plain;
    const syntax = this.syntax;
    return syntax && (syntax.includes(`<${name}>`) || syntax.includes(`[${name}]`))
      ? codeSpan(syntax)
      : undefined;
  }

  /** Command lines in a code block; `# comment` lines are their prompts, other lines are output. */
  private codeLines(content: string, start: number): void {
    let other: number | undefined;
    content.split('\n').forEach((raw, i) => {
      const text = raw.trim();
      if (isCommandLine(stripPrompt(text.replace(TRAILING_COMMENT, '')))) {
        this.command(text, start + i);
      } else if (text.startsWith('#')) {
        const comment = text.replace(/^#+\s*/, '');
        this.pending.push({ line: start + i, text: comment, raw: comment });
      } else if (text) {
        other ??= start + i;
      }
    });
    this.flushProse();
    if (other !== undefined) {
      this.sink.warn(
        other,
        'code-without-card',
        'Lines in this code block are not commands: no card from them.',
      );
    }
  }

  private command(text: string, line: number): void {
    this.syntax = stripPrompt(text);
    const comment = TRAILING_COMMENT.exec(text);
    if (comment && isCommandLine(text.slice(0, comment.index))) {
      this.flushProse();
      emitCommand(this.sink, comment[1] ?? '', text.slice(0, comment.index), line);
      return;
    }
    const prompt = this.pending.pop();
    this.flushProse();
    if (prompt && (prompt.line === line - 1 || leadsInto(prompt, line))) {
      emitCommand(this.sink, prompt.raw, text, line);
      return;
    }
    if (prompt) {
      warnProse(this.sink, prompt.line, prompt.text);
    }
    emitUndescribedCommand(this.sink, stripPrompt(text), line);
  }

  /** The last waiting prose line introduces the block starting at `line`. */
  private isLeadIn(line: number): boolean {
    const last = this.pending[this.pending.length - 1];
    return last !== undefined && leadsInto(last, line);
  }

  private flushProse(): void {
    const [first] = this.pending;
    if (first) {
      warnProse(this.sink, first.line, this.pending.map((p) => p.text).join(' '));
    }
    this.pending = [];
  }
}

function leadsInto(prose: Prose, line: number): boolean {
  return line - prose.line <= 3 && LEAD_IN.test(prose.text);
}
