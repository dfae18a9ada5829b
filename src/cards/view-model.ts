import type { Lang } from '../content/types';
import type { CardActionData } from './verbs';

/** A button that posts `data` back to the bot. */
export interface SubmitActionVm {
  readonly title: string;
  readonly data: CardActionData;
  /** Adaptive Card action style: 'positive' marks the main next step. */
  readonly style: 'default' | 'positive';
}

/** A button that only opens a link (self-contained cards use nothing else). */
export interface LinkActionVm {
  readonly title: string;
  readonly url: string;
}

/** One line of text in a repeated block. */
export interface TextItemVm {
  readonly text: string;
}

/** A label/value pair for a FactSet. */
export interface FactVm {
  readonly title: string;
  readonly value: string;
}

/** Fields every card's view model carries. */
export interface BaseVm {
  /**
   * The language every label of the view model is in. Templates do not copy it to the card's `lang`: adaptivecards
   * 3.0.6 checks that property with a global regex whose kept lastIndex rejects it on every second card it parses.
   */
  readonly lang: Lang;
}

/** A Submit button; `style` defaults to 'default'. */
export function submit(title: string, data: CardActionData, style: SubmitActionVm['style'] = 'default'): SubmitActionVm {
  return { title, data, style };
}

/** Wraps plain strings for a template's repeated TextBlocks. */
export function textItems(texts: readonly string[]): TextItemVm[] {
  return texts.map((text) => ({ text }));
}
