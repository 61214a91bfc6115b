"""Reads the argparse parsers of the installed OpenStack clients and cloud-init, offline.

Run by src-main/cli/gen-grammar.ts with the interpreter the clients are installed for. Argument:
a JSON object {tool: [sub-command, ...]} naming the sub-commands whose full grammar is wanted.
Prints one JSON object {tool: {version, globalOptions, commands, knownCommands}} whose option and
positional entries already have the shape of src-renderer/lib/check/grammar/types.ts; swift's
sub-commands also carry their usage line (`usage`), since swift declares its positionals only
there. Each tool's parser is built the way its own shell builds it, without any network access.
"""

import argparse
import contextlib
import io
import json
import logging
import os
import re
import sys
import tempfile

REPEATING_ACTIONS = tuple(
    getattr(argparse, name)
    for name in ("_AppendAction", "_AppendConstAction", "_CountAction", "_ExtendAction")
    if hasattr(argparse, name)
)
# osc-lib's KeyValueAction and friends collect `--property k=v` given many times into one dict.
REPEATING_CLASS_NAME = re.compile(r"Append|KeyValue|Extend|Count")
REPEAT_HELP = re.compile(r"\brepeat(able| (this )?option)", re.IGNORECASE)


# A full stop that ends a sentence, not one of "e.g. sda" or "i.e. the".
SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.(\s|$)")


# osc-lib's auth options join every plugin's help into one run-on "sentence".
LONGEST_HELP = 200


def first_sentence(text):
    clean = re.sub(r"\s+", " ", text).strip()
    match = SENTENCE_END.search(clean)
    sentence = clean[: match.start() + 1] if match else clean
    if len(sentence) > LONGEST_HELP:
        sentence = sentence[: sentence.rfind(" ", 0, LONGEST_HELP)] + " …"
    return sentence


def value_type(action):
    """'int'/'float' when the option's type callable parses numbers only."""
    kind = action.type
    if kind is None or kind is str or isinstance(kind, argparse.FileType):
        return None
    if kind is int:
        return "int"
    if kind is float:
        return "float"
    # A helper such as cinderclient's `int` wrappers: judge it by what it does.
    with contextlib.suppress(Exception):
        parsed = kind("12")
        try:
            kind("not-a-number")
        except Exception:
            if isinstance(parsed, bool):
                return None
            if isinstance(parsed, int):
                return "int"
            if isinstance(parsed, float):
                return "float"
    return None


def arity(action):
    nargs = action.nargs
    if nargs is None:
        return 1
    if nargs == argparse.REMAINDER:
        return "*"
    return nargs


def help_text(parser, action):
    if not action.help or action.help == argparse.SUPPRESS:
        return None
    try:
        expanded = parser._get_formatter()._expand_help(action)
    except (KeyError, TypeError, ValueError):
        expanded = action.help
    return first_sentence(expanded) or None


def shown_default(action):
    default = action.default
    if default is None or default == argparse.SUPPRESS or isinstance(default, bool):
        return None
    if isinstance(default, (list, tuple, dict, set)) or default == "":
        return None
    return str(default)


