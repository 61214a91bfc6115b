/**
 * A device as swift stores it. Field names are swift's own (snake_case) because the same
 * records are written into the ring file that swift reads.
 */
export interface Device {
  id: number;
  region: number;
  zone: number;
  ip: string;
  port: number;
  replication_ip: string;
  replication_port: number;
  device: string;
  meta: string;
  weight: number;
  /** Replicas of partitions assigned to the device. */
  parts: number;
  /** Set during a rebalance; negative means the device wants to give partitions away. */
  parts_wanted?: number;
}

/** swift's NONE_DEV: an unassigned replica slot in replica2part2dev. */
export const NONE_DEV = 0xffff;
export const MAX_BALANCE = 999.99;
