/**
 * Bullets: `term: description` items, a term whose nested bullets describe it, nested command
 * lines (asked as type-in with the parent's description as the prompt), and plain lists under a
 * heading (one card listing them all).
 */
import { isCommandLine, splitDefinition } from './classify';
import { clozeDrafts, hasCloze, inlineCard, inlineCardDrafts } from './explicit';
import { inlineInfo, markdownText, type BlockNode } from './markdown';
import {
  emitCommand,
  emitDefinition,
  emitUndescribedCommand,
  warnProse,
  withContext,
} from './rules';
import type { CardSink } from './sink';

interface Item {
  raw: string;
  plain: string;
  linkOnly: boolean;
  line: number;
  children: Item[];
  shape: Shape | undefined;
  descriptions: string[] | undefined;
}

interface Parent {
  term: string;
  descriptions: string[];
}

function toItems(list: BlockNode): Item[] {
  const items: Item[] = [];
  for (const node of list.children) {
    if (node.type === 'list_item') {
      items.push(toItem(node));
    }
  }
  return items;
}

/** An item's first paragraph is its text; later paragraphs describe it like nested bullets do. */
function toItem(node: BlockNode): Item {
  let first: BlockNode | undefined;
  const children: Item[] = [];
  const nested: BlockNode[] = [];
  for (const child of node.children) {
    if (child.type === 'paragraph') {
      if (first === undefined) {
        first = child;
      } else {
        children.push(itemText(child.content, child.map?.[0] ?? 0, []));
      }
    } else if (child.type === 'bullet_list' || child.type === 'ordered_list') {
      nested.push(child);
    }
  }
  for (const list of nested) {
    children.push(...toItems(list));
  }
  return itemText(first?.content ?? '', node.map?.[0] ?? 0, children);
}

function itemText(raw: string, line: number, children: Item[]): Item {
  const info = inlineInfo(raw);
  return {
    raw: raw.trim(),
    plain: info.plain,
    linkOnly: info.linkOnly,
    line,
    children,
    shape: undefined,
    descriptions: undefined,
  };
}

type Shape = 'explicit' | 'command' | 'definition' | 'plain';

function shape(item: Item): Shape {
  item.shape ??= classifyItem(item);
  return item.shape;
}

function classifyItem(item: Item): Shape {
  if (inlineCard(item.raw) || hasCloze(item.raw)) {
    return 'explicit';
  }
  if (isCommandLine(item.plain)) {
    return 'command';
  }
  return !item.linkOnly && splitDefinition(item.raw, false) ? 'definition' : 'plain';
}

export function emitList(sink: CardSink, list: BlockNode, heading: string | undefined): void {
  const items = toItems(list);
  const isEnumeration =
    heading !== undefined &&
    items.length >= 2 &&
    items.every((item) => item.children.length === 0 && !item.linkOnly && shape(item) === 'plain');
  if (isEnumeration) {
    const back = items.map((item) => `- ${item.raw}`).join('\n');
    sink.add({ kind: 'basic', front: heading, back, line: items[0]?.line ?? 0, variant: 'list' });
    return;
  }
  for (const item of items) {
    emitItem(sink, item, undefined);
  }
}

function emitItem(sink: CardSink, item: Item, parent: Parent | undefined): void {
  const context = parent ? markdownText(parent.term) : undefined;
  switch (shape(item)) {
    case 'explicit': {
      const card = inlineCard(item.raw);
      const drafts = card ? inlineCardDrafts(card, item.line) : clozeDrafts(item.raw, item.line);
      drafts.forEach((draft) => sink.add(draft));
      emitChildren(sink, item, { term: item.plain, descriptions: [] }, false);
      return;
    }
    case 'command':
      emitNestedCommand(sink, item, parent);
      return;
    case 'definition': {
      const definition = splitDefinition(item.raw, false);
      if (definition) {
        const more = descriptionsOf(item);
        const description = more.length
          ? [definition.description, ...more].map((text) => `- ${text}`).join('\n')
          : definition.description;
        emitDefinition(sink, definition.term, description, item.line, context);
        const term = inlineInfo(definition.term).plain;
        emitChildren(sink, item, { term, descriptions: [definition.description, ...more] }, true);
      }
      return;
    }
    case 'plain':
      emitTerm(sink, item, context);
  }
}

/** A command bullet is asked with its own nested description, or else its parent's. */
function emitNestedCommand(sink: CardSink, item: Item, parent: Parent | undefined): void {
  const own = item.children.filter((child) => shape(child) === 'plain').map((child) => child.raw);
  if (own.length > 0) {
    const context = parent ? markdownText(parent.term) : undefined;
    emitCommand(sink, withContext(own.join('; '), context), item.plain, item.line);
  } else if (parent && parent.descriptions.length > 0) {
    emitCommand(
      sink,
      withContext(parent.descriptions.join('; '), markdownText(parent.term)),
      item.plain,
      item.line,
    );
  } else {
    emitUndescribedCommand(sink, item.plain, item.line);
  }
  emitChildren(sink, item, { term: item.plain, descriptions: own }, true);
}

/** Nested bullets that are plain text without bullets of their own: they describe the item. */
function descriptionsOf(item: Item): string[] {
  if (item.descriptions === undefined) {
    item.descriptions = [];
    for (const child of item.children) {
      if (child.children.length === 0 && shape(child) === 'plain') {
        item.descriptions.push(child.linkOnly ? child.plain : child.raw);
      }
    }
  }
  return item.descriptions;
}

/** A term (or a bare line) whose plain nested bullets describe it. */
function emitTerm(sink: CardSink, item: Item, context: string | undefined): void {
  const descriptions = descriptionsOf(item);
  if (item.children.length === 0) {
    if (!item.linkOnly) {
      warnProse(sink, item.line, item.plain);
    }
    return;
  }
  const [only] = descriptions;
  if (descriptions.length === 1 && only !== undefined) {
    emitDefinition(sink, item.raw, only, item.line, context);
  } else if (descriptions.length > 1) {
    const back = descriptions.map((text) => `- ${text}`).join('\n');
    sink.add({ kind: 'basic', front: withContext(item.raw, context), back, line: item.line });
  }
  emitChildren(sink, item, { term: item.plain, descriptions }, true);
}

/** Nested bullets other than the plain descriptions the parent's own cards already used. */
function emitChildren(sink: CardSink, item: Item, parent: Parent, usedDescriptions: boolean): void {
  for (const child of item.children) {
    const isDescription = shape(child) === 'plain' && child.children.length === 0;
    if (!isDescription) {
      emitItem(sink, child, parent);
    } else if (!usedDescriptions && !child.linkOnly) {
      warnProse(sink, child.line, child.plain);
    }
  }
}
