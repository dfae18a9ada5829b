import { instructionsAsPlainText, localizeInstructions } from '../content';
import type { Lang, LocalizedInstructions, OrgValues } from '../content/types';
import { uiText } from '../content/ui';
import type { InstructionSetId } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { render } from './render';
import { textItems, type BaseVm, type LinkActionVm, type TextItemVm } from './view-model';
import { conversationText } from '../content/conversation';

export interface InstructionStepVm {
  readonly number: number;
  readonly text: string;
}

export interface InstructionsCardVm extends BaseVm {
  readonly title: string;
  /** Says these are the general instructions when the organization has published no settings; empty otherwise. */
  readonly notice: string;
  readonly intro: string;
  readonly steps: readonly InstructionStepVm[];
  readonly outro: string;
  /** Only links: the card must keep working once forwarded or pasted where the bot is not. */
  readonly links: readonly LinkActionVm[];
  /** The same instructions as e-mail text, opened on the card itself (Action.ShowCard; nothing is posted). */
  readonly emailLabel: string;
  readonly emailIntro: string;
  readonly emailLines: readonly TextItemVm[];
}

export interface InstructionsOptions {
  /** The organization's published values; without them the card says it shows the general instructions. */
  readonly org?: OrgValues;
  /** The bot's public base URL; adds a link to the printable page. */
  readonly baseUrl?: string;
  /** Overrides whether the "general instructions" notice shows (default: when `org` has no values). */
  readonly showGeneralNotice?: boolean;
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

/** The printable page of an instruction set, `<baseUrl>/instructions/<set>?lang=<lang>`; undefined when baseUrl is not an http(s) URL. */
export function instructionsPageUrl(baseUrl: string | undefined, set: InstructionSetId, lang: Lang): string | undefined {
  const base = httpsUrl(baseUrl);
  if (base === undefined) return undefined;
  const root = base.href.replace(/\/+$/, '');
  return `${root}/instructions/${encodeURIComponent(set)}?lang=${encodeURIComponent(lang)}`;
}

function hasOrgValues(org: OrgValues | undefined): boolean {
  return org !== undefined && Object.values(org).some((v) => typeof v === 'string' && v.trim() !== '');
}

/** The view model of an employee instruction card from already localized instructions. */
export function instructionsCardVmFrom(instr: LocalizedInstructions, lang: Lang, options: InstructionsOptions = {}): InstructionsCardVm {
  const ui = uiText(lang);
  const printable = instructionsPageUrl(options.baseUrl, instr.id, lang);
  const support = httpsUrl(options.org?.supportUrl);
  const showNotice = options.showGeneralNotice ?? !hasOrgValues(options.org);
  return {
    lang,
    title: instr.title,
    notice: showNotice ? ui.instructions.generalNotice : '',
    intro: instr.intro,
    steps: instr.steps.map((text, i) => ({ number: i + 1, text })),
    outro: instr.outro,
    links: [
      ...(printable === undefined ? [] : [{ title: ui.buttons.openPrintable, url: printable }]),
      ...(support?.protocol === 'https:' ? [{ title: ui.buttons.contactSupport, url: support.href }] : []),
    ],
    emailLabel: conversationText(lang).instructions.emailText,
    emailIntro: conversationText(lang).instructions.emailIntro,
    emailLines: textItems(instructionsAsPlainText(instr, lang).split('\n').filter((line) => line.trim() !== '')),
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
