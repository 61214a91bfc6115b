/**
 * Anki fields are HTML; our cards are Markdown. Exported Markdown is rendered as the app shows
 * it (markdown-it, then the sanitiser the caller passes: DOMPurify in the app, over jsdom in
 * Node); its source rides along in a field no template shows, so our own packages come back
 * character for character. HTML written in Anki is reduced to text, with images and sounds
 * kept as references to their media files.
 */
import { renderMarkdown } from '../render/markdown';

/** DOMPurify's `sanitize`, or anything else that makes rendered HTML safe to show. */
export type HtmlSanitizer = (html: string) => string;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export interface FieldText {
  text: string;
  media: string[];
}

export function htmlToText(html: string): FieldText {
  const media: string[] = [];
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    // Anki's editor puts each line in a <div>: a block starts a line, its end adds nothing.
    .replace(/<(div|p|li|tr|h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)["']?[^>]*>/gi, (_, src: string) => {
      const name = decodeEntities(src);
      media.push(name);
      return `![](${name})`;
    })
    .replace(/<[^>]*>/g, '');
  const decoded = decodeEntities(text);
  for (const match of decoded.matchAll(/\[sound:([^\]]+)\]/g)) {
    media.push(match[1] ?? '');
  }
  return {
    text: decoded.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\s+$/g, ''),
    media: [...new Set(media.filter(Boolean))],
  };
}

/**
 * The media files a field refers to, as `htmlToText` finds them. An image needs `<img`, a sound
 * `[sound:` (its bracket possibly an entity); most fields have neither and skip the conversion.
 */
export function htmlMedia(html: string): string[] {
  return /<img|\[|&/i.test(html) ? htmlToText(html).media : [];
}

export function textToHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(
      /!\[\]\(([^)\s]+)\)/g,
      (_, src: string) => `<img src="${src.replace(/"/g, '&quot;')}">`,
    )
    .replace(/\r?\n/g, '<br>');
}

/** Anki's sort field and checksum use the field with tags stripped. */
export function stripHtml(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

/**
 * Tags markdown-it writes with no attributes: nothing in them can run, load or restyle, so the
 * sanitiser would only re-serialise them (markdown-it escapes every `<` of the text itself).
 * Skipping it there matters in Node, where DOMPurify over jsdom takes milliseconds a field.
 */
const PLAIN_HTML =
  /^(?:[^<]|<\/?(?:p|br|strong|em|s|code|pre|blockquote|ul|ol|li|h[1-6]|hr|table|thead|tbody|tr|th|td)>)*$/;

/** A Markdown field as the app shows it. */
export function markdownToHtml(markdown: string, sanitize: HtmlSanitizer): string {
  const html = renderMarkdown(markdown);
  return (PLAIN_HTML.test(html) ? html : sanitize(html)).trim();
}

const squashed = (text: string): string => text.replace(/\s+/g, '');
/** Emphasis, code and heading marks: what rendering most cards' Markdown takes away. */
const inlineMarks = (text: string): string => text.replace(/[\s`*_#>]+/g, '');

/**
 * Whether an exported field still says what its Markdown source says, i.e. nobody edited it in
 * Anki: same text once tags and whitespace are gone, whether it was rendered or only escaped.
 * Rendering every field again would double an import's time, so the Markdown is first compared
 * without its inline marks, and only what that cannot tell (lists, links, tables) is rendered.
 * Edits that only change formatting, or only those marks, are not seen; text edits are, and
 * then the HTML wins.
 */
export function stillShows(html: string, markdown: string): boolean {
  const text = stripHtml(html);
  const shown = squashed(text);
  return (
    shown === squashed(markdown) ||
    inlineMarks(text) === inlineMarks(markdown) ||
    shown === squashed(stripHtml(renderMarkdown(markdown)))
  );
}
