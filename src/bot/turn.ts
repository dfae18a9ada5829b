import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { AdaptiveCardJson } from '../cards';
import type { Lang } from '../content/types';
import type { Logger } from '../logger';
import { turnIds } from './activity-info';
import type { OrgSettings } from './org-settings';
import { cardMessage } from './replies';
import type { SettingsAdmin } from './handlers/settings';
import { PENDING_REPLY_PREFIX } from './state/storage-turn';
import { readConversationData, type ConversationData } from './state';
import { supportsMessageUpdates } from './surface';
import type { TurnInput } from './turn-info';

/** What every handler gets for one turn: the context, the user's language, the conversation document and helpers. */
export interface Turn {
  readonly context: TurnContext;
  readonly lang: Lang;
  readonly input: TurnInput;
  readonly logger: Logger;
  /** The employee dialog's context (its stack lives in conversation state); made on first use, most turns need none. */
  readonly dialogs: () => Promise<DialogContext>;
  readonly baseUrl: string | undefined;
  /** Seals the organization's values into printable-page links. */
  readonly linkKey: Buffer | undefined;
  readonly settingsAdmin: SettingsAdmin | undefined;
  /** A new random run id. */
  readonly newRunId: () => string;
  /** The tenant's published settings (read on first use). */
  readonly org: () => Promise<OrgSettings | undefined>;
  readonly data: () => Promise<ConversationData>;
  readonly setData: (data: ConversationData) => Promise<void>;
  /** Switches the user's language (remembered per user). */
  readonly setLang: (lang: Lang) => Promise<void>;
}

/** Where the instruction cards' links point and what they carry. */
export function instructionOptions(turn: Turn, org: OrgSettings | undefined): { baseUrl?: string; linkKey?: Buffer; org?: OrgSettings } {
  return {
    ...(turn.baseUrl === undefined ? {} : { baseUrl: turn.baseUrl }),
    ...(turn.linkKey === undefined ? {} : { linkKey: turn.linkKey }),
    ...(org === undefined ? {} : { org }),
  };
}

/** Reads and writes the conversation document through botbuilder's state property. */
export function conversationDocument(
  accessor: StatePropertyAccessor<ConversationData>,
  context: TurnContext,
): Pick<Turn, 'data' | 'setData'> {
  return {
    data: async () => readConversationData(await accessor.get(context, { schema: 2 })),
    setData: async (data) => accessor.set(context, data),
  };
}

/** The id of the person who sent this activity: their Entra object id, else the channel's user id. */
export function senderId(activity: Partial<Activity>): string {
  const aad = activity.from?.aadObjectId;
  return typeof aad === 'string' && aad !== '' ? aad : (activity.from?.id ?? '');
}

/**
 * Shows `card` as the run's live card: updates message `activityId` in place where the surface allows it, else (no
 * id yet, a card whose delivery failed, Microsoft 365 Copilot Chat, or the update failed) posts it. Returns the id
 * of the message that shows it.
 */
export async function showLiveCard(turn: Turn, card: AdaptiveCardJson, activityId: string | undefined): Promise<string | undefined> {
  // A placeholder id left in the state means that card never reached the chat: updating it would show nothing.
  const delivered = activityId !== undefined && !activityId.startsWith(PENDING_REPLY_PREFIX);
  if (delivered && supportsMessageUpdates(turn.context.activity)) {
    try {
      await turn.context.updateActivity({ ...cardMessage(card), id: activityId });
      return activityId;
    } catch (err) {
      turn.logger.warn({ ...turnIds(turn.context), err }, 'could not update the live card; posting it instead');
    }
  }
  const sent = await turn.context.sendActivity(cardMessage(card));
  return sent?.id;
}

/** Replaces an older card with a read-only one; nothing happens where messages cannot be updated, and a failure is logged. */
export async function retireCard(turn: Turn, activityId: string | undefined, card: AdaptiveCardJson): Promise<void> {
  if (activityId === undefined || !supportsMessageUpdates(turn.context.activity)) return;
  try {
    await turn.context.updateActivity({ ...cardMessage(card), id: activityId });
  } catch (err) {
    turn.logger.warn({ ...turnIds(turn.context), err }, 'could not retire an older card');
  }
}
