/**
 * Parametric cards of the OPCEL 252.4 deck: each review draws new numbers from a seed and
 * the answer is computed with the ring model, so a card checks understanding of the ring
 * builder rather than a memorised string.
 */
import { RingBuilder } from './builder';
import { parseCommandAnswer, sameOperation } from './card-commands';
import { UnknownRingTemplateError } from './errors';
import { Random } from './random';
import { rebalance } from './rebalance';

export interface RingCheck {
  correct: boolean;
  expected: string;
}

export interface RingQuestion {
  /** Markdown, in Japanese like the rest of the deck. */
  prompt: string;
  expected: string;
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

function numeric(prompt: string, expected: number, tolerance = 0): RingQuestion {
  const text = String(expected);
  return {
    prompt,
    expected: text,
    check: (answer) => {
      const n = numberIn(answer);
      return { correct: n !== null && Math.abs(n - expected) <= tolerance, expected: text };
    },
  };
}

function command(prompt: string, expected: string): RingQuestion {
  const want = parseCommandAnswer(expected);
  return {
    prompt,
    expected,
    check: (answer) => ({ correct: sameOperation(want, parseCommandAnswer(answer)), expected }),
  };
}

const pick = <T>(rng: Random, items: readonly T[]): T =>
  items[rng.randint(0, items.length - 1)] as T;

const TEMPLATES: Template[] = [
  {
    id: 'ring-partition-count',
    title: { en: 'Partitions from the part power', ja: 'パーティション数 (part power から)' },
    make: (rng) => {
      const power = rng.randint(4, 20);
      return numeric(
        `\`swift-ring-builder object.builder create ${power} 3 1\` で作成したリングのパーティション数は？`,
        2 ** power,
      );
    },
  },
  {
    id: 'ring-replica-slots',
    title: { en: 'Partition replicas in a ring', ja: 'リング全体のレプリカ数' },
    make: (rng) => {
      const power = rng.randint(6, 14);
      const replicas = pick(rng, [2, 2.5, 3, 3.5, 4]);
      return numeric(
        `part power ${power}、replicas ${replicas} のリングで、デバイスに割り当てられるパーティションのレプリカは全部でいくつ？（小数のレプリカ数は一部のパーティションだけが余分のレプリカを持つ）`,
        Math.trunc(2 ** power * replicas),
      );
    },
  },
  {
    id: 'ring-weighted-share',
    title: { en: "A device's weighted share", ja: 'デバイスの重みに応じた割り当て数' },
    make: (rng) => {
      const power = rng.randint(8, 12);
      const weights = Array.from({ length: rng.randint(4, 6) }, () =>
        pick(rng, [50, 100, 150, 200, 300]),
      );
      const target = rng.randint(0, weights.length - 1);
      const total = weights.reduce((s, w) => s + w, 0);
      const share = (2 ** power * 3 * (weights[target] as number)) / total;
      return numeric(
        `part power ${power}、3 レプリカ。各ゾーンに 1 台ずつ、重み ${weights.join(' / ')} のデバイスがある。` +
          `重み ${weights[target]} のデバイス（${target + 1} 台目）が重みに比例して受け持つべきパーティション数は？（整数に丸めてよい）`,
        Math.round(share),
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
      const power = rng.randint(6, 10);
      const weights = pick(rng, [
        [100, 100, 200],
        [100, 200, 300],
        [100, 100, 100, 100],
        [100, 100, 200, 200],
        [100, 300, 200, 200],
        [200, 200, 400, 400, 800],
      ]);
      const b = new RingBuilder(power, 3, 1);
      weights.forEach((weight, i) =>
        b.addDev({
          region: 1,
          zone: 1,
          ip: `10.0.0.${i + 1}`,
          port: 6200,
          replication_ip: `10.0.0.${i + 1}`,
          replication_port: 6200,
          device: 'sdb1',
          meta: '',
          weight,
        }),
      );
      rebalance(b, rng.next());
      const heaviest = weights.indexOf(Math.max(...weights));
      const parts = (b.devs[heaviest] as { parts: number }).parts;
      return numeric(
        `part power ${power}、3 レプリカ。1 つのゾーンに重み ${weights.join(' / ')} のデバイス（それぞれ別サーバ）がある。` +
          `リバランス後、重み ${weights[heaviest]} のデバイスに割り当てられるパーティション数は？（1 つのパーティションの 2 つのレプリカが同じデバイスに載ることはない）`,
        parts,
        Math.max(1, Math.round(parts * 0.01)),
      );
    },
  },
  {
    id: 'ring-add-command',
    title: { en: 'The command that adds a device', ja: 'デバイスを追加するコマンド' },
    make: (rng) => {
      const region = rng.randint(1, 3);
      const zone = rng.randint(1, 5);
      const ip = `192.168.${rng.randint(0, 9)}.${rng.randint(10, 250)}`;
      const port = pick(rng, [6200, 6201, 6202]);
      const dev = pick(rng, ['sdb1', 'sdc1', 'sdd1', 'vdb']);
      const weight = pick(rng, [50, 100, 200]);
      const builder = pick(rng, ['object', 'container', 'account']);
      return command(
        `${builder}.builder に、リージョン ${region}・ゾーン ${zone}、IP ${ip}、ポート ${port}、デバイス ${dev}、重み ${weight} のデバイスを追加するコマンドは？（どちらの書式でもよい）`,
        `swift-ring-builder ${builder}.builder add r${region}z${zone}-${ip}:${port}/${dev} ${weight}`,
      );
    },
  },
  {
    id: 'ring-create-command',
    title: { en: 'The command that creates a builder', ja: 'ビルダーファイルを作成するコマンド' },
    make: (rng) => {
      const power = rng.randint(8, 20);
      const replicas = pick(rng, [2, 3, 5]);
      const hours = pick(rng, [1, 12, 24]);
      const builder = pick(rng, ['object', 'container', 'account']);
      return command(
        `パーティション数 ${2 ** power}、レプリカ ${replicas}、パーティションの再移動を ${hours} 時間禁止する ${builder}.builder を作成するコマンドは？`,
        `swift-ring-builder ${builder}.builder create ${power} ${replicas} ${hours}`,
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
