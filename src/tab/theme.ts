/** The three Teams themes; anything else a host reports is treated as the default (light) theme. */
export const THEMES = ['default', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

/** The theme for a value from Teams' context or theme-change event. */
export function themeFromHost(value: unknown): ThemeName {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value) ? (value as ThemeName) : 'default';
}

/** The colours of one theme; the page's CSS variables and the cards' HostConfig both come from it, so they match. */
export interface Palette {
  /** Behind the panels. */
  readonly page: string;
  readonly surface: string;
  readonly emphasis: string;
  readonly accentSurface: string;
  readonly goodSurface: string;
  readonly warningSurface: string;
  readonly attentionSurface: string;
  readonly text: string;
  readonly subtle: string;
  readonly border: string;
  readonly brand: string;
  readonly good: string;
  readonly warning: string;
  readonly attention: string;
  /** The primary button's fill and its text. */
  readonly brandFill: string;
  readonly onBrandFill: string;
  /** Hover background of secondary buttons. */
  readonly hover: string;
}

/** Fluent 2 / Teams colours; the dark and contrast values keep WCAG AA contrast on their surfaces. */
export const PALETTES = {
  default: {
    page: '#F5F5F5',
    surface: '#FFFFFF',
    emphasis: '#F5F5F5',
    accentSurface: '#EBEBF9',
    goodSurface: '#F1FAF1',
    warningSurface: '#FFF9F5',
    attentionSurface: '#FDF3F4',
    text: '#242424',
    subtle: '#616161',
    border: '#E0E0E0',
    brand: '#4F52B2',
    good: '#0E700E',
    warning: '#8A3707',
    attention: '#B10E1C',
    brandFill: '#5B5FC7',
    onBrandFill: '#FFFFFF',
    hover: '#F0F0F0',
  },
  dark: {
    page: '#1F1F1F',
    surface: '#292929',
    emphasis: '#333333',
    accentSurface: '#2F2F4A',
    goodSurface: '#1B2A1B',
    warningSurface: '#33261A',
    attentionSurface: '#3A1F22',
    text: '#FFFFFF',
    subtle: '#D6D6D6',
    border: '#4D4D4D',
    brand: '#9EA2FF',
    good: '#7FD17F',
    warning: '#FFB36B',
    attention: '#FF9AA2',
    brandFill: '#5B5FC7',
    onBrandFill: '#FFFFFF',
    hover: '#3D3D3D',
  },
  contrast: {
    page: '#000000',
    surface: '#000000',
    emphasis: '#000000',
    accentSurface: '#000000',
    goodSurface: '#000000',
    warningSurface: '#000000',
    attentionSurface: '#000000',
    text: '#FFFFFF',
    subtle: '#FFFFFF',
    border: '#FFFFFF',
    brand: '#FFFF00',
    good: '#3FF23F',
    warning: '#FFFF00',
    attention: '#FF8080',
    brandFill: '#FFFF00',
    onBrandFill: '#000000',
    hover: '#1AEBFF33',
  },
} as const satisfies Record<ThemeName, Palette>;

/** The palette as CSS custom properties (`--c-surface`, `--c-brand`, …) for tab.css. */
export function cssVariables(theme: ThemeName): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(PALETTES[theme])) out[`--c-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = value;
  return out;
}

const FONT_FAMILY = "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

function foreground(p: Palette): Record<string, { default: string; subtle: string }> {
  return {
    default: { default: p.text, subtle: p.subtle },
    dark: { default: p.text, subtle: p.subtle },
    light: { default: p.text, subtle: p.subtle },
    accent: { default: p.brand, subtle: p.brand },
    good: { default: p.good, subtle: p.good },
    warning: { default: p.warning, subtle: p.warning },
    attention: { default: p.attention, subtle: p.attention },
  };
}

/**
 * The adaptivecards HostConfig (as JSON for `new HostConfig(json)`) that renders the cards in `theme`: Teams-like
 * type ramp and spacing, and container styles whose text colours stay readable on their backgrounds.
 */
export function hostConfigJson(theme: ThemeName): Record<string, unknown> {
  const p: Palette = PALETTES[theme];
  const colors = foreground(p);
  const style = (backgroundColor: string, borderColor?: string) => ({
    backgroundColor,
    foregroundColors: colors,
    ...(borderColor === undefined ? {} : { borderColor }),
  });
  // In high contrast every box is black, so a white border is what sets containers apart.
  const edge = theme === 'contrast' ? p.border : undefined;
  return {
    supportsInteractivity: true,
    fontFamily: FONT_FAMILY,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 28, padding: 16 },
    separator: { lineThickness: 1, lineColor: p.border },
    fontTypes: {
      default: {
        fontFamily: FONT_FAMILY,
        fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
        fontWeights: { lighter: 300, default: 400, bolder: 600 },
      },
      monospace: {
        fontFamily: "Consolas, 'Courier New', monospace",
        fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
        fontWeights: { lighter: 300, default: 400, bolder: 600 },
      },
    },
    containerStyles: {
      default: style(p.surface),
      emphasis: style(p.emphasis, edge),
      accent: style(p.accentSurface, edge),
      good: style(p.goodSurface, edge),
      warning: style(p.warningSurface, edge),
      attention: style(p.attentionSurface, edge),
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16 },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      allowTitleToWrap: true,
    },
    adaptiveCard: { allowCustomStyle: true },
    factSet: {
      title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 220 },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 12,
    },
    table: { cellSpacing: 8 },
    textStyles: {
      heading: { size: 'large', weight: 'bolder', color: 'default', isSubtle: false, fontType: 'default' },
      columnHeader: { size: 'default', weight: 'bolder', color: 'default', isSubtle: false, fontType: 'default' },
    },
    textBlock: { headingLevel: 2 },
  };
}
