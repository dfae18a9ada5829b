import { LANGS, type Lang } from './types';

/** True when `v` is one of the supported language codes ('en' | 'nl'). */
export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

/** Maps a Teams/BCP 47 locale to a product language: any `nl` or `nl-*` locale gives 'nl', everything else 'en'. */
export function langFromLocale(locale: string | undefined): Lang {
  if (typeof locale !== 'string') return 'en';
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'nl' ? 'nl' : 'en';
}

/** Returns the `lang` member of a two-language table, falling back to English for a value that slipped past the types. */
export function pick<T>(texts: Readonly<Record<Lang, T>>, lang: Lang): T {
  return isLang(lang) ? texts[lang] : texts.en;
}
