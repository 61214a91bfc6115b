import MarkdownIt from 'markdown-it';
import { textLength } from '../cards/size';

/**
 * Card text is Markdown. Raw HTML in it is shown as text (`html: false`), and the UI still
 * passes the result through DOMPurify before it touches the DOM.
 */
const md = new MarkdownIt({ html: false, linkify: false, breaks: true });

/**
 * markdown-it's time grows with the text, and with odd text by about 6 µs a character: a 5 MB
 * line of `*_` took 72 s. At this size its worst inputs measured (`*_`, `[`, `**a`) take 30-50 ms
 * on a busy 2-core machine; typical cards are far below it. Inline image data does not count.
 */
export const MARKDOWN_BUDGET_CHARS = 8_192;
/** Of text shown plain, only this much: 100 MB in one text node can take the window down. */
export const PLAIN_SHOWN_CHARS = 2 * MARKDOWN_BUDGET_CHARS;

export interface RenderedText {
  html: string;
  /** Over the budget: shown as plain text, maybe cut at `PLAIN_SHOWN_CHARS`. */
  plain: boolean;
  truncated: boolean;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function renderCardText(source: string): RenderedText {
  if (textLength(source) <= MARKDOWN_BUDGET_CHARS) {
    return { html: md.render(source), plain: false, truncated: false };
  }
  const shown = source.slice(0, PLAIN_SHOWN_CHARS);
  const html = `<p class="plain-text">${shown.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)}</p>`;
  return { html, plain: true, truncated: shown.length < source.length };
}

export function renderMarkdown(source: string): string {
  return renderCardText(source).html;
}
