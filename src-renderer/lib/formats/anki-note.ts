/**
 * Which fields of an Anki note are a card's question and answer, read from the card's template:
 * `{{Front}}` on the question side, `{{type:Back}}` for typed answers, `{{cloze:Text}}` for
 * clozes, and what the answer side adds. Our own note types also carry each field's Markdown,
 * taken instead of the HTML while the HTML still says the same (see anki-html.ts).
 */
import type { CardKind } from '../cards/card';
import { stableCardId } from '../cards/id';
import { htmlMedia, htmlToText, stillShows } from './anki-html';
import type { AnkiModel } from './anki-collection';
import { MARKDOWN_SUFFIX, MODELS, RING_MODEL_NAME } from './anki-schema';
import type { AnkiCardRow } from './anki-schedule';
import { renderAnkiCloze } from './cloze';

const SPECIAL_FIELDS = new Set([
  'FrontSide',
  'Tags',
  'Deck',
  'Subdeck',
  'Card',
  'Type',
  'CardFlag',
]);

interface TemplateRefs {
  fields: string[];
  typeField?: string;
  clozeField?: string;
}

/** A template's fields, read once per template: a collection has few, its cards many. */
const refsOfTemplate = new Map<string, TemplateRefs>();

function templateRefs(template: string): TemplateRefs {
  let refs = refsOfTemplate.get(template);
  if (!refs) {
    refs = readTemplateRefs(template);
    // Templates are short, but a crafted collection may have thousands of distinct ones.
    if (refsOfTemplate.size >= 1_000) {
      refsOfTemplate.clear();
    }
    refsOfTemplate.set(template, refs);
  }
  return refs;
}

function readTemplateRefs(template: string): TemplateRefs {
  const refs: TemplateRefs = { fields: [] };
  for (const match of template.matchAll(/\{\{([^#/^!{}][^{}]*)\}\}/g)) {
    const parts = (match[1] ?? '').split(':').map((part) => part.trim());
    const name = parts.pop() ?? '';
    if (!name || SPECIAL_FIELDS.has(name)) {
      continue;
    }
    if (parts.includes('type')) {
      refs.typeField ??= name;
    } else if (parts.includes('cloze')) {
      refs.clozeField ??= name;
    } else if (!refs.fields.includes(name)) {
      refs.fields.push(name);
    }
  }
  return refs;
}

export interface CardJoinRow extends AnkiCardRow {
  id: number;
  did: number;
  ord: number;
  nid: number;
  guid: string;
  mid: number;
  tags: string;
  flds: string;
  /** Not checked like the scheduling columns: a flag that is not one is no flag. */
  flags: unknown;
}

const OWN_MODELS = new Set<string>(Object.values(MODELS).map((model) => model.name));
/** Our own exports use the first card's id as the note GUID. */
const OWN_ID = /^c[0-9a-f]{16}$/;

/** The id our exports gave a card, or undefined for anyone else's notes. */
export function ownCardId(
  model: AnkiModel,
  row: CardJoinRow,
  deck: string,
  front: string,
): string | undefined {
  if (!OWN_ID.test(row.guid)) {
    return undefined;
  }
  if (row.ord === 0) {
    return row.guid;
  }
  // The second card of a pair, with the id the notes generator gives a reverse card.
  return model.name === MODELS.reversed.name && row.ord === 1
    ? stableCardId(deck, front, 'reverse')
    : undefined;
}

export function cardContent(
  model: AnkiModel,
  row: CardJoinRow,
): { front: string; back: string; kind: CardKind; media: string[] } | undefined {
  const values = String(row.flds).split('\u001f');
  const media: string[] = [];
  const own = OWN_MODELS.has(model.name);
  const field = (name: string) => {
    const html = values[model.fields.indexOf(name)] ?? '';
    const at = own ? model.fields.indexOf(name + MARKDOWN_SUFFIX) : -1;
    const markdown = at < 0 ? undefined : values[at];
    // A ring card's question is drawn from its template id, so it never shows its source.
    const trusted =
      markdown !== undefined && (model.name === RING_MODEL_NAME || stillShows(html, markdown));
    if (trusted) {
      media.push(...htmlMedia(html));
      return markdown;
    }
    const converted = htmlToText(html);
    media.push(...converted.media);
    return converted.text;
  };
  const joined = (names: string[]) => names.map(field).filter(Boolean).join('\n\n');
  const template = model.templates.get(model.cloze ? 0 : row.ord);
  if (!template) {
    return undefined;
  }
  const question = templateRefs(template.qfmt);
  const answer = templateRefs(template.afmt);
  const shown = new Set([...question.fields, question.typeField, question.clozeField]);
  const extra = answer.fields.filter((name) => !shown.has(name));
  let result: { front: string; back: string; kind: CardKind };
  if (model.cloze && question.clozeField) {
    const { front, back } = renderAnkiCloze(field(question.clozeField), row.ord + 1);
    const more = joined(extra);
    result = { front, back: more ? `${back}\n\n${more}` : back, kind: 'cloze' };
  } else if (question.typeField) {
    const front = joined(question.fields);
    result = { front, back: field(question.typeField), kind: 'type-in' };
  } else {
    const kind = model.name === RING_MODEL_NAME ? 'ring' : 'basic';
    result = { front: joined(question.fields), back: joined(extra), kind };
  }
  return { ...result, media: [...new Set(media)] };
}
