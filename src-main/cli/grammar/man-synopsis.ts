/**
 * The usage forms of a tool, from its man page's SYNOPSIS (pod2man's verbatim blocks in the
 * libguestfs pages, asciidoctor's one-line forms in util-linux's) or else its --help text
 * (`Usage:` lines, qemu's `or:` lines). Each form is one line of text starting with the tool name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const MAN_DIRS = ['/usr/share/man/man1', '/usr/share/man/man8'];

/** roff's escapes as a terminal shows them. */
function plain(roff: string): string {
  return roff
    .replace(/\\f[BIRP]|\\f\(..|\\&|\\\|/g, '')
    .replace(/\\\*\(Aq|\\\(aq/g, "'")
    .replace(/\\\*\([LR]q|\\\([lr]q/g, '"')
    .replace(/\\-/g, '-')
    .replace(/\\e/g, '\\');
}

function manPage(tool: string): string | undefined {
  for (const dir of MAN_DIRS) {
    for (const section of ['1', '8']) {
      const path = `${dir}/${tool}.${section}.gz`;
      if (existsSync(path)) {
        return gunzipSync(readFileSync(path)).toString('utf8');
      }
    }
  }
  return undefined;
}

/** Lines of a form after its first (pod2man wraps long ones) join it. */
function forms(lines: string[], tool: string): string[] {
  const found: string[] = [];
  let current: string | undefined;
  for (const line of lines) {
    const text = line.trim();
    if (text.startsWith(`${tool} `) || text === tool) {
      if (current !== undefined) {
        found.push(current);
      }
      current = text;
    } else if (current !== undefined && text && !text.endsWith(':')) {
      current = `${current} ${text}`;
    } else if (current !== undefined) {
      found.push(current);
      current = undefined;
    }
  }
  if (current !== undefined) {
    found.push(current);
  }
  return found.map((form) => form.replace(/\s+/g, ' '));
}

export function manSynopsis(tool: string): string[] {
  const page = manPage(tool);
  const section = page ? /^\.SH "?SYNOPSIS"?\n([\s\S]*?)^\.SH /m.exec(page)?.[1] : undefined;
  if (!section) {
    return [];
  }
  // Macro lines (`.sp`, `.Vb 3`) separate forms; kpartx's page sets every word with a macro,
  // which leaves nothing here, and its --help is read instead.
  const lines = section.split('\n').map((line) => (line.startsWith('.') ? '' : plain(line)));
  return forms(lines, tool);
}

/**
 * The `Usage:` block of --help, up to its first blank line: `Usage: qemu-nbd [OPTIONS] FILE`,
 * `  or:  qemu-nbd -L [OPTIONS]`.
 */
export function helpSynopsis(help: string, tool: string): string[] {
  const lines = help.split('\n');
  const start = lines.findIndex((line) => /^\s*usage:/i.test(line));
  if (start < 0) {
    return [];
  }
  const block: string[] = [];
  for (const line of lines.slice(start)) {
    const text = line.replace(/^\s*(?:usage:|or:)\s*/i, '').trim();
    if (!text && block.some(Boolean)) {
      break;
    }
    block.push(text.startsWith(`${tool} `) || text === tool ? text : '');
  }
  return forms(block, tool);
}
