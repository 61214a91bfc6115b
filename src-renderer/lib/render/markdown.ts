import MarkdownIt from 'markdown-it';

/**
 * Card text is Markdown. Raw HTML in it is shown as text (`html: false`), and the UI still
 * passes the result through DOMPurify before it touches the DOM.
 */
const md = new MarkdownIt({ html: false, linkify: false, breaks: true });

export function renderMarkdown(source: string): string {
  return md.render(source);
}
