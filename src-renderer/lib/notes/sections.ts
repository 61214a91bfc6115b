/**
 * Headings as deck path and tags: `# 252.3 ブロックストレージ (Cinder)` gives the sub-deck
 * "ブロックストレージ (Cinder)" and the tag `252.3`. Only the file's top heading level makes
 * sub-decks (the seed's `## コマンド` would otherwise make a "コマンド" deck in every topic);
 * topic numbers at any level make tags.
 */
import { DECK_SEPARATOR } from '../cards/card';
import { withoutFlashcardsTags } from './frontmatter';
import { inlineInfo, type BlockNode } from './markdown';
import type { CardSink } from './sink';

interface Heading {
  level: number;
  title: string;
  topic: string | undefined;
}

/** `252.3 ブロックストレージ (Cinder)`: an exam topic number, then the title. */
const TOPIC = /^(\d+(?:\.\d+)+)\s+(.+)$/;

export class Sections {
  private headings: Heading[] = [];
  private readonly topLevel: number;

  constructor(
    private readonly sink: CardSink,
    private readonly rootDeck: string,
    private readonly fileTags: string[],
    nodes: BlockNode[],
  ) {
    const levels = nodes.filter((n) => n.type === 'heading').map((n) => headingLevel(n));
    this.topLevel = levels.length > 0 ? Math.min(...levels) : 1;
    this.sink.deck = rootDeck;
    this.sink.tags = [...fileTags];
  }

  enter(node: BlockNode): void {
    const level = headingLevel(node);
    const text = withoutFlashcardsTags(inlineInfo(node.content).plain);
    const topic = TOPIC.exec(text);
    this.headings = this.headings.filter((h) => h.level < level);
    this.headings.push({ level, title: topic?.[2] ?? text, topic: topic?.[1] });
    // A title heading that repeats the deck name (`# OPCEL 252` in deck "OPCEL 252") adds nothing.
    const rootName = this.rootDeck.split(DECK_SEPARATOR).pop();
    const section = this.headings
      .filter((h) => h.level === this.topLevel && h.title !== rootName)
      .map((h) => h.title);
    this.sink.deck = [this.rootDeck, ...section].join(DECK_SEPARATOR);
    const topics = this.headings.flatMap((h) => (h.topic ? [h.topic] : []));
    this.sink.tags = [...new Set([...this.fileTags, ...topics])];
  }

  /** `イメージサービス (Glance) › 設定ファイル`: the question for a plain list under a heading. */
  path(): string | undefined {
    return this.headings.length > 0 ? this.headings.map((h) => h.title).join(' › ') : undefined;
  }
}

function headingLevel(node: BlockNode): number {
  return Number(node.tag.slice(1)) || 1;
}
