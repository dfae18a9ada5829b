/**
 * Folds text for matching: NFKD without diacritics ("één" → "een", "privé" → "prive"), lower case, one kind of
 * quote and dash, single spaces. Every character keeps its position, so spans found in the folded text point at
 * the same characters of the original.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    // Keep one UTF-16 unit per original unit so offsets line up (a folded letter may not grow or shrink).
    const one = base.length === ch.length ? base : ch.length === 1 ? (base[0] ?? ch) : ch;
    out += one;
  }
  return out
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s/g, ' ');
}

/** The folded text with the trailing punctuation and outer spaces a typed answer often carries removed. */
export function foldAnswer(text: string): string {
  const flat = fold(text).replace(/ +/g, ' ').trim();
  const stripped = flat.replace(/[\s.!?,;:)"']+$/u, '').replace(/^["'(]+/u, '').trim();
  return stripped === '' ? flat : stripped;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word RegExp (global, Unicode) for a pattern source written against folded text. */
export function wordPattern(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
}
