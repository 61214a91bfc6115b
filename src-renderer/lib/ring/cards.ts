/**
 * Parametric cards of the OPCEL 252.4 deck: each review draws new numbers from a seed. A
 * numeric answer is read from the ring model after running the prompt's own commands on it,
 * never from a formula; a command answer is judged as swift-ring-builder would read it.
 * Every reading asked here is one that swift's rebalance fixes whatever its random seed (its
 * parts_wanted plan); test/lib/ring/cards-swift.test.ts checks that against the real tool.
 */
import { judgeRingCommand } from './card-commands';
import {
  SERVER_PORTS,
  addLine,
  addValue,
  builderFile,
  commandsBlock,
  createLine,
  readCardRing,
  type CardDevice,
  type CardReading,
  type CardRing,
  type ServerType,
} from './card-ring';
import { UnknownRingTemplateError } from './errors';
import { Random } from './random';

export interface RingCheck {
  correct: boolean;
  expected: string;
}

/** Where a question's answer comes from, so tests can ask the real tool the same thing. */
export type QuestionModel =
  | { kind: 'reading'; ring: CardRing; reading: CardReading; tolerance: number }
  /** The command turns `before` (null: no builder file yet) into `after`. */
  | { kind: 'command'; before: CardRing | null; after: CardRing };

export interface RingQuestion {
  /** Markdown, in Japanese like the rest of the deck. */
  prompt: string;
  expected: string;
  model: QuestionModel;
  check(answer: string): RingCheck;
}

interface Template {
  id: string;
  title: { en: string; ja: string };
  make(rng: Random): RingQuestion;
}

