"""The real clients' own parsers, offline, for test/lib/check/real-tools.test.ts.

One process for the whole test. Each stdin line is a JSON request; each stdout line the answer:
  {"op": "parse", "tool": "cinder", "argv": ["extend", "vol1", "20"], "files": []}
    -> {"ok": true, "command": "extend", "ns": {...}, "defaults": {...}}
       or {"ok": false, "error": "..."}
  {"op": "describe", "tool": "cinder", "command": "extend"}
    -> {"ok": true, "actions": [{dest, options, nargs, int, choices, default, hidden}, ...]}
`files` names local files to create first, in a scratch directory (swift upload checks that its
files exist before any request). Parsers are built as src-main/cli/grammar/argparse_dump.py
builds them (as each shell does, with no network access), once per tool or sub-command. Parsing
runs the code path of the shell's main(): cliff's global parse_known_args then the command's
parser (openstack); the sub-command parser over the whole line (cinder, glance, nova,
cloud-init); swiftclient's st_<command> up to the SwiftService call it would make, recorded as
the operation.
"""

import argparse
import contextlib
import inspect
import io
import json
import logging
import os
import sys
import tempfile


class ParseError(Exception):
    pass


class Stop(BaseException):
    """swift: the SwiftService call the command would make, recorded instead of made (not an
    Exception: the commands report any Exception they catch as their own error)."""

    def __init__(self, operation):
        super().__init__("stop")
        self.operation = operation


def raising_error(self, message):
    raise ParseError(message)


def raising_exit(self, status=0, message=None):
    raise ParseError(message or "exit %s" % status)


def patch_errors():
    """Every ArgumentParser class (cinderclient's and novaclient's override error()) raises."""
    seen = set()
    pending = [argparse.ArgumentParser]
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        cls.error = raising_error
        cls.exit = raising_exit
        pending.extend(cls.__subclasses__())


