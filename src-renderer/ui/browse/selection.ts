/**
 * Which cards are selected, as in a file list: a click selects one card, Ctrl/⌘+click adds or
 * removes one, Shift+click selects the range from the last clicked card. Ids, not positions, so
 * a new search or order keeps the cards selected that are still shown.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  /** The card Shift+click ranges start from. */
  anchor: string | null;
  /** The card clicked or moved to last, where the arrow keys go on from. */
  cursor: string | null;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null, cursor: null };

export interface ClickKeys {
  shift: boolean;
  toggle: boolean;
}

export function clickSelect(
  selection: Selection,
  shown: readonly { id: string }[],
  index: number,
  keys: ClickKeys,
): Selection {
  const id = shown[index]?.id;
  if (id === undefined) {
    return selection;
  }
  if (keys.shift && selection.anchor !== null) {
    const from = shown.findIndex((row) => row.id === selection.anchor);
    if (from >= 0) {
      const [start, end] = from < index ? [from, index] : [index, from];
      const range = shown.slice(start, end + 1).map((row) => row.id);
      const ids = new Set(keys.toggle ? [...selection.ids, ...range] : range);
      return { ids, anchor: selection.anchor, cursor: id };
    }
  }
  if (keys.toggle) {
    const ids = new Set(selection.ids);
    if (ids.has(id)) {
      ids.delete(id);
    } else {
      ids.add(id);
    }
    return { ids, anchor: id, cursor: id };
  }
  return { ids: new Set([id]), anchor: id, cursor: id };
}

export function selectAll(shown: readonly { id: string }[], selection: Selection): Selection {
  return { ...selection, ids: new Set(shown.map((row) => row.id)) };
}

/** The selection narrowed to the cards still shown (after a search, a delete). */
export function keepShown(selection: Selection, shown: readonly { id: string }[]): Selection {
  if (selection.ids.size === 0 && selection.anchor === null && selection.cursor === null) {
    return selection;
  }
  const present = new Set(shown.map((row) => row.id));
  const ids = new Set([...selection.ids].filter((id) => present.has(id)));
  const still = (id: string | null) => (id !== null && present.has(id) ? id : null);
  const anchor = still(selection.anchor);
  const cursor = still(selection.cursor);
  const same =
    ids.size === selection.ids.size && anchor === selection.anchor && cursor === selection.cursor;
  return same ? selection : { ids, anchor, cursor };
}
