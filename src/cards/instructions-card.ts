import { instructionStepsHeading, localizeInstructions } from '../content/instructions';
import { instructionsPageText } from '../content/instructions-page';
import type { Lang, LocalizedInstructions, OrgValues } from '../content/types';
import { uiText } from '../content/ui';
import type { InstructionSetId } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import type { BaseVm, LinkActionVm } from './view-model';

export interface InstructionStepVm {
  readonly number: number;
  readonly text: string;
}

/** One block beside the steps (before you start, what you will see, …), as card data. */
export interface InstructionSectionVm {
  readonly heading: string;
  readonly items: readonly { readonly text: string }[];
}

export interface InstructionsCardVm extends BaseVm {
  readonly title: string;
  /** Says these are the general instructions when the organization has published no settings; empty otherwise. */
  readonly notice: string;
  readonly intro: string;
  /** "Before you start" (warnings, edition check), shown above the steps; empty when the set has none. */
  readonly before: readonly InstructionSectionVm[];
  readonly stepsHeading: string;
  readonly steps: readonly InstructionStepVm[];
  /** What you will see, how long, fallback, if it fails, how to know it worked. */
  readonly sections: readonly InstructionSectionVm[];
  readonly outro: string;
  /** Only links: the card must keep working once forwarded or pasted where the bot is not. */
  readonly links: readonly LinkActionVm[];
}

export interface InstructionsOptions {
  /** The organization's published values; without them the card says it shows the general instructions. */
  readonly org?: OrgValues;
  /** The bot's public base URL; adds a link to the printable page. */
  readonly baseUrl?: string;
  /** Overrides whether the "general instructions" notice shows (default: when `org` has no values). */
  readonly showGeneralNotice?: boolean;
  /** The organization's values sealed for the printable page's link (made by the bot; never the values themselves). */
  readonly pageToken?: string;
}

function httpsUrl(raw: string | undefined): URL | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The printable page of an instruction set, `<baseUrl>/instructions/<set>?lang=<lang>[&org=<token>][&format=text]`;
 * undefined when baseUrl is not an http(s) URL.
 */
export function instructionsPageUrl(
  baseUrl: string | undefined,
  set: InstructionSetId,
  lang: Lang,
  extra: { readonly pageToken?: string; readonly format?: 'text' } = {},
): string | undefined {
  const base = httpsUrl(baseUrl);
  if (base === undefined) return undefined;
  const root = base.href.replace(/\/+$/, '');
  const token = extra.pageToken === undefined ? '' : `&org=${encodeURIComponent(extra.pageToken)}`;
  const format = extra.format === undefined ? '' : `&format=${extra.format}`;
  return `${root}/instructions/${encodeURIComponent(set)}?lang=${encodeURIComponent(lang)}${token}${format}`;
}

/** The view model of an employee instruction card from already localized instructions. */
export function instructionsCardVmFrom(instr: LocalizedInstructions, lang: Lang, options: InstructionsOptions = {}): InstructionsCardVm {
  const ui = uiText(lang);
  const token = options.pageToken === undefined ? {} : { pageToken: options.pageToken };
  const printable = instructionsPageUrl(options.baseUrl, instr.id, lang, token);
  const plainText = instructionsPageUrl(options.baseUrl, instr.id, lang, { ...token, format: 'text' });
  const support = httpsUrl(options.org?.supportUrl);
  const showNotice = options.showGeneralNotice ?? instr.general;
  const section = (s: LocalizedInstructions['sections'][number]): InstructionSectionVm => ({ heading: s.heading, items: s.items.map((text) => ({ text })) });
  return {
    lang,
    title: instr.title,
    notice: showNotice ? ui.instructions.generalNotice : '',
    intro: instr.intro,
    before: instr.sections.filter((s) => s.id === 'before').map(section),
    stepsHeading: instructionStepsHeading(lang),
    steps: instr.steps.map((text, i) => ({ number: i + 1, text })),
    sections: instr.sections.filter((s) => s.id !== 'before').map(section),
    outro: instr.outro,
    links: [
      ...(printable === undefined ? [] : [{ title: ui.buttons.openPrintable, url: printable }]),
      ...(plainText === undefined ? [] : [{ title: instructionsPageText(lang).plainTextButton, url: plainText }]),
      ...(support?.protocol === 'https:' ? [{ title: ui.buttons.contactSupport, url: support.href }] : []),
    ],
  };
}

/** The view model of the employee instruction card for `set`, with the organization's values filled in when given. */
export function instructionsCardVm(set: InstructionSetId, lang: Lang, options: InstructionsOptions = {}): InstructionsCardVm {
  return instructionsCardVmFrom(localizeInstructions(set, lang, options.org), lang, options);
}

/**
 * The self-contained employee instruction card: numbered steps, no Submit/Execute actions, only links
 * (printable page, support). Used in chat, by the message extension and in the tab.
 */
export function buildInstructionsCard(set: InstructionSetId, lang: Lang, options: InstructionsOptions = {}): AdaptiveCardJson {
  return render('instructions', instructionsCardVm(set, lang, options));
}
