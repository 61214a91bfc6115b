/**
 * Cloze cards as the notes generator makes them: the front shows `[...]` (or `[hint]`) where the
 * hidden text was, the back shows it in bold. Anki keeps the source (`{{c1::hidden::hint}}`)
 * instead; these convert between the two so each side reads the other's cards.
 */
export interface ClozeSource {
  before: string;
  hidden: string;
  hint: string;
  after: string;
}

const ANKI_CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** Every way `front`/`back` can be a rendered single cloze (usually one). */
export function clozeSources(front: string, back: string): ClozeSource[] {
  const sources: ClozeSource[] = [];
  for (let at = front.indexOf('['); at >= 0; at = front.indexOf('[', at + 1)) {
    const close = front.indexOf(']', at);
    if (close < 0) {
      break;
    }
    const before = front.slice(0, at);
    const after = front.slice(close + 1);
    const middle = back.slice(before.length, back.length - after.length);
    if (
      back.length >= before.length + after.length + 5 &&
      back.startsWith(before) &&
      back.endsWith(after) &&
      /^\*\*[\s\S]+\*\*$/.test(middle)
    ) {
      const hint = front.slice(at + 1, close);
      sources.push({
        before,
        after,
        hidden: middle.slice(2, -2),
        hint: hint === '...' ? '' : hint,
      });
    }
  }
  return sources;
}

export function ankiClozeText(source: ClozeSource, number = 1): string {
  const hint = source.hint ? `::${source.hint}` : '';
  return `${source.before}{{c${number}::${source.hidden}${hint}}}${source.after}`;
}

/** Anki's card `number` of a cloze note, rendered the generator's way. */
export function renderAnkiCloze(text: string, number: number): { front: string; back: string } {
  const side = (answer: boolean) =>
    text.replace(ANKI_CLOZE, (_, n: string, hidden: string, hint: string | undefined) => {
      if (Number(n) !== number) {
        return hidden;
      }
      return answer ? `**${hidden}**` : `[${hint || '...'}]`;
    });
  return { front: side(false), back: side(true) };
}
