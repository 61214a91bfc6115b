"""
Debian's swift in one long-lived python process for the tests: each JSON request line on stdin
gets one JSON answer line on stdout. Running swift-ring-builder's own main() here is what
/usr/bin/swift-ring-builder does, without paying python's and swift's start-up per command.

  {"op": "ring-builder", "cwd": dir, "argv": [...]} -> {"stdout", "stderr", "code"}
  {"op": "load-ring", "file": path}                  -> {"partShift", "rows", "devs"}
  {"op": "python", "script": src, "input": value}    -> {"value"}: what the script prints (JSON)
"""
import contextlib
import io
import json
import logging
import os
import sys
import traceback

from swift.cli import ringbuilder
from swift.common.ring import RingData

REAL_STDOUT = sys.stdout
REAL_STDIN = sys.stdin
# `rebalance --debug` adds a handler to this logger on every call; a new process starts clean.
BUILDER_LOG = logging.getLogger('swift.ring.builder')


def run_ring_builder(cwd, argv):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    os.chdir(cwd)
    sys.stdin = io.StringIO('')
    # ringbuilder imported sys.stdout and sys.stderr by name, so they are swapped there too
    ringbuilder.stdout, ringbuilder.stderr = out, err
    handlers, level = list(BUILDER_LOG.handlers), BUILDER_LOG.level
    # the globals main() sets: unset, as in a new process
    for name in ('builder', 'builder_file', 'ring_file', 'backup_dir'):
        vars(ringbuilder).pop(name, None)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                # sys.argv as the real command has it: the tool's path, then the arguments
                sys.argv = ['/usr/bin/swift-ring-builder'] + argv
                result = ringbuilder.main(sys.argv)
                code = result or 0
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
                if isinstance(e.code, str):
                    print(e.code, file=sys.stderr)
            except Exception:
                # /usr/bin/swift-ring-builder's excepthook: the traceback, then exit status 2
                traceback.print_exc()
                code = 2
    finally:
        sys.stdin = REAL_STDIN
        BUILDER_LOG.handlers, BUILDER_LOG.level = handlers, level
    return {'stdout': out.getvalue(), 'stderr': err.getvalue(), 'code': code}


def load_ring(path):
    r = RingData.load(path)
    return {
        'partShift': r._part_shift,
        'rows': [list(a) for a in r._replica2part2dev_id],
        'devs': len([d for d in r.devs if d]),
    }


def run_python(script, value):
    out = io.StringIO()
    sys.stdin = io.StringIO(json.dumps(value))
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(script, '<test script>', 'exec'), {'__name__': '__main__'})
    finally:
        sys.stdin = REAL_STDIN
    return {'value': json.loads(out.getvalue())}


def answer(request):
    op = request['op']
    if op == 'ring-builder':
        return run_ring_builder(request['cwd'], request['argv'])
    if op == 'load-ring':
        return load_ring(request['file'])
    if op == 'python':
        return run_python(request['script'], request['input'])
    raise ValueError('unknown op %r' % op)


for line in REAL_STDIN:
    try:
        reply = {'ok': answer(json.loads(line))}
    except BaseException as e:  # noqa: a failed request must not end the session
        reply = {'error': '%s: %s\n%s' % (type(e).__name__, e, traceback.format_exc())}
    REAL_STDOUT.write(json.dumps(reply) + '\n')
    REAL_STDOUT.flush()
