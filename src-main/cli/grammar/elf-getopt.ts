/**
 * The option tables compiled into a C program that parses its command line with getopt_long:
 * its short-option strings (`"a:c:d:im:no:rvVwx"`) and its `struct option` arrays (`{"add", 1,
 * NULL, 'a'}`), read from the x86-64 ELF file itself. A tool's hand-written --help can forget
 * that an option takes a value (guestmount's `--dir-cache-timeout`); its getopt tables cannot.
 */
import { readFileSync } from 'node:fs';

export interface LongOption {
  name: string;
  /** getopt's has_arg: 0 no value, 1 a value, 2 an optional value (`--opt=value` only). */
  hasArg: 0 | 1 | 2;
  /** What getopt_long returns for it: the short option's character when it has one. */
  val: number;
}

export interface GetoptTables {
  /** Strings of the program that read as getopt short-option strings. */
  optstrings: string[];
  /** Every `struct option` array, in file order. */
  longOptions: LongOption[][];
}

const PT_LOAD = 1;
const R_X86_64_RELATIVE = 8;
const EM_X86_64 = 62;
/** `{ const char *name; int has_arg; int *flag; int val; }` on x86-64, padded to 32 bytes. */
const STRUCT_OPTION_SIZE = 32;

interface Segment {
  offset: number;
  vaddr: number;
  size: number;
}

class Elf {
  private readonly segments: Segment[] = [];
  /** R_X86_64_RELATIVE: the pointer stored at an address once the program is loaded. */
  readonly relocated = new Map<number, number>();

  constructor(private readonly data: Buffer) {
    if (data[4] !== 2 || data[5] !== 1) {
      throw new Error('not a little-endian 64-bit ELF file');
    }
    if (data.readUInt16LE(0x12) !== EM_X86_64) {
      throw new Error('not an x86-64 ELF file');
    }
    const phoff = Number(data.readBigUInt64LE(0x20));
    const phentsize = data.readUInt16LE(0x36);
    for (let i = 0; i < data.readUInt16LE(0x38); i++) {
      const at = phoff + i * phentsize;
      if (data.readUInt32LE(at) === PT_LOAD) {
        this.segments.push({
          offset: Number(data.readBigUInt64LE(at + 8)),
          vaddr: Number(data.readBigUInt64LE(at + 16)),
          size: Number(data.readBigUInt64LE(at + 32)),
        });
      }
    }
    const shoff = Number(data.readBigUInt64LE(0x28));
    const shentsize = data.readUInt16LE(0x3a);
    const headers = Array.from({ length: data.readUInt16LE(0x3c) }, (_, i) => {
      const at = shoff + i * shentsize;
      return {
        type: data.readUInt32LE(at + 4),
        offset: Number(data.readBigUInt64LE(at + 24)),
        size: Number(data.readBigUInt64LE(at + 32)),
      };
    });
    for (const header of headers) {
      // SHT_RELA
      if (header.type === 4) {
        for (let at = header.offset; at + 24 <= header.offset + header.size; at += 24) {
          if (Number(data.readBigUInt64LE(at + 8) & 0xffffffffn) === R_X86_64_RELATIVE) {
            this.relocated.set(
              Number(data.readBigUInt64LE(at)),
              Number(data.readBigInt64LE(at + 16)),
            );
          }
        }
      }
    }
  }

  fileOffset(vaddr: number): number | undefined {
    const segment = this.segments.find((s) => vaddr >= s.vaddr && vaddr < s.vaddr + s.size);
    return segment ? vaddr - segment.vaddr + segment.offset : undefined;
  }

  cString(offset: number): string {
    const end = this.data.indexOf(0, offset);
    return this.data.toString('latin1', offset, end < 0 ? offset : end);
  }

  pointerAt(vaddr: number): number | undefined {
    const relocated = this.relocated.get(vaddr);
    if (relocated !== undefined) {
      return relocated;
    }
    const offset = this.fileOffset(vaddr);
    return offset === undefined ? undefined : Number(this.data.readBigUInt64LE(offset));
  }

