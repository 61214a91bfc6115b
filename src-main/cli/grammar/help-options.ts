/**
 * The option list of a tool's --help, in the layouts the deck's tools print:
 *   `  -p, --port=PORT      port to listen on (default '10809')`   (qemu-nbd, util-linux)
 *   `  -a|--add image       Add image`                              (libguestfs C tools)
 *   `  --format <format>    Set format (default: auto)`             (libguestfs OCaml tools)
 *   `  '-h', '--help'       display this help and exit`             (qemu-img)
 *   `\t-a add partition devmappings`                              (kpartx)
 * An option whose description is on the next line (`--color, --colors, --colour, --colours`)
 * takes it from there.
 */

export interface HelpOption {
  names: string[];
  /** The value's name as the help writes it (`PORT`, `<format>`, `dev[:mnt]`). */
  metavar?: string;
  /** `--direct-io[=<on|off>]`: the value may be left out. */
  optionalValue?: boolean;
  choices?: string[];
  default?: string;
  help?: string;
}

const NAME = /^(--?[A-Za-z0-9?][\w-]*)/;
/** A description starts after two spaces or a tab. */
const GAP = /\s{2,}|\t/;

function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const end = clean.search(/(?<!\be\.g|\bi\.e|\beg)\.(\s|$)/);
  return end >= 0 ? clean.slice(0, end + 1) : clean;
}

/** `<md5|sha256|sha512>`, `[=512|4096]`, `<on|off>`: the values, when they are all spelt out. */
function choicesOf(metavar: string): string[] | undefined {
  const inner = metavar.replace(/^\[?=?<?|>?\]?$/g, '');
  const parts = inner.split('|');
  return parts.length > 1 && parts.every((part) => /^[\w.-]+$/.test(part) && !part.includes('..'))
    ? parts
    : undefined;
}

/**
 * `(default: auto)`, `(default '10809')`, `(default `0.0.0.0')`: a single value only, and not a
 * template such as qemu-nbd's `'/var/lock/qemu-nbd-DEVICE'`.
 */
function defaultOf(help: string): string | undefined {
  const value = /\(default:?\s*[`'‘"]?([\w./-]+)['’"]?\)/.exec(help)?.[1];
  return value && !/[A-Z]{3,}/.test(value) ? value : undefined;
}

interface Parsed {
  names: string[];
  value?: string;
  optionalValue: boolean;
  rest: string;
}

/** The names at the start of an option line, and the value that follows the last of them. */
function parseNames(text: string): Parsed | undefined {
  const names: string[] = [];
  let rest = text;
  let value: string | undefined;
  let optionalValue = false;
  for (;;) {
    const match = NAME.exec(rest);
    if (!match?.[1]) {
      break;
    }
    names.push(match[1]);
    rest = rest.slice(match[0].length);
    const attached = /^(\[?=)(\S+)/.exec(rest);
    if (attached) {
      optionalValue = attached[1] === '[=';
      value = optionalValue ? `[=${attached[2] ?? ''}` : attached[2];
      rest = rest.slice(attached[0].length);
    }
    const separator = /^(,\s*|\|)(?=-)/.exec(rest);
    if (!separator) {
      break;
    }
    rest = rest.slice(separator[0].length);
  }
  return names.length > 0 ? { names, value, optionalValue, rest } : undefined;
}

/** qemu-img's `'-g granularity' sets …` and `'-h', '--help'  display …`: quotes around the
 * option part, the description after them. */
function unquoted(text: string): string {
  const quoted = /^((?:'[^']+'(?:,\s*)?)+)\s*(.*)$/.exec(text);
  return quoted ? `${(quoted[1] ?? '').replaceAll("'", '')}  ${quoted[2] ?? ''}` : text;
}

function entry(line: string): { option: HelpOption; needsHelp: boolean } | undefined {
  const text = unquoted(line.trim());
  const parsed = parseNames(text);
  if (!parsed) {
    return undefined;
  }
  let { value } = parsed;
  let help = '';
  const gap = GAP.exec(parsed.rest);
  const before = gap ? parsed.rest.slice(0, gap.index) : parsed.rest;
  const after = gap ? parsed.rest.slice(gap.index + gap[0].length) : '';
  const spaced = before.trim();
  if (spaced) {
    // ` -T, --trace [[enable=]<pattern>]…` and `-a|--add image`: a value; kpartx's
    // `-a add partition devmappings` (no gap at all): a description.
    if (!gap && !/^[[<=A-Z]/.test(spaced) && /\s/.test(spaced)) {
      help = spaced;
    } else if (value === undefined) {
      value = spaced;
    }
  }
  help = help || after.trim();
  const option: HelpOption = { names: parsed.names };
  if (value !== undefined) {
    const metavar = value.replace(/^\[=(.*)\]$/, '$1');
    option.metavar = metavar;
    if (parsed.optionalValue) {
      option.optionalValue = true;
    }
    const choices = choicesOf(metavar);
    if (choices) {
      option.choices = choices;
    }
  }
  if (help) {
    option.help = firstSentence(help);
  }
  return { option, needsHelp: !help };
}

function attachDefault(option: HelpOption, fullHelp: string): void {
  const value = option.metavar === undefined ? undefined : defaultOf(fullHelp);
  if (value !== undefined) {
    option.default = value;
  }
}

export function readHelpOptions(help: string): HelpOption[] {
  const options: HelpOption[] = [];
  let pending: { option: HelpOption; text: string[]; needsHelp: boolean } | undefined;
  const finish = (): void => {
    if (pending) {
      const text = pending.text.join(' ');
      if (pending.needsHelp && text) {
        pending.option.help = firstSentence(text);
      }
      attachDefault(pending.option, `${pending.option.help ?? ''} ${text}`);
      merge(options, pending.option);
      pending = undefined;
    }
  };
  for (const line of help.split('\n')) {
    const parsed = /^\s+'?-/.test(line) ? entry(line) : undefined;
    if (parsed) {
      finish();
      pending = { ...parsed, text: [] };
    } else if (pending && /^\s{6,}\S/.test(line)) {
      // A wrapped description, or the description of an option alone on its line.
      pending.text.push(line.trim());
    } else {
      finish();
    }
  }
  finish();
  return options;
}

/** guestfish lists `-h|--cmd-help` twice, with and without its value: one option. */
function merge(options: HelpOption[], option: HelpOption): void {
  const same = options.find((known) => known.names.some((name) => option.names.includes(name)));
  if (!same) {
    options.push(option);
    return;
  }
  for (const name of option.names) {
    if (!same.names.includes(name)) {
      same.names.push(name);
    }
  }
  same.metavar ??= option.metavar;
  same.help ??= option.help;
  same.choices ??= option.choices;
  same.default ??= option.default;
}
