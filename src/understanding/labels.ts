import { countLabel, factLabel } from '../content/understanding';
import type { Lang } from '../content/types';
import type { Fact } from './situation';
import { countOf } from './volume';

/** A fact's label in `lang`; a count the admin wrote in digits is repeated ("about 300 devices (bulk)"). */
export function labelOfFact(f: Fact, lang: Lang): string {
  const digits = f.key === 'volume' ? /\d{1,3}(?:[.,]\d{3})+|\d+/.exec(f.text)?.[0] : undefined;
  return digits === undefined ? factLabel(f.key, f.value, lang) : countLabel(countOf(digits), f.value === 'bulk', lang);
}
