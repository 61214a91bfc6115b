/**
 * Scenarios run through both tools. A step is a command line; steps after a successful
 * rebalance print placements that differ by design (each tool has its own random choices),
 * so from there on only exit codes are compared and the invariants are checked instead.
 * A step starting with `=` is compared byte for byte even then: its output does not depend
 * on which devices the random choices picked (a perfectly balanced, fully dispersed ring).
 */
export interface Scenario {
  name: string;
  steps: string[];
  /** Builder file stem; swift allows partition power changes only for names with "object". */
  stem?: string;
}

/** A step that deletes both builder files, as a lost builder would be. */
export const LOSE_BUILDER = '<lose builder>';

const fourZones = [
  'add r1z1-10.0.0.1:6200/sdb1 100',
  'add r1z2-10.0.0.2:6200/sdb1 100',
  'add r1z3-10.0.0.3:6200/sdb1 100',
  'add r1z4-10.0.0.4:6200/sdb1 100',
];

export const SCENARIOS: Scenario[] = [
  { name: 'empty builder listing', steps: ['create 8 3 1', ''] },
  {
    name: 'four zones, rebalance',
    steps: [
      'create 10 3 1',
      ...fourZones,
      '',
      'rebalance --seed 1',
      '=',
      '=dispersion -v',
      'validate',
    ],
  },
  {
    name: "seed notes' malformed add syntax (rlz1-)",
    steps: ['create 8 3 1', 'add rlz1-10.0.0.1:6200/sdb1 100', ''],
  },
  {
    // swift's dispersion graph has one count per replica: more rows than that fail
    name: 'replica count cut, then the dispersion recalculated before a rebalance',
    steps: [
      'create 6 3 1',
      ...fourZones,
      'rebalance --seed 1',
      'set_replicas 2',
      'dispersion --recalculate',
      'rebalance --seed 1',
      'dispersion --recalculate',
    ],
  },
  {
    name: 'more replicas than devices',
    steps: [
      'create 8 3 1',
      'add r1z1-10.0.0.1:6200/sdb1 100',
      'add r1z2-10.0.0.2:6200/sdb1 100',
      'rebalance',
    ],
  },
  {
    name: 'duplicate device',
    steps: [
      'create 8 3 1',
      'add r1z1-10.0.0.1:6200/sdb1 100',
      'add r1z2-10.0.0.1:6200/sdb1 50',
      '',
    ],
  },
  { name: 'rebalance with no devices', steps: ['create 8 3 1', 'rebalance'] },
  {
    name: 'rebalance again inside min_part_hours',
    steps: ['create 8 3 1', ...fourZones, 'rebalance --seed 3', '=rebalance --seed 4'],
  },
  {
    name: 'removing an unknown device',
    steps: ['create 8 3 1', ...fourZones, 'remove d9', 'remove --yes d9'],
  },
  {
    name: 'zero weight device',
    steps: [
      'create 8 3 1',
      ...fourZones,
      'add r1z4-10.0.0.5:6200/sdc 0',
      '',
      'search d4',
      'rebalance --seed 5',
      'validate',
    ],
  },
  {
    name: 'add with options',
    steps: [
      'create 8 3 1',
      'add --region 1 --zone 2 --ip 10.0.0.9 --port 6200 --device sdb1 --meta m1 --weight 100',
      'add --region 2 --zone 1 --ip 10.0.1.9 --port 6200 --replication-ip 10.1.1.9 --replication-port 6300 --device sdc --weight 50.5',
      'add --region 1 --zone 2 --ip 10.0.0.8 --port 6200 --device sdb1',
      '',
    ],
  },
  {
    name: 'several devices in one add, and a bad one among them',
    steps: [
      'create 8 3 1',
      'add r1z1-10.0.0.1:6200/sdb1 100 r1z2-10.0.0.2:6200/sdb1 200 r2z1-10.0.1.1:6200/sdb1 50',
      'add r1z3-10.0.0.3:6200/sdb1 100 r1z3-10.0.0.4:6200 100',
      'add r1z3-10.0.0.3:6200/sdb1 100 r1z4-10.0.0.4:6200/sdb1',
      '',
    ],
  },
  {
    name: 'IPv6 addresses in brackets',
    steps: [
      'create 8 3 1',
      'add r1z1-[2001:DB8::1]:6200/sdb1 100',
      'add r1z2-[::1]:6200R[fe80:0:0::2]:6300/sdb1 100',
      'search [2001:db8::1]',
      'search z2-[::1]:6200',
      '',
    ],
  },
  {
    name: 'replication address and meta',
    steps: [
      'create 8 3 1',
      'add r1z1-10.0.0.1:6200R10.1.0.1:6300/sdb1_fast ssd 100',
      'add r1z1-10.0.0.2:6200R10.1.0.2:6300/sdb1_fast_ssd 100',
      'search _fast',
      '',
    ],
  },
  {
    name: 'set_overload forms',
    steps: [
      'create 8 3 1',
      'set_overload 10%',
      'set_overload 0.1',
      'set_overload -1',
      'set_overload abc',
      'set_overload 2',
      'set_overload',
      '',
    ],
  },
  {
    name: 'set_replicas forms',
    steps: [
      'create 8 3 1',
      'set_replicas 2.5',
      'set_replicas 0.5',
      'set_replicas abc',
      'set_replicas',
      '',
    ],
  },
  {
    name: 'set_min_part_hours',
    steps: ['create 8 3 1', 'set_min_part_hours 24', 'set_min_part_hours', ''],
  },
  {
    name: 'search syntaxes',
    steps: [
      'create 8 3 1',
      ...fourZones,
      'search d0',
      'search z2',
      'search r1z3-10.0.0.3',
      'search --ip 10.0.0.4',
      'search --zone 1 --device sdb1',
      'search /sdb1',
      'search d9',
      'search x1',
      'search',
      'search d0 d1',
    ],
  },
  {
    name: 'list_parts and dispersion before and after rebalance',
    steps: [
      'create 8 3 1',
      ...fourZones,
      'list_parts d0',
      'dispersion',
      'rebalance --seed 7',
      'list_parts d0',
      'dispersion -v',
      'dispersion',
    ],
  },
  {
    name: 'set_info',
    steps: [
      'create 8 3 1',
      ...fourZones,
      'set_info d0 10.0.0.9:6201',
      'set_info d1 R10.1.0.2:6300/sdc_new',
      'set_info d2 10.0.0.9:6201/sdb1',
      'set_info d3 zz',
      '',
    ],
  },
  {
    name: 'remove marks DEL, then rebalance drops the device',
    steps: [
      'create 8 3 1',
      ...fourZones,
      'add r1z4-10.0.0.5:6200/sdb1 100',
      'rebalance --seed 8',
      'remove d4',
      'rebalance --seed 9',
    ],
  },
  {
    name: 'remove before any rebalance',
    steps: ['create 8 3 1', ...fourZones, 'remove d3', '', 'remove z1-10.0.0.1'],
  },
  {
    name: 'create validation',
    steps: ['create 33 3 1', 'create 8 0.5 1', 'create 8 3', 'create 8 3 -1', 'create 8 1.5 0', ''],
  },
  {
    name: 'unknown command and missing builder',
    steps: ['frobnicate', 'create 8 3 1', 'frobnicate'],
  },
  {
    name: 'fractional replicas',
    steps: ['create 8 2.5 1', ...fourZones, '', 'rebalance --seed 10', 'validate'],
  },
  {
    name: 'regions and zones with mixed weights',
    steps: [
      'create 10 3 1',
      'add r1z1-10.0.0.1:6200/sdb1 100 r1z1-10.0.0.1:6200/sdc1 200 r1z2-10.0.0.2:6200/sdb1 150',
      'add r2z1-10.0.1.1:6200/sdb1 100 r2z2-10.0.1.2:6200/sdb1 50 r2z2-10.0.1.3:6200/sdb1 300',
      '',
      'rebalance --seed 11',
      'dispersion',
    ],
  },
  {
    name: 'write_ring and validate before rebalance',
    steps: ['create 8 3 1', 'write_ring', 'validate', ...fourZones, 'write_ring', ''],
  },
  {
    name: 'weight change after pretend_min_part_hours_passed',
    steps: [
      'create 8 3 1',
      ...fourZones,
      'add r1z1-10.0.0.5:6200/sdb1 100',
      'rebalance --seed 12',
      'set_weight d0 300',
      'rebalance --seed 13',
      'pretend_min_part_hours_passed',
      'rebalance --seed 14',
    ],
  },
  {
    name: 'set_weight with several matches',
    steps: [
      'create 8 3 1',
      ...fourZones,
      'set_weight z1 50',
      'set_weight --yes r1 50',
      'set_weight d0 abc',
      'set_weight --zone 2 75',
      '',
    ],
  },
  {
    name: 'bad addresses and options',
    steps: [
      'create 8 3 1',
      'add r1z1-10.0.0:6200/sdb1 100',
      'add r1z1-10.0.0.1:62x0/sdb1 100',
      'add r1z1-10.0.0.1/sdb1 100',
      'add r1z1-10.0.0.1:6200/sdb1 -5',
      'add r1z1-10.0.0.1:6200/sdb1 abc',
      'add --region x',
      'add --bogus 1',
      '',
    ],
  },
  {
    name: 'three replicas on weights 100/100/200 in one zone',
    steps: [
      'create 10 3 1',
      'add r1z1-10.0.0.1:6200/sdb1 100 r1z1-10.0.0.2:6200/sdb1 100 r1z1-10.0.0.3:6200/sdb1 200',
      '=rebalance --seed 15',
      '=',
    ],
  },
  {
    name: 'overload lets a heavy zone take more',
    steps: [
      'create 10 3 1',
      'add r1z1-10.0.0.1:6200/sdb1 100 r1z2-10.0.0.2:6200/sdb1 100 r1z3-10.0.0.3:6200/sdb1 400',
      'set_overload 10%',
      'rebalance --seed 16',
      'dispersion',
    ],
  },
  {
    name: 'partition power increase on an object ring',
    stem: 'object',
    steps: [
      'create 6 2 1',
      'add r1z1-10.0.0.1:6200/sdb1 100 r1z2-10.0.0.2:6200/sdb1 100',
      'increase_partition_power',
      'prepare_increase_partition_power',
      '',
      'prepare_increase_partition_power',
      'rebalance',
      'add r1z3-10.0.0.3:6200/sdb1 100',
      'remove d0',
      'finish_increase_partition_power',
      'cancel_increase_partition_power',
      '',
      'finish_increase_partition_power',
      'rebalance --seed 1',
      '=',
      'prepare_increase_partition_power',
      'write_ring',
      'increase_partition_power',
      '=',
      'finish_increase_partition_power',
      '=',
    ],
  },
  {
    name: 'partition power increase refused for other rings',
    steps: ['create 6 2 1', 'prepare_increase_partition_power'],
  },
  {
    name: 'write_builder recreates a lost builder from the ring',
    steps: [
      'create 8 3 1',
      ...fourZones,
      'write_builder',
      'rebalance --seed 17',
      LOSE_BUILDER,
      'write_builder 2',
      '=',
      'write_builder',
    ],
  },
];
