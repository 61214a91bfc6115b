/**
 * The shape of the command grammars that `npm run gen:grammar` reads from the installed tools
 * (argparse parsers where they can be introspected, usage text elsewhere). The data is
 * generated and committed; the checker parses both the expected and the typed command with it.
 */

/** How many values an option or positional takes, in argparse's terms. */
export type Arity = 0 | 1 | '?' | '*' | '+' | number;

/**
 * `size`: qemu's size syntax (qemu_strtosz): a number with an optional k/K/M/G/T/P/E suffix,
 * or a `b`/`B` for bytes (`10G`, `512M`, `1.5G`).
 */
export type ValueType = 'string' | 'int' | 'float' | 'size';

export interface OptionSpec {
  /** Every spelling the tool accepts: `['-r', '--recursive']`. */
  names: string[];
  /** The tool's own name for the option's slot (argparse `dest`), shared by its aliases. */
  dest: string;
  /** 0 for a flag. */
  arity: Arity;
  /** The value's name in the tool's help (`<container>`, `SIZE`), for feedback. */
  metavar?: string;
  type?: ValueType;
  choices?: string[];
  /**
   * The choices are checked on the value the option ends with (glance's image schema), not on
   * each use as argparse checks its own: `--disk-format x --disk-format qcow2` is qcow2.
   */
  choicesOfLastUse?: boolean;
  /** The value the tool uses when the option is left out, as the user would type it. */
  default?: string;
  /** Given more than once, each use adds (argparse `append`, `count`, `-m` metadata items). */
  repeatable?: boolean;
  required?: boolean;
  /**
   * For a flag that shares its `dest` with other flags, the value it stores there: openstack's
   * `--public` / `--private` both set `visibility`, to different values, so they are alternatives,
   * not aliases. Absent when no other option writes the same `dest`.
   */
  const?: string;
  /** What the option does, the first sentence of its help, for "this adds …" notes. */
  help?: string;
}

export interface PositionalSpec {
  /** argparse `dest` or the usage text's metavar: `volume`, `new_size`, `image`. */
  name: string;
  /** The value's name in the tool's help when it is not `name`: `<image>` for `images`. */
  metavar?: string;
  arity: Arity;
  type?: ValueType;
  choices?: string[];
  help?: string;
  /**
   * An optional slot whose value changes what the command acts on, not only how: swift's
   * `[<object>]` after `<container>` (`swift delete c o` deletes an object, not the container).
   * Absent for an argparse `?` slot, which the parser fills with its default when left out.
   */
  narrows?: boolean;
}

export interface CommandGrammar {
  options: OptionSpec[];
  positionals: PositionalSpec[];
  /** Options and positionals may interleave (argparse: yes; some usage-text tools: no). */
  interspersed?: boolean;
  /** The usage line this grammar was read from, for tools read from usage text. */
  usage?: string;
  /**
   * Other complete forms of the same sub-command; a line is valid when it fits this grammar or
   * one of these. swift-ring-builder's `add <device> <weight>` or `add --region … --weight …`;
   * `qemu-nbd [OPTIONS] filename` or `qemu-nbd -L [OPTIONS]`.
   */
  alternatives?: CommandForm[];
}

/** One more form of a command: its own positionals, and its own options when they differ. */
export interface CommandForm {
  positionals: PositionalSpec[];
  /** Absent: the same options as the command's main form. */
  options?: OptionSpec[];
  usage?: string;
}

export interface ToolGrammar {
  /** Where the grammar came from: a parser, or usage/--help text. */
  source: 'argparse' | 'usage';
  /** The installed version it was read from, as the tool prints it. */
  version: string;
  /** Options accepted before the sub-command (`openstack --os-cloud x …`). */
  globalOptions: OptionSpec[];
  /**
   * The global options are also accepted after the sub-command, anywhere on the line (cliff's
   * and swift's parsers read them from the whole line; cinder's, glance's and nova's do not).
   */
  globalOptionsAnywhere?: boolean;
  /**
   * Short options can be bundled and take their value attached, as getopt and argparse allow:
   * `-av` = `-a -v`, `-Oqcow2` = `-O qcow2`. Absent when the tool does not allow it.
   */
  bundling?: boolean;
  /**
   * A long option may be shortened to any prefix that names only one option (`--recur` =
   * `--recursive`), as argparse (unless `allow_abbrev=False`) and getopt_long accept.
   */
  abbreviations?: boolean;
  /**
   * Each sub-command word may be shortened to a prefix, when the prefixes name only one known
   * command of that many words (cliff's CommandManager.find_command: `openstack volu list`).
   */
  commandPrefixes?: boolean;
  /**
   * `--` is an ordinary word, not the end of the options: swiftclient takes the words
   * parse_known_args leaves over, `--` among them (`swift post -- c` posts to container `--`).
   */
  doubleDashIsWord?: boolean;
  /**
   * The sub-command must be the first word after the tool: cloud-init's main() adds a
   * sub-command's options and action only when it is `argv[1]`, so `cloud-init --debug clean`
   * fails.
   */
  subCommandFirst?: boolean;
  /**
   * Positionals written between the tool name and the sub-command:
   * `swift-ring-builder <builder_file> add …` has `[{ name: 'builder_file', arity: 1 }]`.
   */
  leadingPositionals?: PositionalSpec[];
  /**
   * Keyed by the sub-command words joined with one space: `'image create'`, `'list'`,
   * `'volume-attach'`; `''` for a tool without sub-commands (`kpartx`, `losetup`).
   */
  commands: Record<string, CommandGrammar>;
  /**
   * Every sub-command the tool has, whether or not its grammar is in `commands` (the data keeps
   * full grammars only for what decks use): enough to call a sub-command unknown and to suggest
   * the nearest one.
   */
  knownCommands: string[];
  /**
   * Commands of the tool's own shell, by name (guestfish's `run`, `mount`, `list-filesystems`):
   * typed at its `><fs>` prompt, or after its options on its command line. Full grammars only
   * for the ones decks use; `knownShellCommands` has every name `guestfish -h` lists (aliases
   * such as `run` among them) and the unlisted ones a deck uses that guestfish takes (`exit`).
   */
  shellCommands?: Record<string, CommandGrammar>;
  knownShellCommands?: string[];
}

export interface GrammarData {
  /** Keyed by the program name as typed: `openstack`, `cinder`, `qemu-img`, `guestfish`. */
  tools: Record<string, ToolGrammar>;
}
