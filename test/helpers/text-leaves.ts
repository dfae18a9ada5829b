/** One text of an English/Dutch table pair, by its dotted path. */
export interface TextLeaf {
  readonly path: string;
  readonly en: string;
  readonly nl: string;
}

/** Marks a leaf whose English and Dutch entries differ in shape (a key missing, or not text on both sides). */
export const SHAPE_MISMATCH = 'MISMATCH';

/**
 * Every leaf text of two same-shaped text tables (English and Dutch); text functions are called with `sampleArgs`,
 * and a leaf whose two sides differ in shape comes back with Dutch text starting with SHAPE_MISMATCH.
 */
export function textLeaves(en: unknown, nl: unknown, sampleArgs: readonly unknown[] = [], path = ''): TextLeaf[] {
  if (typeof en === 'string' && typeof nl === 'string') return [{ path, en, nl }];
  if (typeof en === 'function' && typeof nl === 'function') return [{ path, en: String(en(...sampleArgs)), nl: String(nl(...sampleArgs)) }];
  if (typeof en === 'object' && en !== null && typeof nl === 'object' && nl !== null) {
    const keys = new Set([...Object.keys(en), ...Object.keys(nl)]);
    return [...keys].flatMap((k) =>
      textLeaves((en as Record<string, unknown>)[k], (nl as Record<string, unknown>)[k], sampleArgs, `${path}.${k}`),
    );
  }
  return [{ path, en: String(en), nl: `${SHAPE_MISMATCH} ${typeof nl}` }];
}
