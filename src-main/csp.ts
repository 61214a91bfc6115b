/**
 * The one Content-Security-Policy of the app: only the app's own scripts, styles and data.
 * 'wasm-unsafe-eval' lets sql.js compile its WebAssembly without allowing eval();
 * 'unsafe-inline' styles are needed by Svelte transitions and Chart.js canvases.
 * Main sends it as a response header; src-renderer/index.html carries the same string in a meta tag.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** Response headers with our policy replacing whatever CSP the server sent (the dev server sends none). */
export function withCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}
