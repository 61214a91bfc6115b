"""The real swift (Debian's python3-swift) answering the parametric ring cards' questions.

Reads one JSON document on stdin and writes one on stdout, so a single process answers every
drawn card:
  readings: [{ring, reading, seeds}] -> the reading after swift's own rebalance, per seed
  commands: [{before, file, argvs}]  -> for each argv, swift-ring-builder's exit code and the
                                        builder file `file` afterwards (null when absent)
Commands run through swift-ring-builder's own main(); only its builder files are kept in
memory instead of on disk (RingBuilder.save/load by normalised path), which makes 200 seeds of
`create 20 …` take a second rather than a minute.
"""
import contextlib
import io
import json
import os
import sys
import tempfile

from swift.common import exceptions

from swift.cli import ringbuilder
from swift.common.ring.builder import RingBuilder

PORTS = {'object': 6200, 'container': 6201, 'account': 6202}
DEVICE_KEYS = ('region', 'zone', 'ip', 'port', 'replication_ip', 'replication_port',
               'device', 'meta', 'weight')


def build(ring):
    builder = RingBuilder(ring['partPower'], ring['replicas'], ring['minPartHours'])
    port = PORTS[ring['type']]
    for dev in ring['devices']:
        builder.add_dev({'region': dev['region'], 'zone': dev['zone'], 'ip': dev['ip'],
                         'port': port, 'device': dev['device'], 'weight': dev['weight'],
                         'meta': ''})
    return builder


def read(ring, reading, seed):
    builder = build(ring)
    if reading['kind'] == 'partitions':
        return builder.parts
    builder.rebalance(seed=seed)
    builder.validate()
    if reading['kind'] == 'assigned-replicas':
        return sum(dev['parts'] for dev in builder.devs if dev)
    return builder.devs[reading['device']]['parts']


FILES = {}


def save(builder, path, **kwargs):
    FILES[os.path.normpath(path)] = builder


def load(cls, path, **kwargs):
    try:
        return FILES[os.path.normpath(path)]
    except KeyError:
        raise exceptions.FileNotFoundError(
            "Ring Builder file does not exist: %s" % path)


def state(path):
    builder = FILES.get(os.path.normpath(path))
    if builder is None:
        return None
    return {'partPower': builder.part_power, 'replicas': builder.replicas,
            'minPartHours': builder.min_part_hours,
            'devices': [{k: dev[k] for k in DEVICE_KEYS} for dev in builder.devs if dev]}


def run(before, file, argv):
    """swift-ring-builder's main(), with only `before` (if any) among its builder files."""
    FILES.clear()
    if before is not None:
        FILES[before['type'] + '.builder'] = build(before)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            ringbuilder.main(argv)
        code = 0
    except SystemExit as ending:
        code = ending.code
    return {'code': code, 'state': state(file)}


def main():
    request = json.load(sys.stdin)
    RingBuilder.save = save
    RingBuilder.load = classmethod(load)
    # main() makes a backups/ folder beside the builder file
    os.chdir(tempfile.mkdtemp())
    readings = [[read(q['ring'], q['reading'], seed) for seed in q['seeds']]
                for q in request['readings']]
    commands = [[run(q['before'], q['file'], argv) for argv in q['argvs']]
                for q in request['commands']]
    json.dump({'readings': readings, 'commands': commands}, sys.stdout)


if __name__ == '__main__':
    main()
