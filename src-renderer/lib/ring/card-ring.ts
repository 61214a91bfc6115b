/**
 * The ring a parametric card draws: what its prompt shows (as the swift-ring-builder commands
 * that build it) and what its answer reads from the ring model after running them. One value
 * feeds both, so a prompt always states every number its answer depends on.
 */
import { RingBuilder } from './builder';
import { rebalance } from './rebalance';

export type ServerType = 'object' | 'container' | 'account';

/** The ports swift's servers listen on since 2.8.0 (bind_port defaults). */
export const SERVER_PORTS: Record<ServerType, number> = {
  object: 6200,
  container: 6201,
  account: 6202,
};

export interface CardDevice {
  region: number;
  zone: number;
  ip: string;
  device: string;
  weight: number;
}

export interface CardRing {
  type: ServerType;
  partPower: number;
  replicas: number;
  minPartHours: number;
  devices: CardDevice[];
}

/** What a card asks of its ring. */
export type CardReading =
  | { kind: 'partitions' }
  /** Replicas of partitions on all devices together, after the first rebalance. */
  | { kind: 'assigned-replicas' }
  /** Partitions on `ring.devices[device]` after the first rebalance. */
  | { kind: 'device-parts'; device: number };

export const builderFile = (ring: CardRing): string => `${ring.type}.builder`;

export function createLine(ring: CardRing): string {
  return `swift-ring-builder ${builderFile(ring)} create ${ring.partPower} ${ring.replicas} ${ring.minPartHours}`;
}

export function addValue(ring: CardRing, dev: CardDevice): string {
  return `r${dev.region}z${dev.zone}-${dev.ip}:${SERVER_PORTS[ring.type]}/${dev.device}`;
}

export function addLine(ring: CardRing, dev: CardDevice): string {
  return `swift-ring-builder ${builderFile(ring)} add ${addValue(ring, dev)} ${dev.weight}`;
}

/** The commands that build the ring, as a Markdown code block. */
export function commandsBlock(ring: CardRing, rebalanced: boolean): string {
  const lines = [
    createLine(ring),
    ...ring.devices.map((dev) => addLine(ring, dev)),
    ...(rebalanced ? [`swift-ring-builder ${builderFile(ring)} rebalance`] : []),
  ];
  return ['```', ...lines, '```'].join('\n');
}

/** The ring model after `create` and `add` (and the first `rebalance` when asked). */
export function buildCardRing(ring: CardRing, rebalanceSeed: number | null): RingBuilder {
  const b = new RingBuilder(ring.partPower, ring.replicas, ring.minPartHours);
  const port = SERVER_PORTS[ring.type];
  for (const dev of ring.devices) {
    b.addDev({ ...dev, port, replication_ip: dev.ip, replication_port: port, meta: '' });
  }
  if (rebalanceSeed !== null) {
    rebalance(b, rebalanceSeed);
  }
  return b;
}

export function readCardRing(ring: CardRing, reading: CardReading, seed: number): number {
  if (reading.kind === 'partitions') {
    return buildCardRing(ring, null).parts;
  }
  const b = buildCardRing(ring, seed);
  if (reading.kind === 'assigned-replicas') {
    return b.iterDevs().reduce((sum, dev) => sum + dev.parts, 0);
  }
  const dev = b.devs[reading.device];
  if (!dev) {
    throw new Error(`The card's ring has no device ${reading.device}`);
  }
  return dev.parts;
}
