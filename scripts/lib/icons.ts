import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The two icons Teams needs, each drawn from an SVG source beside it in manifest/. */
export const ICONS = {
  color: { png: 'color.png', svg: 'color.svg', size: 192 },
  outline: { png: 'outline.png', svg: 'outline.svg', size: 32 },
} as const;

export type IconKind = keyof typeof ICONS;

/**
 * Renders manifest/<kind>.svg to PNG bytes at the icon's size with resvg (deterministic: no system fonts, the
 * icons have no text). Throws when the SVG is unreadable.
 */
export function renderIcon(manifestDir: string, kind: IconKind): Buffer {
  const { svg, size } = ICONS[kind];
  const resvg = new Resvg(readFileSync(join(manifestDir, svg)), {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}
