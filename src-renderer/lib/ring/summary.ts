/**
 * What the calculator screen shows of a builder: devices with their partitions against their
 * weighted share, and balance and dispersion per tier. Computed on a copy, because swift's
 * dispersion report may rebuild (and so re-version) the graph it reads.
 */
import type { RingBuilder } from './builder';
import { RingBuilderError } from './errors';
import { dispersionReport, type TierDispersion } from './report';
import { parseBuilder } from './state';

export interface DeviceSummary {
  id: number;
  region: number;
  zone: number;
  ip: string;
  port: number;
  device: string;
  weight: number;
  parts: number;
  /** Partitions the device's weight asks for: weight × parts × replicas / total weight. */
  target: number;
  balance: number;
  removing: boolean;
}

export interface RingSummary {
  partPower: number;
  parts: number;
  replicas: number;
  minPartHours: number;
  overload: number;
  rebalanced: boolean;
  balance: number | null;
  dispersion: number | null;
  devices: DeviceSummary[];
  tiers: TierSummary[];
}

export interface TierSummary extends TierDispersion {
  /** Percent above (+) or below (−) the tier's weighted share of partitions. */
  balance: number;
}

function tierNamesOf(d: DeviceSummary): string[] {
  const zone = `r${d.region}z${d.zone}`;
  return [`r${d.region}`, zone, `${zone}-${d.ip}`, `${zone}-${d.ip}/${d.device}`];
}

function withBalance(tiers: TierDispersion[], devices: DeviceSummary[]): TierSummary[] {
  const sums = new Map<string, { parts: number; target: number }>();
  for (const d of devices) {
    for (const name of tierNamesOf(d)) {
      const sum = sums.get(name) ?? { parts: 0, target: 0 };
      sum.parts += d.parts;
      sum.target += d.target;
      sums.set(name, sum);
    }
  }
  return tiers.map((tier) => {
    const sum = sums.get(tier.name);
    const balance = sum && sum.target ? (100 * sum.parts) / sum.target - 100 : 0;
    return { ...tier, balance };
  });
}

export function summarise(builderJson: string): RingSummary {
  const b: RingBuilder = parseBuilder(builderJson);
  let one = 0;
  let balances = new Map<number, number>();
  try {
    one = b.weightOfOnePart();
    balances = b.balancePerDev();
  } catch (error) {
    if (!(error instanceof RingBuilderError)) {
      throw error;
    }
  }
  const devices = b.iterDevs().map((d) => ({
    id: d.id,
    region: d.region,
    zone: d.zone,
    ip: d.ip,
    port: d.port,
    device: d.device,
    weight: d.weight,
    parts: d.parts,
    target: d.weight * one,
    balance: balances.get(d.id) ?? 0,
    removing: b.removeDevs.includes(d.id),
  }));
  const rebalanced = b.replica2part2dev !== null;
  return {
    partPower: b.partPower,
    parts: b.parts,
    replicas: b.replicas,
    minPartHours: b.minPartHours,
    overload: b.overload,
    rebalanced,
    balance: balances.size ? Math.max(...[...balances.values()].map(Math.abs)) : null,
    dispersion: rebalanced ? b.dispersion : null,
    devices,
    tiers: rebalanced ? withBalance(dispersionReport(b, null, true, false).graph, devices) : [],
  };
}
