import type { Request } from 'restify';
import { isLang } from '../content/lang';
import type { Lang } from '../content/types';

/** The raw `lang` query parameter, if any (restify's query parser is not installed, to keep req.query untouched). */
export function queryLang(req: Request): string | undefined {
  try {
    return new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang') ?? undefined;
  } catch {
    // A request target Node accepted but URL cannot parse carries no usable lang.
    return undefined;
  }
}

/** The language to answer an error in: a valid body lang, then a valid ?lang=, then English. */
export function errorLang(req: Request, bodyLang?: unknown): Lang {
  if (isLang(bodyLang)) return bodyLang;
  const q = queryLang(req);
  if (isLang(q)) return q;
  return 'en';
}
