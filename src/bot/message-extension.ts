import { CardFactory, type MessagingExtensionAttachment, type MessagingExtensionResponse } from 'botbuilder';
import { buildInstructionsCard } from '../cards';
import { localizeInstructions, methodName } from '../content';
import { hasOrgValues } from '../content/instructions';
import { escapeMarkdown } from '../content/markdown';
import { messageExtensionText } from '../content/message-extension';
import type { Lang } from '../content/types';
import type { InstructionSetId } from '../engine/types';
import { sealOrgValues } from '../settings/page-token';
import { searchInstructionSets } from './message-extension-search';
import type { OrgSettings } from './org-settings';

/** The search command as manifest/manifest.json declares it (composeExtensions[0].commands[0]). */
export const INSTRUCTION_SEARCH = { commandId: 'searchInstructions', parameter: 'query' } as const;

/** Teams shows at most this many results per page. */
export const MAX_RESULTS_PER_PAGE = 25;

/** The longest search text read; longer input is cut (nobody types more, and it keeps matching cheap). */
const MAX_QUERY_CHARS = 200;

/** A composeExtension/query value, read defensively (Teams sends it, but nothing about it is trusted). */
export type SearchRequest =
  | { readonly ok: true; readonly text: string; readonly skip: number; readonly count: number }
  | { readonly ok: false; readonly commandId: string };

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function wholeNumber(v: unknown, fallback: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isInteger(v) ? Math.min(max, Math.max(min, v)) : fallback;
}

/** Reads the invoke value: the command must be ours; a missing or odd query parameter counts as an empty search. */
export function readSearchRequest(value: unknown): SearchRequest {
  const v = isRecord(value) ? value : {};
  const commandId = typeof v.commandId === 'string' ? v.commandId : '';
  if (commandId !== INSTRUCTION_SEARCH.commandId) return { ok: false, commandId: commandId.slice(0, 100) };
  const params = Array.isArray(v.parameters) ? v.parameters.filter(isRecord) : [];
  const query = params.find((p) => p.name === INSTRUCTION_SEARCH.parameter);
  const text = typeof query?.value === 'string' ? query.value.slice(0, MAX_QUERY_CHARS).trim() : '';
  const options = isRecord(v.queryOptions) ? v.queryOptions : {};
  return {
    ok: true,
    text,
    skip: wholeNumber(options.skip, 0, 0, 1000),
    count: wholeNumber(options.count, MAX_RESULTS_PER_PAGE, 1, MAX_RESULTS_PER_PAGE),
  };
}

export interface InstructionSearchOptions {
  readonly lang: Lang;
  /** The searcher's tenant settings: filled into the inserted cards, and its own sets listed first. */
  readonly org?: OrgSettings;
  /** For the printable-page link on each card. */
  readonly baseUrl?: string;
  /** Seals `org` into the printable-page links, so the page shows the organization's values as the card does. */
  readonly linkKey?: Buffer;
}

/** The preview cut to a sentence-ish length; the inserted card has the full text. */
function short(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}\u2026`;
}

/**
 * One result: the self-contained instruction card to insert, with a thumbnail preview for the result list (its short
 * list title and the method as subtitle: Teams and the Playground give each one line, and longer ones ran into the
 * line below).
 */
function resultAttachment(set: InstructionSetId, options: InstructionSearchOptions, pageToken: string | undefined): MessagingExtensionAttachment {
  const { lang, org, baseUrl } = options;
  const card = buildInstructionsCard(set, lang, {
    ...(org === undefined ? {} : { org }),
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(pageToken === undefined ? {} : { pageToken }),
  });
  const instr = localizeInstructions(set, lang, org);
  const preview = CardFactory.thumbnailCard(instr.listTitle, short(instr.intro), undefined, undefined, {
    subtitle: methodName(instr.method, lang),
  });
  return { ...CardFactory.adaptiveCard(card), preview };
}

/**
 * The answer to a helpdesk search: matching instruction cards (every set for an empty search) in the searcher's
 * language with the tenant's settings applied; a short message for no match or a command this app does not have.
 */
export function instructionSearchResponse(value: unknown, options: InstructionSearchOptions): MessagingExtensionResponse {
  const t = messageExtensionText(options.lang);
  const request = readSearchRequest(value);
  if (!request.ok) return { composeExtension: { type: 'message', text: t.unknownCommand } };
  const sets = searchInstructionSets(request.text, options.org);
  if (sets.length === 0) return { composeExtension: { type: 'message', text: t.noMatch(escapeMarkdown(request.text.slice(0, 60))) } };
  const page = sets.slice(request.skip, request.skip + request.count);
  const { org, linkKey } = options;
  // Sealed once per search: every card on the page links to a printable page with the same organization values.
  const pageToken = org !== undefined && linkKey !== undefined && hasOrgValues(org) ? sealOrgValues(org, linkKey) : undefined;
  return {
    composeExtension: { type: 'result', attachmentLayout: 'list', attachments: page.map((set) => resultAttachment(set, options, pageToken)) },
  };
}