/** The first number in a free-form answer (full-width digits and thousands separators allowed). */
export function numberIn(answer: string): number | null {
  const m = /[-+]?\d[\d,]*(\.\d+)?/.exec(answer.normalize('NFKC'));
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

function reading(
  prompt: string,
  ring: CardRing,
  what: CardReading,
  rng: Random,
  tolerance = 0,
): RingQuestion {
  const expected = readCardRing(ring, what, rng.next());
  const text = String(expected);
  return {
    prompt,
    expected: text,
    model: { kind: 'reading', ring, reading: what, tolerance },
    check: (answer) => {
      const n = numberIn(answer);
      return { correct: n !== null && Math.abs(n - expected) <= tolerance, expected: text };
    },
  };
}

function command(
  prompt: string,
  expected: string,
  before: CardRing | null,
  after: CardRing,
): RingQuestion {
  return {
    prompt,
    expected,
    model: { kind: 'command', before, after },
    check: (answer) => ({ correct: judgeRingCommand(expected, answer).correct, expected }),
  };
}

const pick = <T>(rng: Random, items: readonly T[]): T =>
  items[rng.randint(0, items.length - 1)] as T;

const SERVER_TYPES: readonly ServerType[] = ['object', 'container', 'account'];

/** One device per zone (and per server), zones 1, 2, … */
const zonedDevices = (weights: readonly number[]): CardDevice[] =>
  weights.map((weight, i) => ({
    region: 1,
    zone: i + 1,
    ip: `10.0.${i + 1}.1`,
    device: 'sdb1',
    weight,
  }));

const OVERLOAD_NOTE = 'overload は既定値の 0。';
const ONE_REPLICA_PER_DEVICE =
  '1 つのパーティションの 2 つのレプリカが同じデバイスに載ることはない。';

const TEMPLATES: Template[] = [
  {
    id: 'ring-partition-count',
    title: { en: 'Partitions from the part power', ja: 'パーティション数 (part power から)' },
    make: (rng) => {
      const ring: CardRing = {
        type: 'object',
        partPower: rng.randint(4, 20),
        replicas: 3,
        minPartHours: 1,
        devices: [],
      };
      return reading(
        `\`${createLine(ring)}\` で作成したリングのパーティション数は？`,
        ring,
        { kind: 'partitions' },
        rng,
      );
    },
  },
  {
    id: 'ring-replica-slots',
    title: { en: 'Partition replicas in a ring', ja: 'リング全体のレプリカ数' },
    make: (rng) => {
      const replicas = pick(rng, [2, 2.5, 3, 3.5, 4]);
      const ring: CardRing = {
        type: 'object',
        partPower: rng.randint(6, 10),
        replicas,
        minPartHours: 1,
        devices: zonedDevices(new Array<number>(Math.ceil(replicas) + 1).fill(100)),
      };
      return reading(
        `${commandsBlock(ring, true)}\n\nこのリバランスの後、全デバイスに割り当てられたパーティションのレプリカは合わせていくつ？（小数のレプリカ数では一部のパーティションだけが余分のレプリカを持つ）`,
        ring,
        { kind: 'assigned-replicas' },
        rng,
      );
    },
  },
  {
    id: 'ring-weighted-share',
    title: { en: "A device's weighted share", ja: 'デバイスの重みに応じた割り当て数' },
    make: (rng) => {
      const partPower = rng.randint(6, 9);
      const weights = Array.from({ length: rng.randint(4, 6) }, () =>
        pick(rng, [50, 100, 150, 200, 300]),
      );
      const target = rng.randint(0, weights.length - 1);
      const ring: CardRing = {
        type: pick(rng, SERVER_TYPES),
        partPower,
        replicas: 3,
        minPartHours: 1,
        devices: zonedDevices(weights),
      };
      const dev = ring.devices[target] as CardDevice;
      return reading(
        `${commandsBlock(ring, true)}\n\n各ゾーンに 1 台ずつのデバイス。${OVERLOAD_NOTE}` +
          `このリバランスの後、\`${addValue(ring, dev)}\`（重み ${dev.weight}）に割り当てられるパーティション数は？` +
          `（${ONE_REPLICA_PER_DEVICE}±1 は正解とする）`,
        ring,
        { kind: 'device-parts', device: target },
        rng,
        1,
      );
    },
  },
  {
    id: 'ring-parts-on-device',
    title: {
      en: 'Partitions on a device after rebalance',
      ja: 'リバランス後のデバイスのパーティション数',
    },
    make: (rng) => {
      const weights = pick(rng, [
        [100, 100, 200],
        [100, 200, 300],
        [100, 100, 100, 100],
        [100, 100, 200, 200],
        [100, 300, 200, 200],
        [200, 200, 400, 400, 800],
      ]);
      const ring: CardRing = {
        type: 'object',
        partPower: rng.randint(6, 10),
        replicas: 3,
        minPartHours: 1,
        devices: weights.map((weight, i) => ({
          region: 1,
          zone: 1,
          ip: `10.0.0.${i + 1}`,
          device: 'sdb1',
          weight,
        })),
      };
      const heaviest = weights.indexOf(Math.max(...weights));
      const dev = ring.devices[heaviest] as CardDevice;
      return reading(
        `${commandsBlock(ring, true)}\n\n1 つのゾーンに、それぞれ別サーバのデバイス。${OVERLOAD_NOTE}` +
          `このリバランスの後、\`${addValue(ring, dev)}\`（重み ${dev.weight}）に割り当てられるパーティション数は？` +
          `（${ONE_REPLICA_PER_DEVICE}）`,
        ring,
        { kind: 'device-parts', device: heaviest },
        rng,
      );
    },
  },
  {
    id: 'ring-add-command',
    title: { en: 'The command that adds a device', ja: 'デバイスを追加するコマンド' },
    make: (rng) => {
      const type = pick(rng, SERVER_TYPES);
      const dev: CardDevice = {
        region: rng.randint(1, 3),
        zone: rng.randint(1, 5),
        ip: `192.168.${rng.randint(0, 9)}.${rng.randint(10, 250)}`,
        device: pick(rng, ['sdb1', 'sdc1', 'sdd1', 'vdb']),
        weight: pick(rng, [50, 100, 200]),
      };
      const before: CardRing = { type, partPower: 10, replicas: 3, minPartHours: 1, devices: [] };
      const after: CardRing = { ...before, devices: [dev] };
      return command(
        `\`${createLine(before)}\` で作成した ${builderFile(before)} に、${type} サーバのデバイス（リージョン ${dev.region}・ゾーン ${dev.zone}、IP ${dev.ip}、ポート ${SERVER_PORTS[type]}、デバイス ${dev.device}、重み ${dev.weight}）を追加するコマンドは？（どちらの書式でもよい）`,
        addLine(after, dev),
        before,
        after,
      );
    },
  },
  {
    id: 'ring-create-command',
    title: { en: 'The command that creates a builder', ja: 'ビルダーファイルを作成するコマンド' },
    make: (rng) => {
      const partPower = rng.randint(8, 16);
      const replicas = pick(rng, [2, 3, 5]);
      const minPartHours = pick(rng, [1, 12, 24]);
      const after: CardRing = {
        type: pick(rng, SERVER_TYPES),
        partPower,
        replicas,
        minPartHours,
        devices: [],
      };
      return command(
        `パーティション数 ${2 ** partPower}、レプリカ ${replicas}、パーティションの再移動を ${minPartHours} 時間禁止する ${builderFile(after)} を作成するコマンドは？`,
        createLine(after),
        null,
        after,
      );
    },
  },
];

export const RING_TEMPLATES: readonly { id: string; title: { en: string; ja: string } }[] =
  TEMPLATES.map(({ id, title }) => ({ id, title }));

export function ringQuestion(templateId: string, seed: number): RingQuestion {
  const template = TEMPLATES.find((t) => t.id === templateId);
  if (!template) {
    throw new UnknownRingTemplateError(`Unknown ring card template: ${templateId}`);
  }
  return template.make(new Random(seed));
}
