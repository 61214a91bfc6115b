/**
 * Anki's collection schema 11 (the one every Anki since 2.1 imports), copied from Anki's
 * rslib/src/storage/schema11.sql, and the note types our exports use.
 */
export const ANKI_SCHEMA_11 = `
create table col
(
    id     integer primary key,
    crt    integer not null,
    mod    integer not null,
    scm    integer not null,
    ver    integer not null,
    dty    integer not null,
    usn    integer not null,
    ls     integer not null,
    conf   text    not null,
    models text    not null,
    decks  text    not null,
    dconf  text    not null,
    tags   text    not null
);

create table notes
(
    id    integer primary key,
    guid  text    not null,
    mid   integer not null,
    mod   integer not null,
    usn   integer not null,
    tags  text    not null,
    flds  text    not null,
    sfld  integer not null,
    csum  integer not null,
    flags integer not null,
    data  text    not null
);

create table cards
(
    id     integer primary key,
    nid    integer not null,
    did    integer not null,
    ord    integer not null,
    mod    integer not null,
    usn    integer not null,
    type   integer not null,
    queue  integer not null,
    due    integer not null,
    ivl    integer not null,
    factor integer not null,
    reps   integer not null,
    lapses integer not null,
    left   integer not null,
    odue   integer not null,
    odid   integer not null,
    flags  integer not null,
    data   text    not null
);

create table revlog
(
    id      integer primary key,
    cid     integer not null,
    usn     integer not null,
    ease    integer not null,
    ivl     integer not null,
    lastIvl integer not null,
    factor  integer not null,
    time    integer not null,
    type    integer not null
);

create table graves
(
    usn  integer not null,
    oid  integer not null,
    type integer not null
);

-- syncing
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
-- card spacing, etc
create index ix_cards_nid on cards (nid);
-- scheduling and deck limiting
create index ix_cards_sched on cards (did, queue, due);
-- revlog by card
create index ix_revlog_cid on revlog (cid);
-- field uniqueness
create index ix_notes_csum on notes (csum);
`;

export interface TemplateSpec {
  name: string;
  qfmt: string;
  afmt: string;
  /** The field the question side needs (Anki's `req`): a note with it empty makes no card. */
  questionField: number;
}

export interface ModelSpec {
  id: number;
  name: string;
  type: 0 | 1;
  /** The fields the templates show (HTML), then each one's Markdown source (see MARKDOWN_SUFFIX). */
  fields: readonly string[];
  templates: readonly TemplateSpec[];
}

/**
 * `Front Markdown` keeps the Markdown `Front` was rendered from: no template shows it, and
 * reading the package back takes it instead of the HTML while the HTML still says the same.
 */
export const MARKDOWN_SUFFIX = ' Markdown';

const answerLine = '{{FrontSide}}\n\n<hr id=answer>\n\n';

function withSources(...shown: string[]): string[] {
  return [...shown, ...shown.map((name) => name + MARKDOWN_SUFFIX)];
}

const card1 = (qfmt: string, afmt: string): TemplateSpec => ({
  name: 'Card 1',
  qfmt,
  afmt,
  questionField: 0,
});

/**
 * Fixed ids, so a second import into Anki reuses the note types instead of duplicating them.
 * New ids since the HTML fields came (…01x): Anki would refuse the old ids' changed fields.
 */
export const MODELS = {
  basic: {
    id: 1732000000011,
    name: 'Recall Deck Basic',
    type: 0,
    fields: withSources('Front', 'Back'),
    templates: [card1('{{Front}}', answerLine + '{{Back}}')],
  },
  /** A `Q:::A` pair: one note, two cards (Anki's "Basic (and reversed card)"), so Anki buries siblings. */
  reversed: {
    id: 1732000000015,
    name: 'Recall Deck Basic (and reversed card)',
    type: 0,
    fields: withSources('Front', 'Back'),
    templates: [
      card1('{{Front}}', answerLine + '{{Back}}'),
      { name: 'Card 2', qfmt: '{{Back}}', afmt: answerLine + '{{Front}}', questionField: 1 },
    ],
  },
  'type-in': {
    id: 1732000000012,
    name: 'Recall Deck Type-in',
    type: 0,
    fields: withSources('Front', 'Back'),
    templates: [
      card1('{{Front}}\n\n{{type:Back}}', '{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}'),
    ],
  },
  cloze: {
    id: 1732000000013,
    name: 'Recall Deck Cloze',
    type: 1,
    fields: withSources('Text', 'Back Extra'),
    templates: [card1('{{cloze:Text}}', '{{cloze:Text}}<br>\n{{Back Extra}}')],
  },
  /** One question drawn from the card's template, its computed answer on the back. */
  ring: {
    id: 1732000000014,
    name: 'Recall Deck Ring',
    type: 0,
    fields: withSources('Front', 'Back'),
    templates: [card1('{{Front}}', answerLine + '{{Back}}')],
  },
} as const satisfies Record<string, ModelSpec>;

export type ModelName = keyof typeof MODELS;

export const RING_MODEL_NAME = MODELS.ring.name;

// Anki's Basic style, with code blocks and lists left-aligned as the app shows them.
const CSS =
  '.card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n background-color: white;\n}\n' +
  'pre, ul, ol, table {\n text-align: left;\n display: inline-block;\n}\n';

export function modelJson(spec: ModelSpec, deckId: number, mod: number): Record<string, unknown> {
  return {
    id: spec.id,
    name: spec.name,
    type: spec.type,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: spec.templates.map(({ name, qfmt, afmt }, ord) => ({
      name,
      ord,
      qfmt,
      afmt,
      bqfmt: '',
      bafmt: '',
      did: null,
    })),
    flds: spec.fields.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      media: [],
    })),
    css: CSS,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: spec.templates.map(({ questionField }, ord) => [ord, 'any', [questionField]]),
    tags: [],
    vers: [],
  };
}

export function deckJson(id: number, name: string, mod: number): Record<string, unknown> {
  return {
    id,
    name,
    mod,
    usn: -1,
    desc: '',
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

export const DEFAULT_DCONF = {
  1: {
    id: 1,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      perDay: 20,
      delays: [1, 10],
      ints: [1, 4, 0],
      initialFactor: 2500,
      order: 1,
      // A reverse pair is one note: burying its siblings keeps the other card for the next day.
      bury: true,
      separate: true,
    },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
    rev: {
      perDay: 200,
      ease4: 1.3,
      fuzz: 0.05,
      ivlFct: 1,
      maxIvl: 36500,
      bury: true,
      hardFactor: 1.2,
      minSpace: 1,
    },
  },
};

export const DEFAULT_CONF = {
  activeDecks: [1],
  curDeck: 1,
  newSpread: 0,
  collapseTime: 1200,
  timeLim: 0,
  estTimes: true,
  dueCounts: true,
  curModel: null,
  nextPos: 1,
  sortType: 'noteFld',
  sortBackwards: false,
  addToCur: true,
};
