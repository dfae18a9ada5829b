import type { Activity } from 'botbuilder';
import { buildInstructionsCard } from '../cards';
import type { Lang, OrgValues } from '../content/types';
import type { InstructionSetId } from '../engine/types';
import { cardMessage } from './replies';

/** What the instruction messages need: where the printable pages are and the organization's values. */
export interface ResultOptions {
  readonly baseUrl?: string;
  readonly org?: OrgValues;
}

/**
 * The employee instruction cards for `sets`, one message each so helpdesk can forward one on its own. Each card
 * offers its e-mail text and printable page as actions; nothing else is posted.
 */
export function instructionMessages(sets: readonly InstructionSetId[], lang: Lang, options: ResultOptions): Partial<Activity>[] {
  const cardOptions = { ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }), ...(options.org === undefined ? {} : { org: options.org }) };
  return sets.map((set) => cardMessage(buildInstructionsCard(set, lang, cardOptions)));
}
