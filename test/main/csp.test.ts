import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withCsp } from '../../src-main/csp';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = parse(CONTENT_SECURITY_POLICY);

  it('allows only the app itself by default', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('runs only the app scripts: no eval, no inline script, WebAssembly allowed for sql.js', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
  });

  it('names no network source anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(/^('[a-z-]+'|data:|blob:)$/);
      }
    }
  });

  it('is the policy the renderer page carries in its meta tag (less frame-ancestors)', async () => {
    const html = await readFile(join(import.meta.dirname, '../../src-renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const fromPage = parse(meta?.[1] ?? '');
    // Browsers ignore frame-ancestors in a meta tag; only the header can carry it.
    const expected = new Map(policy);
    expected.delete('frame-ancestors');
    expect(fromPage).toEqual(expected);
  });
});

describe('withCsp', () => {
  it('replaces a CSP header whatever its case and keeps the other headers', () => {
    const headers = withCsp({
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('adds the header when the response had none', () => {
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
