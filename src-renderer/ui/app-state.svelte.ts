import { getContext, setContext } from 'svelte';
import type { AppApi } from '../lib/ipc/contract';
import type { RecallDb } from '../data/db';
import type { Clock } from '../lib/clock';
import { localeFromLanguage, translate, type Locale, type Translate } from '../lib/i18n';
import type { Failure, FailureContext } from './shared/failure';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export type LocaleChoice = Locale | 'system';

const PREFS_KEY = 'recall-deck:prefs';

interface Prefs {
  locale: LocaleChoice;
  theme: Theme;
}

function loadPrefs(): Prefs {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as Partial<Prefs>;
    return { locale: saved.locale ?? 'system', theme: saved.theme ?? 'system' };
  } catch {
    return { locale: 'system', theme: 'system' };
  }
}

/** App-wide state every screen reads: services, language, theme and the error banner. */
export class AppState {
  prefs = $state<Prefs>(loadPrefs());
  /** What the error banner shows; the error itself, so it reads in the language shown now. */
  failure = $state.raw<Failure | null>(null);
  locale = $derived<Locale>(
    this.prefs.locale === 'system' ? localeFromLanguage(navigator.language) : this.prefs.locale,
  );
  t: Translate = (key, params) => translate(this.locale, key, params);

  constructor(
    readonly db: RecallDb,
    readonly bridge: AppApi,
    readonly clock: Clock,
  ) {}

  update(change: Partial<Prefs>): void {
    this.prefs = { ...this.prefs, ...change };
    localStorage.setItem(PREFS_KEY, JSON.stringify(this.prefs));
  }

  /** Shows a failure to the user instead of losing it in the console (which keeps the stack). */
  fail(error: unknown, context?: FailureContext): void {
    console.error(error);
    this.failure = context ? { error, context } : { error };
  }
}

const KEY = Symbol('app');

export function provideApp(app: AppState): void {
  setContext(KEY, app);
}

export function useApp(): AppState {
  return getContext<AppState>(KEY);
}
