import type { Activity } from 'botbuilder';
import { buildInstructionsCard } from '../cards';
import { hasOrgValues } from '../content/instructions';
import type { Lang, OrgValues } from '../content/types';
import type { InstructionSetId } from '../engine/types';
import { sealOrgValues } from '../settings/page-token';
import { cardMessage } from './replies';

/** What the instruction messages need: where the printable pages are and the organization's values. */
export interface ResultOptions {
  readonly baseUrl?: string;
  readonly org?: OrgValues;
  /** Seals `org` into the printable-page links, so the page shows the organization's values too. */
  readonly linkKey?: Buffer;
}

/**
 * The employee instruction cards for `sets`, one message each so helpdesk can forward one on its own. Each card
 * offers its printable page and its plain text for e-mail as links; nothing else is posted.
 */
export function instructionMessages(sets: readonly InstructionSetId[], lang: Lang, options: ResultOptions): Partial<Activity>[] {
  const pageToken = options.org !== undefined && options.linkKey !== undefined && hasOrgValues(options.org) ? sealOrgValues(options.org, options.linkKey) : undefined;
  const cardOptions = {
    ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
    ...(options.org === undefined ? {} : { org: options.org }),
    ...(pageToken === undefined ? {} : { pageToken }),
  };
  return sets.map((set) => cardMessage(buildInstructionsCard(set, lang, cardOptions)));
}
