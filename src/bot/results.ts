import type { Activity } from 'botbuilder';
import {
  buildAdminTasksCard,
  buildComparisonCard,
  buildInstructionsCard,
  buildRecommendationCard,
} from '../cards';
import { botText } from '../content/bot';
import { instructionsAsPlainText, localizeInstructions } from '../content';
import { hasOrgValues } from '../content/instructions';
import { sealOrgValues } from '../settings/page-token';
import type { Lang, OrgValues } from '../content/types';
import { instructionSets, recommend } from '../engine';
import type { Answers, InstructionSetId } from '../engine/types';
import { cardMessage, plainTextMessage } from './replies';

/** What the result messages need besides the answers: where the printable pages are and the organization's values. */
export interface ResultOptions {
  readonly baseUrl?: string;
  readonly org?: OrgValues;
  /** Seals `org` into the printable-page links, so the page shows the organization's values too. */
  readonly linkKey?: Buffer;
  /** Post the plain-text copy as a message (default); employees get it as a link on the card instead. */
  readonly postPlainText?: boolean;
}

/**
 * The employee instruction cards for `sets` (self-contained, links only), then one plain-text message with the same
 * instructions for e-mail.
 */
export function instructionMessages(sets: readonly InstructionSetId[], lang: Lang, options: ResultOptions): Partial<Activity>[] {
  if (sets.length === 0) return [];
  const pageToken = options.org !== undefined && options.linkKey !== undefined && hasOrgValues(options.org) ? sealOrgValues(options.org, options.linkKey) : undefined;
  const cardOptions = {
    ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
    ...(options.org === undefined ? {} : { org: options.org }),
    ...(pageToken === undefined ? {} : { pageToken }),
  };
  const cards = sets.map((set) => cardMessage(buildInstructionsCard(set, lang, cardOptions)));
  if (options.postPlainText === false) return cards;
  const plain = sets.map((set) => instructionsAsPlainText(localizeInstructions(set, lang, options.org), lang));
  return [...cards, plainTextMessage([botText(lang).results.plainTextIntro, ...plain].join('\n\n'))];
}

/**
 * The finished advice: recommendation, comparison, admin tasks and employee instructions (both ownership variants
 * for a mixed fleet) plus the plain-text copy. When the answers contradict each other only the recommendation (which
 * explains what to re-check) and the comparison are sent.
 */
export function adviceMessages(answers: Answers, flow: string, lang: Lang, options: ResultOptions): Partial<Activity>[] {
  const rec = recommend(answers);
  const recommendation = cardMessage(buildRecommendationCard({ rec, answers, flow }, lang));
  const comparison = cardMessage(buildComparisonCard({ answers, rec, flow }, lang));
  if (rec.recommended === null) return [recommendation, comparison];
  const tasks = cardMessage(
    buildAdminTasksCard({ rec, answers, flow, ...(options.org === undefined ? {} : { org: options.org }) }, lang),
  );
  return [recommendation, comparison, tasks, ...instructionMessages(instructionSets(rec, answers), lang, options)];
}
