export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A catalog section: English is the source of keys; Japanese must have exactly the same keys,
 * which the type checker enforces.
 */
export function defineMessages<const K extends string>(section: {
  en: Record<K, string>;
  ja: Record<NoInfer<K>, string>;
}): { en: Record<K, string>; ja: Record<K, string> } {
  return section;
}
