/**
 * The default listing and the dispersion report, laid out as swift-ring-builder prints them.
 */
import { isValidIpv6 } from './address';
import type { RingBuilder } from './builder';
import { maxReplicasByTier } from './plan';
import { sprintf } from './pyformat';
import { compareTiers, type Tier } from './tiers';
import type { Device } from './types';

export function deviceTable(b: RingBuilder, balances: Map<number, number>): string[] {
  const devs = b.iterDevs();
  let ipWidth = 10;
  let portWidth = 4;
  let repIpWidth = 14;
  let repPortWidth = 4;
  let weightWidth = 6;
  let ip6 = false;
  let rep6 = false;
  for (const dev of devs) {
    ip6 ||= isValidIpv6(dev.ip);
    rep6 ||= isValidIpv6(dev.replication_ip);
    ipWidth = Math.max(dev.ip.length, ipWidth);
    repIpWidth = Math.max(dev.replication_ip.length, repIpWidth);
    portWidth = Math.max(String(dev.port).length, portWidth);
    repPortWidth = Math.max(String(dev.replication_port).length, repPortWidth);
    weightWidth = Math.max(sprintf('%6.02f', dev.weight).length, weightWidth);
  }
  ipWidth += ip6 ? 2 : 0;
  repIpWidth += rep6 ? 2 : 0;
  const header = sprintf(
    `Devices:%5s %6s %4s %${ipWidth}s:%-${portWidth}s %${repIpWidth}s:%-${repPortWidth}s %5s %${weightWidth}s %10s %7s %5s %s`,
    'id',
    'region',
    'zone',
    'ip address',
    'port',
    'replication ip',
    'port',
    'name',
    'weight',
    'partitions',
    'balance',
    'flags',
    'meta',
  );
  const bracket = (v: string): string => (v.includes(':') ? `[${v}]` : v);
  const sorted = [...devs].sort((x, y) =>
    compareTiers([x.region, x.zone, x.ip, x.device], [y.region, y.zone, y.ip, y.device]),
  );
  const rows = sorted.map((dev) =>
    sprintf(
      `%13d %6d %4d %${ipWidth}s:%-${portWidth}d %${repIpWidth}s:%-${repPortWidth}d %5s %${weightWidth}.02f %10s %7.02f %5s %s`,
      dev.id,
      dev.region,
      dev.zone,
      bracket(dev.ip),
      dev.port,
      bracket(dev.replication_ip),
      dev.replication_port,
      dev.device,
      dev.weight,
      dev.parts,
      balances.get(dev.id) ?? 0,
      b.removeDevs.includes(dev.id) ? 'DEL' : '',
      dev.meta,
    ),
  );
  return [header, ...rows];
}

export function tierName(tier: Tier, b: RingBuilder): string {
  const [r, z, ip, id] = tier;
  if (tier.length === 1) {
    return `r${r}`;
  }
  if (tier.length === 2) {
    return `r${r}z${z}`;
  }
  if (tier.length === 3) {
    return `r${r}z${z}-${ip}`;
  }
  const dev = b.devs[id as number] as Device | null | undefined;
  return `r${r}z${z}-${ip}/${dev ? dev.device : `IDd${id}`}`;
}

export interface TierDispersion {
  name: string;
  maxReplicas: number;
  placedParts: number;
  dispersion: number;
  replicas: number[];
}

export interface DispersionReport {
  maxDispersion: number;
  worstTier: string | null;
  graph: TierDispersion[];
}

/** swift's dispersion_report; rebuilds the graph when asked or when it is missing. */
export function dispersionReport(
  b: RingBuilder,
  filter: string | null,
  verbose: boolean,
  recalculate: boolean,
): DispersionReport {
  if (recalculate || !b.dispersionGraph.length) {
    b.buildDispersionGraph();
  }
  const input = b.planInput();
  const maxAllowed = maxReplicasByTier(input);
  const report: DispersionReport = { maxDispersion: 0, worstTier: null, graph: [] };
  const rows = [...b.dispersionGraph].sort((x, y) => compareTiers(x.tier, y.tier));
  for (const { tier, counts } of rows) {
    const name = tierName(tier, b);
    if (filter && !new RegExp(filter, 'y').test(name)) {
      continue;
    }
    const id = input.table.idOf(tier);
    const maxReplicas = Math.trunc(id === undefined ? 0 : (maxAllowed[id] as number));
    let atRisk = 0;
    let placed = 0;
    counts.forEach((n, i) => {
      if (i > maxReplicas) {
        atRisk += n * (i - maxReplicas);
      }
      if (i >= 1) {
        placed += n * i;
      }
    });
    const dispersion = (100 * atRisk) / placed;
    if (dispersion > report.maxDispersion) {
      report.maxDispersion = dispersion;
      report.worstTier = name;
    }
    if (verbose) {
      report.graph.push({ name, maxReplicas, placedParts: placed, dispersion, replicas: counts });
    }
  }
  return report;
}
