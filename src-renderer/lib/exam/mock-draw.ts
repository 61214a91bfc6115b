/**
 * How many questions each topic gets: in proportion to its weight (by default its number of
 * cards), rounded by largest remainder so they add up to the total, and never more than the
 * topic has questions for; what a topic cannot take goes to the others by the same rule.
 */
export interface TopicWeight {
  topic: string;
  weight: number;
  /** Questions the topic can give. */
  available: number;
}

export function questionQuotas(topics: readonly TopicWeight[], total: number): Map<string, number> {
  const quotas = new Map(topics.map((t) => [t.topic, 0]));
  let left = Math.min(
    total,
    topics.reduce((sum, t) => sum + (t.weight > 0 ? t.available : 0), 0),
  );
  while (left > 0) {
    const open = topics.filter((t) => t.weight > 0 && (quotas.get(t.topic) ?? 0) < t.available);
    const weights = open.reduce((sum, t) => sum + t.weight, 0);
    const shares = open.map((t) => {
      const exact = (left * t.weight) / weights;
      const room = t.available - (quotas.get(t.topic) ?? 0);
      return { topic: t.topic, whole: Math.min(room, Math.floor(exact)), rest: exact % 1, room };
    });
    let given = shares.reduce((sum, s) => sum + s.whole, 0);
    // Largest remainders first, ties in topic order, for whatever whole shares leave.
    const byRest = [...shares].sort((a, b) => b.rest - a.rest);
    for (const share of byRest) {
      if (given >= left) {
        break;
      }
      if (share.whole < share.room) {
        share.whole++;
        given++;
      }
    }
    for (const share of shares) {
      quotas.set(share.topic, (quotas.get(share.topic) ?? 0) + share.whole);
    }
    left -= given;
  }
  return quotas;
}