def const_text(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def option_spec(parser, action, shared_dests):
    spec = {"names": list(action.option_strings), "dest": action.dest, "arity": arity(action)}
    if spec["arity"] != 0:
        metavar = action.metavar
        if isinstance(metavar, tuple):
            metavar = " ".join(metavar)
        if metavar is None and action.choices is None:
            metavar = action.dest.upper()
        if metavar:
            spec["metavar"] = metavar
    elif action.dest in shared_dests:
        const = const_text(getattr(action, "const", None))
        if const is not None:
            spec["const"] = const
    kind = value_type(action)
    if kind:
        spec["type"] = kind
    if action.choices is not None:
        spec["choices"] = choice_list(action.choices)
    default = shown_default(action) if spec["arity"] != 0 else None
    if default is not None:
        spec["default"] = default
    described = help_text(parser, action)
    if (
        isinstance(action, REPEATING_ACTIONS)
        or REPEATING_CLASS_NAME.search(type(action).__name__)
        or (action.help and REPEAT_HELP.search(action.help))
    ):
        spec["repeatable"] = True
    if action.required:
        spec["required"] = True
    if described:
        spec["help"] = described
    return spec


def positional_spec(parser, action):
    spec = {"name": action.dest, "arity": arity(action)}
    if isinstance(action.metavar, str) and action.metavar.strip("<>") != action.dest:
        spec["metavar"] = action.metavar
    kind = value_type(action)
    if kind:
        spec["type"] = kind
    if action.choices is not None:
        spec["choices"] = choice_list(action.choices)
    described = help_text(parser, action)
    if described:
        spec["help"] = described
    return spec


def choice_list(choices):
    """In the tool's order, unless it has none (a set)."""
    listed = [str(choice) for choice in choices]
    return sorted(listed) if isinstance(choices, (set, frozenset)) else listed


def is_subparsers(action):
    return isinstance(action, argparse._SubParsersAction)


def merge_aliases(options):
    """One entry per effect: cinder's hidden `--snapshot_id` next to `--snapshot-id` stores the
    same value in the same slot, so it is another spelling of it, not another option."""
    merged = {}
    for spec in options:
        effect = (
            spec["dest"],
            spec["arity"],
            spec.get("const"),
            spec.get("type"),
            tuple(spec.get("choices", ())),
        )
        if effect in merged:
            merged[effect]["names"] += spec["names"]
            for key, value in spec.items():
                merged[effect].setdefault(key, value)
        else:
            merged[effect] = spec
    dests = [spec["dest"] for spec in merged.values()]
    for spec in merged.values():
        if dests.count(spec["dest"]) == 1:
            spec.pop("const", None)
    return list(merged.values())


def grammar(parser, skip=frozenset()):
    """Options and positionals of one parser; `skip` names options inherited from elsewhere."""
    actions = [
        a for a in parser._actions if not is_subparsers(a) and not set(a.option_strings) & skip
    ]
    dests = [a.dest for a in actions if a.option_strings]
    shared = {dest for dest in dests if dests.count(dest) > 1}
    options = [option_spec(parser, a, shared) for a in actions if a.option_strings]
    return {
        "options": merge_aliases(options),
        "positionals": [positional_spec(parser, a) for a in actions if not a.option_strings],
    }


def global_options(parser):
    return grammar(parser)["options"]


def version_of(parser, prog):
    """What `<prog> --version` prints."""
    for action in parser._actions:
        if isinstance(action, argparse._VersionAction):
            return action.version.replace("%(prog)s", prog)
    raise LookupError("no --version in the parser of " + prog)


def subparser_choices(parser):
    for action in parser._actions:
        if is_subparsers(action):
            return action.choices
    raise LookupError("no sub-commands in the parser of " + parser.prog)


def from_subparsers(parser, prog, wanted):
    """A shell whose sub-commands are argparse sub-parsers: cinder, glance, nova."""
    choices = subparser_choices(parser)
    commands = {name: grammar(choices[name]) for name in wanted if name in choices}
    return {
        "abbreviations": all(p.allow_abbrev for p in [parser, *choices.values()]),
        "version": version_of(parser, prog),
        "globalOptions": global_options(parser),
        "commands": commands,
        "knownCommands": sorted(choices),
    }


def dump_cinder(wanted):
    from cinderclient import api_versions, shell

    cinder = shell.OpenStackCinderShell()
    version = api_versions.APIVersion(api_versions.MAX_VERSION)
    return from_subparsers(cinder.get_subcommand_parser(version, False, []), "cinder", wanted)


def dump_nova(wanted):
    import novaclient
    from novaclient import shell

    nova = shell.OpenStackComputeShell()
    nova.extensions = []
    parser = nova.get_subcommand_parser(novaclient.API_MAX_VERSION, do_help=False, argv=[])
    return from_subparsers(parser, "nova", wanted)


def dump_glance(wanted):
    """glance builds image-create/image-update's options from the image schema, and the image it
    sends is validated against that schema (warlock) before any request: a schema enum, which the
    help spells "Valid values: a, b", is the option's choices. `None` there means "no value"."""
    from glanceclient import shell

    glance = shell.OpenStackImagesShell()
    dumped = from_subparsers(glance.get_subcommand_parser(2, []), "glance", wanted)
    for command in dumped["commands"].values():
        for spec in command["options"]:
            listed = re.search(r"Valid values: ([\w.-]+(?:, [\w.-]+)*)$", spec.get("help", ""))
            if listed and "choices" not in spec:
                spec["choices"] = [v for v in listed.group(1).split(", ") if v != "None"]
                # The schema sees only the value the option ends with, not each use's.
                spec["choicesOfLastUse"] = True
    return dumped


def dump_openstack(wanted):
    """cliff: the command groups the shell loads for each API's default version."""
    from openstackclient import shell
    from openstackclient.common import clientmanager

    app = shell.OpenStackShell()
    manager = app.command_manager
    for module in clientmanager.PLUGIN_MODULES:
        default = getattr(module, "DEFAULT_API_VERSION", None)
        if default:
            major = str(default).replace(".", "_").split("_")[0]
            manager.add_command_group(
                "openstack." + module.API_NAME.replace("-", "_") + ".v" + major
            )
    manager.add_command_group("openstack.common")
    manager.add_command_group("openstack.extension")
    known = sorted(name for name, _ in manager)
    commands = {}
    parsers = [app.parser]
    for name in wanted:
        if name not in known:
            continue
        factory, found, _ = manager.find_command(name.split())
        command = factory(app, None, cmd_name=found)
        parsers.append(command.get_parser("openstack " + found))
        commands[name] = grammar(parsers[-1])
    return {
        "abbreviations": all(p.allow_abbrev for p in parsers),
        "version": version_of(app.parser, "openstack"),
        "globalOptions": global_options(app.parser),
        "commands": commands,
        "knownCommands": known,
    }


def dump_swift(wanted):
    """swiftclient: each `st_<cmd>` adds its options to a parser it is handed; its positionals
    are only in `st_<cmd>_options`, the usage line the shell prints."""
    from swiftclient import shell

    base = argparse.ArgumentParser(prog="swift", add_help=False)
    base.add_argument("--version", action="version", version="python-swiftclient " + shell.client_version)
    base.add_argument("-h", "--help", action="store_true")
    shell.add_default_args(base)
    inherited = {name for a in base._actions for name in a.option_strings}
    commands = {}
    for name in wanted:
        if name not in shell.commands:
            continue
        parser = argparse.ArgumentParser(prog="swift " + name, add_help=False)
        shell.add_default_args(parser)
        parser = getattr(shell, "st_" + name)(parser, [], None, return_parser=True)
        command = grammar(parser, skip=inherited)
        command["usage"] = re.sub(r"\s+", " ", getattr(shell, "st_%s_options" % name)).strip()
        commands[name] = command
    # The shell builds each sub-command's parser as above: ArgumentParser's defaults.
    return {
        "abbreviations": base.allow_abbrev,
        "version": version_of(base, "swift"),
        "globalOptions": global_options(base),
        "commands": commands,
        "knownCommands": sorted(shell.commands),
    }


class Captured(Exception):
    def __init__(self, parser):
        super().__init__(parser.prog)
        self.parser = parser


def dump_cloud_init(wanted):
    """cloud-init builds its parser inside main() and adds a sub-command's options only when
    that sub-command is on the command line: build it once per sub-command and stop it at
    parse time."""
    from cloudinit.cmd import main

    def capture(self, *args, **kwargs):
        raise Captured(self)

    def parser_for(argv):
        original = argparse.ArgumentParser.parse_args
        argparse.ArgumentParser.parse_args = capture
        try:
            main.main(argv)
        except Captured as captured:
            return captured.parser
        finally:
            argparse.ArgumentParser.parse_args = original
        raise LookupError("cloud-init main() did not parse its arguments")

    top = parser_for(["cloud-init"])
    choices = subparser_choices(top)
    commands = {}
    parsers = [top]
    for name in wanted:
        if name in choices:
            parsers.append(subparser_choices(parser_for(["cloud-init", name]))[name])
            commands[name] = grammar(parsers[-1])
    return {
        "abbreviations": all(p.allow_abbrev for p in parsers),
        "version": version_of(top, "cloud-init"),
        "globalOptions": global_options(top),
        "commands": commands,
        "knownCommands": sorted(choices),
    }


def optparse_spec(option):
    """An optparse option (swift-ring-builder) in the same shape as an argparse one."""
    import optparse

    spec = {
        "names": option._short_opts + option._long_opts,
        "dest": option.dest,
        "arity": option.nargs if option.takes_value() else 0,
    }
    if option.takes_value():
        spec["metavar"] = option.metavar or option.dest.upper()
        kind = {"int": "int", "long": "int", "float": "float"}.get(option.type)
        if kind:
            spec["type"] = kind
        if option.choices:
            spec["choices"] = [str(choice) for choice in option.choices]
        if option.default not in (None, "") and option.default != optparse.NO_DEFAULT:
            spec["default"] = str(option.default)
    if option.action in ("append", "append_const", "count"):
        spec["repeatable"] = True
    if option.help and option.help != optparse.SUPPRESS_HELP:
        spec["help"] = first_sentence(option.help)
    if option.action == "help":
        spec["dest"] = "help"
    return spec


def dump_swift_ring_builder(wanted):
    """swift-ring-builder: one function per command in `Commands`, its docstring the usage.
    Options come from the optparse parsers the commands build (the device options of
    swift.common.ring.utils.parse_args, or rebalance's and dispersion's own), captured by running
    each command on a scratch builder and stopping it when it parses; positional types from the
    `int(argv[n])` / `float(argv[n])` conversions in the command's code."""
    import inspect
    import optparse

    from swift.cli import ringbuilder
    from swift.common.ring import RingBuilder, utils

    def capture(self, *args, **kwargs):
        raise Captured(self)

    def options_of(name):
        builder = RingBuilder(4, 1, 1)
        builder.add_dev({"region": 1, "zone": 1, "ip": "127.0.0.1", "port": 6200,
                         "device": "sda", "weight": 1})
        builder.rebalance()
        path = os.path.abspath("scratch.builder")
        builder.save(path)
        ringbuilder.builder = builder
        ringbuilder.builder_file = path
        ringbuilder.ring_file = os.path.abspath("scratch.ring.gz")
        ringbuilder.backup_dir = os.path.abspath("backups")
        # Enough arguments that no command stops at its own argument count before parsing.
        ringbuilder.argv = ["swift-ring-builder", path, name, "--yes", "a", "b", "c", "d"]
        original = optparse.OptionParser.parse_args
        optparse.OptionParser.parse_args = capture
        try:
            getattr(ringbuilder.Commands, name)()
        except Captured as captured:
            return [optparse_spec(o) for o in captured.parser.option_list]
        except (Exception, SystemExit):
            return []
        finally:
            optparse.OptionParser.parse_args = original
        return []

    def device_format_switches():
        """The options after which a device command reads no positional devices (validate_args'
        new_cmd_format): those that switch it, given a value, to the `--region … --weight` form."""
        options, _ = utils.parse_args([])
        switches = []
        for dest in vars(options):
            flag = "--" + dest.replace("_", "-")
            with contextlib.suppress(Exception, SystemExit):
                # "1": a value every option accepts (ints, floats, strings) and that is not falsy.
                if utils.validate_args([flag, "1"])[0]:
                    switches.append(flag)
        return switches

    def forms(doc):
        found = []
        for line in inspect.cleandoc(doc).split("\n"):
            text = line.strip()
            if line.startswith("swift-ring-builder"):
                found.append([text])
            elif found and found[-1] is not None and text and not re.match(r"[A-Za-z]", text):
                found[-1].append(text)
            elif found:
                found.append(None)
        return [" ".join(form) for form in found if form]

    names = {"" if c == "default" else c: c for c in dir(ringbuilder.Commands)
             if not c.startswith("_") and getattr(ringbuilder.Commands, c).__doc__}
    commands = {}
    for name in wanted:
        if name not in names:
            continue
        function = getattr(ringbuilder.Commands, names[name])
        types = {
            int(index) - 3: {"int": "int", "float": "float"}[kind]
            for kind, index in re.findall(r"\b(int|float)\(argv\[(\d+)\]\)",
                                          inspect.getsource(function))
        }
        # Values the command's argument helpers convert with float() (`float(weightstr)` in
        # _parse_add_values and _parse_set_weight_values): the slots of that name are numbers.
        helpers = [getattr(ringbuilder, called) for called in
                   re.findall(r"\b(_parse_\w+)\(", inspect.getsource(function))
                   if hasattr(ringbuilder, called)]
        floats = sorted({re.sub(r"str$", "", variable)
                         for helper in helpers
                         for variable in re.findall(r"\bfloat\((\w+)\)", inspect.getsource(helper))})
        commands[name] = {
            "forms": forms(function.__doc__),
            "floatWords": floats,
            "options": options_of(names[name]),
            "positionalTypes": {str(i): kind for i, kind in sorted(types.items())},
        }
    return {
        # optparse always accepts a unique prefix of a long option (OptionParser._match_long_opt).
        "abbreviations": hasattr(optparse.OptionParser, "_match_long_opt"),
        "deviceFormatSwitches": device_format_switches(),
        "version": "swift-ring-builder %s.%s" % (ringbuilder.MAJOR_VERSION,
                                                 ringbuilder.MINOR_VERSION),
        "globalOptions": [],
        "commands": commands,
        "knownCommands": sorted(names),
    }


DUMPERS = {
    "cinder": dump_cinder,
    "cloud-init": dump_cloud_init,
    "glance": dump_glance,
    "nova": dump_nova,
    "openstack": dump_openstack,
    "swift": dump_swift,
    "swift-ring-builder": dump_swift_ring_builder,
}


def main():
    wanted = json.loads(sys.argv[1])
    logging.disable(logging.CRITICAL)
    result = {}
    # Run where nothing can be read or written by accident (argparse FileType, caches).
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        for tool in sorted(wanted):
            # Parsers that name themselves after sys.argv[0] (cliff) name the tool.
            sys.argv[0] = tool
            noise = io.StringIO()
            with contextlib.redirect_stdout(noise), contextlib.redirect_stderr(noise):
                result[tool] = DUMPERS[tool](wanted[tool])
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