  int32At(vaddr: number): number | undefined {
    const offset = this.fileOffset(vaddr);
    return offset === undefined || offset + 4 > this.data.length
      ? undefined
      : this.data.readInt32LE(offset);
  }

  stringAt(vaddr: number): string | undefined {
    const offset = this.fileOffset(vaddr);
    return offset === undefined ? undefined : this.cString(offset);
  }
}

const OPTION_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const OPTSTRING = /^[+:-]?:?(?:[A-Za-z0-9?](?:::?)?){2,}$/;

/** The struct option entry at `vaddr`, or undefined when what is there is not one. */
function entryAt(elf: Elf, vaddr: number): LongOption | undefined {
  const namePointer = elf.relocated.get(vaddr);
  const hasArg = elf.int32At(vaddr + 8);
  const val = elf.int32At(vaddr + 24);
  if (namePointer === undefined || hasArg === undefined || val === undefined) {
    return undefined;
  }
  const name = elf.stringAt(namePointer);
  if (!name || !OPTION_NAME.test(name) || (hasArg !== 0 && hasArg !== 1 && hasArg !== 2)) {
    return undefined;
  }
  return { name, hasArg, val };
}

/** An all-zero entry ends every struct option array. */
function isTerminator(elf: Elf, vaddr: number): boolean {
  return (
    !elf.relocated.has(vaddr) &&
    elf.pointerAt(vaddr) === 0 &&
    elf.int32At(vaddr + 8) === 0 &&
    elf.int32At(vaddr + 24) === 0
  );
}

function longOptionArrays(elf: Elf): LongOption[][] {
  const arrays: LongOption[][] = [];
  const taken = new Set<number>();
  for (const start of [...elf.relocated.keys()].sort((a, b) => a - b)) {
    if (taken.has(start) || !entryAt(elf, start) || entryAt(elf, start - STRUCT_OPTION_SIZE)) {
      continue;
    }
    const entries: LongOption[] = [];
    let at = start;
    for (let entry = entryAt(elf, at); entry; entry = entryAt(elf, at)) {
      entries.push(entry);
      taken.add(at);
      at += STRUCT_OPTION_SIZE;
    }
    if (isTerminator(elf, at)) {
      arrays.push(entries);
    }
  }
  return arrays;
}

/** Every string of the file that reads as an option string; the caller picks the tool's own. */
function optstrings(data: Buffer): string[] {
  const found = new Set<string>();
  for (const candidate of data.toString('latin1').split('\0')) {
    // A real option string has at least one option that takes a value, or starts with `+`/`:`.
    if (OPTSTRING.test(candidate) && /[:+]/.test(candidate)) {
      found.add(candidate);
    }
  }
  return [...found];
}

/** A script (virt-copy-in is one) has no compiled tables: its options come from its help. */
export function readGetoptTables(program: string): GetoptTables {
  const data = readFileSync(program);
  if (data.length < 4 || data.readUInt32BE(0) !== 0x7f454c46) {
    return { optstrings: [], longOptions: [] };
  }
  const elf = new Elf(data);
  return { optstrings: optstrings(data), longOptions: longOptionArrays(elf) };
}

/** `"a:c:m::v"` → `{ a: 1, c: 1, m: 2, v: 0 }`, in getopt's has_arg terms. */
export function parseOptstring(optstring: string): Map<string, 0 | 1 | 2> {
  const options = new Map<string, 0 | 1 | 2>();
  const body = optstring.replace(/^[+-]?:?/, '');
  for (const match of body.matchAll(/([A-Za-z0-9?])(::?)?/g)) {
    const colons = match[2]?.length ?? 0;
    options.set(match[1] ?? '', colons === 2 ? 2 : colons === 1 ? 1 : 0);
  }
  return options;
}
