import { add } from './catalog/add';
import { app } from './catalog/app';
import { backup } from './catalog/backup';
import { browse } from './catalog/browse';
import { check } from './catalog/check';
import { edit } from './catalog/edit';
import { errors } from './catalog/errors';
import { exam } from './catalog/exam';
import { importExport } from './catalog/import';
import { menu } from './catalog/menu';
import { optimize } from './catalog/optimize';
import { options } from './catalog/options';
import { ring } from './catalog/ring';
import { settings } from './catalog/settings';
import { stats } from './catalog/stats';
import { study } from './catalog/study';
import { studyActions } from './catalog/study-actions';
import { InternalError } from '../errors';
import type { Locale } from './define';

export { LOCALES, type Locale } from './define';

/** Every section of the catalog; a screen adds its own file under catalog/ and one entry here. */
const sections = [
  app,
  study,
  studyActions,
  settings,
  menu,
  backup,
  importExport,
  ring,
  check,
  errors,
  edit,
  browse,
  options,
  optimize,
  stats,
  exam,
  add,
] as const;

type Section = (typeof sections)[number];
type Keys<S> = S extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = Keys<Section>;
export type Params = Record<string, string | number>;

const catalogs: Record<Locale, Record<string, string>> = {
  en: Object.assign({}, ...sections.map((s) => s.en)),
  ja: Object.assign({}, ...sections.map((s) => s.ja)),
};

/** `ja*` means Japanese, anything else English: the rule the settings page defaults to. */
export function localeFromLanguage(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

const pluralRules: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  ja: new Intl.PluralRules('ja'),
};

/**
 * `{count|card|cards}` is the word for the number `count`, by the locale's plural rules
 * (Japanese has one form, so its messages need none). A number shown with a decimal or group
 * separator ("1.5", "1,000") takes the plural, as English does.
 */
function pluralForm(locale: Locale, value: string | number, one: string, other: string): string {
  const plural = typeof value === 'string' && /[.,]/.test(value);
  return !plural && pluralRules[locale].select(Number(value)) === 'one' ? one : other;
}

export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = catalogs[locale][key] ?? catalogs.en[key];
  if (template === undefined) {
    throw new InternalError(`Missing message: ${key}`);
  }
  return template
    .replace(
      /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
      (whole, name: string, one: string, other: string) =>
        name in params ? pluralForm(locale, params[name]!, one, other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

export type Translate = (key: MessageKey, params?: Params) => string;
