/**
 * DOMPurify outside a browser: over a jsdom window, so that the CLI's `.apkg` export renders
 * fields exactly as the app does. jsdom loads only when a sanitiser is asked for.
 */
import createDOMPurify, { type WindowLike } from 'dompurify';
import type { HtmlSanitizer } from '../../src-renderer/lib/formats/anki-html';

let loading: Promise<HtmlSanitizer> | undefined;

/** One jsdom window per process: loading jsdom takes a second or more. */
export function nodeHtmlSanitizer(): Promise<HtmlSanitizer> {
  loading ??= import('jsdom').then(({ JSDOM }) => {
    const purify = createDOMPurify(new JSDOM('').window as WindowLike);
    return (html: string) => purify.sanitize(html);
  });
  return loading;
}
