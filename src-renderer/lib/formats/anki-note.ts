/**
 * Which fields of an Anki note are a card's question and answer, read from the card's template:
 * `{{Front}}` on the question side, `{{type:Back}}` for typed answers, `{{cloze:Text}}` for
 * clozes, and what the answer side adds.
 */
import type { CardKind } from '../cards/card';
import { htmlToText } from './anki-html';
import type { AnkiModel } from './anki-collection';
import { RING_MODEL_NAME } from './anki-schema';
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

function templateRefs(template: string): TemplateRefs {
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
}

export function cardContent(
  model: AnkiModel,
  row: CardJoinRow,
): { front: string; back: string; kind: CardKind; media: string[] } | undefined {
  const values = String(row.flds).split('\u001f');
  const media: string[] = [];
  const field = (name: string) => {
    const converted = htmlToText(values[model.fields.indexOf(name)] ?? '');
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
