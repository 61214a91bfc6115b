/**
 * The benchmark's rings: part power 18 with 100 devices in 4 regions × 5 zones, and part
 * power 20 with 300 devices, with mixed weights, as `add` arguments both tools accept.
 */
export interface Workload {
  name: string;
  create: [string, string, string];
  devices: string[];
}

const WEIGHTS = [100, 200, 300, 400];

function devices(count: number): string[] {
  const args: string[] = [];
  for (let i = 0; i < count; i++) {
    const region = (i % 4) + 1;
    const zone = ((i >> 2) % 5) + 1;
    const k = Math.floor(i / 20);
    const server = (k % 3) + 1;
    const disk = String.fromCharCode(97 + Math.floor(k / 3));
    const weight = WEIGHTS[Math.floor(i / 7) % WEIGHTS.length] as number;
    args.push(`r${region}z${zone}-10.${region}.${zone}.${server}:6200/sd${disk}`, String(weight));
  }
  return args;
}

export const WORKLOADS: Workload[] = [
  {
    name: 'part power 18, 3 replicas, 100 devices (4 regions × 5 zones)',
    create: ['18', '3', '1'],
    devices: devices(100),
  },
  {
    name: 'part power 20, 3 replicas, 300 devices',
    create: ['20', '3', '1'],
    devices: devices(300),
  },
];