def jsonable(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if callable(value):
        return "<callable %s>" % getattr(value, "__qualname__", type(value).__name__)
    return "<%s %s>" % (type(value).__name__, value)


def is_int_type(kind):
    if kind is None or kind is str:
        return False
    if kind is int:
        return True
    try:
        parsed = kind("12")
    except Exception:
        return False
    try:
        kind("not-a-number")
    except Exception:
        return isinstance(parsed, int) and not isinstance(parsed, bool)
    return False


def describe_parser(parser):
    actions = []
    for action in parser._actions:
        if isinstance(action, (argparse._SubParsersAction, argparse._HelpAction,
                               argparse._VersionAction)):
            continue
        nargs = action.nargs
        if nargs is None:
            nargs = 1
        elif nargs == argparse.REMAINDER:
            nargs = "*"
        actions.append({
            "dest": action.dest,
            "options": list(action.option_strings),
            "nargs": nargs,
            "int": is_int_type(action.type),
            "choices": None if action.choices is None else [str(c) for c in action.choices],
            "default": jsonable(parser.get_default(action.dest)),
            "hidden": action.help == argparse.SUPPRESS,
        })
    return actions


def defaults_of(parser):
    return {a.dest: jsonable(parser.get_default(a.dest)) for a in parser._actions
            if a.dest != argparse.SUPPRESS}


def chosen_subparser(parser, name):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices.get(name)
    return None


class SubparserShell:
    """cinder, glance, nova: one parser with a sub-parser per command, over the whole line."""

    def __init__(self, parser, prepare=lambda argv: argv):
        self.parser = parser
        self.prepare = prepare

    def parse(self, argv):
        ns = vars(self.parser.parse_args(self.prepare(list(argv))))
        func = ns.get("func")
        command = getattr(func, "__name__", "")
        command = command[3:].replace("_", "-") if command.startswith("do_") else command
        sub = chosen_subparser(self.parser, command)
        defaults = defaults_of(self.parser)
        if sub is not None:
            defaults.update(defaults_of(sub))
        return command, ns, defaults

    def describe(self, command):
        sub = chosen_subparser(self.parser, command)
        if sub is None:
            raise ParseError("no sub-command " + command)
        return describe_parser(sub)


def cinder_shell():
    from cinderclient import api_versions, shell

    cinder = shell.OpenStackCinderShell()
    version = api_versions.APIVersion(api_versions.MAX_VERSION)
    parser = cinder.get_subcommand_parser(version, False, [])
    # main() runs the line through _delimit_metadata_args before parsing it.
    return SubparserShell(parser, cinder._delimit_metadata_args)


def nova_shell():
    import novaclient
    from novaclient import shell

    nova = shell.OpenStackComputeShell()
    nova.extensions = []
    return SubparserShell(nova.get_subcommand_parser(novaclient.API_MAX_VERSION, do_help=False,
                                                     argv=[]))


def glance_shell():
    from glanceclient import shell

    glance = shell.OpenStackImagesShell()
    return SubparserShell(glance.get_subcommand_parser(2, []))


class OpenstackShell:
    """cliff: App.run's parse_known_args of the global options, then find_command, then the
    command's own parser over what is left (App.run_subcommand)."""

    def __init__(self):
        from openstackclient import shell
        from openstackclient.common import clientmanager

        self.app = shell.OpenStackShell()
        manager = self.app.command_manager
        for module in clientmanager.PLUGIN_MODULES:
            default = getattr(module, "DEFAULT_API_VERSION", None)
            if default:
                major = str(default).replace(".", "_").split("_")[0]
                manager.add_command_group(
                    "openstack." + module.API_NAME.replace("-", "_") + ".v" + major)
        manager.add_command_group("openstack.common")
        manager.add_command_group("openstack.extension")
        self.parsers = {}

    def full_name(self, name):
        """find_command takes a unique prefix of each word (`vol list`): the command it found."""
        from cliff import commandmanager

        manager = self.app.command_manager
        name = manager._legacy.get(name, name)
        if name in manager.commands:
            return name
        return commandmanager._get_commands_by_partial_name(name.split(), manager.commands)[0]

    def command_parser(self, name):
        if name not in self.parsers:
            factory, found, _ = self.app.command_manager.find_command(name.split())
            command = factory(self.app, None, cmd_name=found)
            self.parsers[name] = command.get_parser("openstack " + found)
        return self.parsers[name]

    def parse(self, argv):
        options, remainder = self.app.parser.parse_known_args(list(argv))
        try:
            _, name, sub_argv = self.app.command_manager.find_command(remainder)
        except ValueError as error:
            raise ParseError(str(error))
        full = self.full_name(name)
        parser = self.command_parser(full)
        ns = vars(parser.parse_args(sub_argv))
        ns["<global>"] = vars(options)
        defaults = defaults_of(parser)
        defaults["<global>"] = jsonable(vars(self.app.parser.parse_known_args([])[0]))
        return full, ns, defaults

    def describe(self, command):
        return describe_parser(self.command_parser(command))


class CloudInitShell:
    """cloud-init builds its parser in main(), with a sub-command's options only when that
    sub-command is on the line: built per sub-command, stopped where it would parse."""

    def __init__(self):
        self.parsers = {}

    def parser_for(self, name):
        if name not in self.parsers:
            from cloudinit.cmd import main

            class Captured(Exception):
                pass

            def capture(parser, *args, **kwargs):
                raise Captured(parser)

            original = argparse.ArgumentParser.parse_args
            argparse.ArgumentParser.parse_args = capture
            try:
                main.main(["cloud-init"] + ([name] if name else []))
            except Captured as captured:
                self.parsers[name] = captured.args[0]
            finally:
                argparse.ArgumentParser.parse_args = original
        return self.parsers[name]

    def parse(self, argv):
        # main() loads a sub-command's options when it is the first word, whatever that word is.
        name = argv[0] if argv else ""
        parser = self.parser_for(name)
        ns = vars(parser.parse_args(list(argv)))
        if "action" not in ns:
            # main() goes on with `(name, functor) = args.action`: an AttributeError.
            raise ParseError("'Namespace' object has no attribute 'action'")
        command = ns.get("subcommand") or name
        sub = chosen_subparser(parser, command)
        defaults = defaults_of(parser)
        if sub is not None:
            defaults.update(defaults_of(sub))
        return command, ns, defaults

    def describe(self, command):
        sub = chosen_subparser(self.parser_for(command), command)
        if sub is None:
            raise ParseError("no sub-command " + command)
        return describe_parser(sub)


class SwiftShell:
    """swiftclient: main() reads the global options with parse_known_args, then st_<command>
    adds its own to the same parser, parses, checks its positionals and calls SwiftService.
    The call is recorded (method, container, objects and the options it is given), with the
    metadata and headers split as SwiftService splits them."""

    def __init__(self):
        from swiftclient import service, shell

        self.shell = shell
        self.service = service

        def split(options):
            """Metadata and headers as SwiftService reads them (`k: v` is `k:v`)."""
            if not isinstance(options, dict):
                return options
            options = dict(options)
            for key in ("meta", "header"):
                if isinstance(options.get(key), list):
                    options[key] = service.split_headers(options[key])
            return options

        class Recorder:
            def __init__(self, options=None):
                self.options = options or {}

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                return False

            def __getattr__(self, method):
                def call(*args, **kwargs):
                    # By parameter name, defaults applied: download(c) is download(c, None).
                    bound = inspect.signature(getattr(service.SwiftService, method)).bind(
                        self, *args, **kwargs)
                    bound.apply_defaults()
                    arguments = dict(bound.arguments)
                    arguments.pop("self")
                    given = arguments.pop("options", None)
                    raise Stop({"method": method, "arguments": jsonable(arguments),
                                "options": jsonable(split(self.options)),
                                "call options": jsonable(split(given))})

                return call

        class Output:
            def error(self, message, *args):
                raise ParseError(message % args if args else message)

            def __getattr__(self, name):
                return lambda *args, **kwargs: None

        self.recorder = Recorder
        self.split = split
        self.output = Output

    def base_parser(self):
        parser = argparse.ArgumentParser(add_help=False)
        self.shell.add_default_args(parser)
        return parser

    def parse(self, argv):
        parser = self.base_parser()
        _, args = parser.parse_known_args(list(argv))
        if not args:
            raise ParseError("no sub-command")
        command = args[0]
        if command not in self.shell.commands:
            raise ParseError("no such command: %s" % command)
        handler = getattr(self.shell, "st_" + command)
        original = self.shell.SwiftService
        self.shell.SwiftService = self.recorder
        try:
            handler(parser, list(argv), self.output())
        except Stop as stop:
            # The options the command added to the parser are now in it: their defaults.
            defaults = self.split(defaults_of(parser))
            return command, stop.operation, {"options": defaults, "call options": defaults}
        except self.service.SwiftError as error:
            raise ParseError(str(error))
        except SystemExit as exiting:
            raise ParseError(str(exiting.code))
        finally:
            self.shell.SwiftService = original
        raise ParseError("%s made no SwiftService call" % command)

    def describe(self, command):
        parser = self.base_parser()
        inherited = {a.dest for a in parser._actions}
        own = getattr(self.shell, "st_" + command)(parser, [], None, return_parser=True)
        return [a for a in describe_parser(own) if a["dest"] not in inherited]


BUILDERS = {
    "cinder": cinder_shell,
    "cloud-init": CloudInitShell,
    "glance": glance_shell,
    "nova": nova_shell,
    "openstack": OpenstackShell,
    "swift": SwiftShell,
}


def quiet(run):
    noise = io.StringIO()
    with contextlib.redirect_stdout(noise), contextlib.redirect_stderr(noise):
        return run()


def main():
    logging.disable(logging.CRITICAL)
    # swift's parse_args insists on credentials before it reaches the command; any will do.
    os.environ.update({"ST_AUTH": "http://127.0.0.1:1/auth/v1.0", "ST_USER": "u", "ST_KEY": "k"})
    out = sys.stdout
    shells = {}
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        for line in sys.stdin:
            request = json.loads(line)
            tool = request["tool"]
            # Local files the line names (swift upload checks them before any request).
            for name in request.get("files", []):
                open(os.path.join(scratch, name), "a").close()
            sys.argv[0] = tool
            try:
                if tool not in shells:
                    shells[tool] = quiet(BUILDERS[tool])
                    patch_errors()
                shell = shells[tool]
                if request["op"] == "describe":
                    answer = {"ok": True,
                              "actions": quiet(lambda: shell.describe(request["command"]))}
                else:
                    command, ns, defaults = quiet(lambda: shell.parse(request["argv"]))
                    answer = {"ok": True, "command": command, "ns": jsonable(ns),
                              "defaults": jsonable(defaults)}
            except ParseError as error:
                answer = {"ok": False, "error": str(error)}
            except ImportError as error:
                answer = {"ok": False, "missing": True, "error": str(error)}
            except Exception as error:  # noqa: BLE001 - a driver fault, reported as one
                answer = {"ok": False, "crash": True, "error": repr(error)}
            out.write(json.dumps(answer, ensure_ascii=False, sort_keys=True) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
