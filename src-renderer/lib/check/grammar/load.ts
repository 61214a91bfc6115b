/**
 * The grammar data, loaded once on first use: a dynamic import, so the web build keeps it in a
 * chunk of its own that the first type-in card fetches, not the app's start.
 */
import type { GrammarData } from './types';

let loading: Promise<GrammarData> | undefined;

export function loadGrammar(): Promise<GrammarData> {
  loading ??= import('./grammar-data.json').then(
    (module) => module.default as GrammarData,
    (error: unknown) => {
      // A failed fetch (offline web build, say) may succeed on the next card.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
