import type * as AdaptiveCards from 'adaptivecards';
import { cssVariables, hostConfigJson, PALETTES, themeFromHost, THEMES, type Palette, type ThemeName } from '../../src/tab/theme';

// The package's `main` is ES modules, which Jest does not load; the UMD bundle is the same library.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** WCAG 2 relative luminance of #RRGGBB. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio between two #RRGGBB colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT_COLOURS = ['text', 'subtle', 'brand', 'good', 'warning', 'attention'] as const satisfies readonly (keyof Palette)[];
const BACKGROUNDS = ['page', 'surface', 'emphasis', 'accentSurface', 'goodSurface', 'warningSurface', 'attentionSurface'] as const satisfies readonly (keyof Palette)[];

const PAIRS = THEMES.flatMap((theme) =>
  TEXT_COLOURS.flatMap((fg) => BACKGROUNDS.map((bg) => ({ theme, fg, bg, ratio: Math.floor(contrast(PALETTES[theme][fg], PALETTES[theme][bg]) * 100) / 100 }))),
);

describe('tab themes', () => {
  test.each([
    { value: 'default', theme: 'default' },
    { value: 'dark', theme: 'dark' },
    { value: 'contrast', theme: 'contrast' },
    { value: 'Dark', theme: 'default' },
    { value: undefined, theme: 'default' },
    { value: 42, theme: 'default' },
  ] as { value: unknown; theme: ThemeName }[])('Teams theme $value is shown as $theme', ({ value, theme }) => {
    expect(themeFromHost(value)).toBe(theme);
  });

  test.each(PAIRS)('$theme: $fg text on $bg is readable (WCAG AA, $ratio:1)', ({ ratio }) => {
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  test.each(THEMES)('%s: the primary button label is readable on its fill', (theme) => {
    expect(contrast(PALETTES[theme].onBrandFill, PALETTES[theme].brandFill)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(THEMES)('%s: the cards get the same colours as the page', (theme) => {
    const config = new AC.HostConfig(hostConfigJson(theme));
    const p = PALETTES[theme];
    const styles = config.containerStyles;
    expect(styles.default.backgroundColor).toBe(p.surface);
    expect(styles.emphasis.backgroundColor).toBe(p.emphasis);
    expect(styles.getStyleByName('attention').foregroundColors.attention.default).toBe(p.attention);
    expect(styles.default.foregroundColors.default.default).toBe(p.text);
    expect(styles.default.foregroundColors.good.default).toBe(p.good);
    expect(cssVariables(theme)).toMatchObject({ '--c-surface': p.surface, '--c-page': p.page, '--c-brand-fill': p.brandFill, '--c-on-brand-fill': p.onBrandFill });
  });

  test('the three themes really differ', () => {
    expect(new Set(THEMES.map((t) => PALETTES[t].surface)).size).toBe(3);
  });
});
