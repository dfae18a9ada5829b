import {
  type Activity,
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards';
import { langFromLocale } from '../content';
import type { Lang } from '../content/types';
import type { Logger } from '../logger';
import { activityLocale, mentionsRecipient, stripMentionTags, tenantOf, turnIds } from './activity-info';
import { readCardAction } from './card-action';
import { EmployeeDialog } from './employee-dialog';
import { onInsertedCard, onTooLong, onUnknownAction, welcome } from './handlers/general';
import type { SettingsAdmin } from './handlers/settings';
import { instructionSearchResponse } from './message-extension';
import type { OrgSettings, OrgSettingsReader } from './org-settings';
import { routeAction, routeText } from './router';
import { readUserProfile, type ConversationData, type UserProfile } from './state';
import { isTooLong, parseCommand } from './text-input';
import { conversationDocument, type Turn } from './turn';
import { setTurnInfo, type TurnInput } from './turn-info';

export interface AdvisorBotDeps {
  readonly conversationState: ConversationState;
  readonly userState: UserState;
  readonly logger: Logger;
  /** Public base URL of this app, for links to the printable instruction pages. */
  readonly baseUrl?: string;
  /** Seals the organization's values into printable-page links (config.instructionsLinkKey). */
  readonly linkKey?: Buffer;
  /** Where employees' organization settings are read (default: settingsAdmin's store); without one they get the general instructions. */
  readonly settings?: OrgSettingsReader;
  /** Lets administrators publish and edit settings; without it those actions say settings cannot be changed here. */
  readonly settingsAdmin?: SettingsAdmin;
  /** Run ids; random by default. */
  readonly newFlowId?: () => string;
}

/**
 * True for a message whose only content is a card someone inserted (e.g. from the message extension): it arrives with
 * the card as an attachment and, as text, only markup placing it (the Playground sends an `inline-compose-card` span,
 * Teams an `<attachment id="…">` tag).
 */
export function carriesOnlyACard(activity: Partial<Activity>): boolean {
  const text = typeof activity.text === 'string' ? activity.text.replace(/<[^>]*>/g, ' ').trim() : '';
  return text === '' && (activity.attachments ?? []).some((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE || a.contentType?.startsWith('application/vnd.microsoft.card.') === true);
}

/**
 * The Teams bot's entry point: reads each activity (mentions, card submits, typed commands), builds the turn, and hands
 * it to the router (src/bot/router.ts), whose tables name the handler of every command and card verb. All
 * per-conversation and per-user data lives in botbuilder state; the bot object holds only its wiring.
 */
export class AdvisorBot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly userProfile: StatePropertyAccessor<UserProfile>;
  private readonly newRunId: () => string;

  constructor(private readonly deps: AdvisorBotDeps) {
    super();
    this.newRunId = deps.newFlowId ?? randomUUID;
    this.dialogs = new DialogSet(deps.conversationState.createProperty<DialogState>('dialogState')).add(
      new EmployeeDialog({
        logger: deps.logger,
        newFlowId: this.newRunId,
        ...(deps.baseUrl === undefined ? {} : { baseUrl: deps.baseUrl }),
        ...(deps.linkKey === undefined ? {} : { linkKey: deps.linkKey }),
      }),
    );
    this.conversationData = deps.conversationState.createProperty<ConversationData>('advisor');
    this.userProfile = deps.userState.createProperty<UserProfile>('profile');

    this.onMessage(async (context, next) => {
      await this.onUserMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) await welcome(await this.turn(context, { kind: 'text', text: '' }));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await welcome(await this.turn(context, { kind: 'text', text: '' }));
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      // Reinstalling later should welcome again.
      const doc = conversationDocument(this.conversationData, context);
      await doc.setData({ ...(await doc.data()), welcomed: false });
      await next();
    });
  }

  /** Runs one turn and saves conversation and user state; a failing turn saves nothing and rethrows for onTurnError. */
  override async run(context: TurnContext): Promise<void> {
    const { conversationState, userState, logger } = this.deps;
    await conversationState.load(context);
    await userState.load(context);
    try {
      await super.run(context);
    } catch (err) {
      await this.keepStateAfterFailure(context);
      throw err;
    }
    await conversationState.saveChanges(context);
    await userState.saveChanges(context);
    logger.debug(turnIds(context), 'turn handled');
  }

  /** After a failed turn: the conversation as it was before the turn is saved again (nothing of the turn is kept). */
  private async keepStateAfterFailure(context: TurnContext): Promise<void> {
    try {
      await this.deps.conversationState.load(context, true);
      await this.deps.conversationState.saveChanges(context);
    } catch (err) {
      this.deps.logger.error({ ...turnIds(context), err }, 'could not record the failed activity id');
    }
  }

  private async onUserMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const hasValue = activity.value !== undefined && activity.value !== null;
    const conversationType = activity.conversation?.conversationType;
    if (!hasValue && (conversationType === 'channel' || conversationType === 'groupChat')) {
      // In shared conversations the bot only answers when it is @mentioned; card buttons always reach it.
      if (!mentionsRecipient(activity)) return;
      TurnContext.removeRecipientMention(activity);
    }
    const rawText = typeof activity.text === 'string' ? activity.text : '';
    if (hasValue) {
      const read = readCardAction(activity.value);
      const turn = await this.turn(context, read.ok ? { kind: 'action', action: read.action } : { kind: 'text', text: '' });
      if (!read.ok) {
        this.deps.logger.info({ ...turnIds(context), problem: read.problem }, 'unreadable card action');
        return onUnknownAction(turn);
      }
      return routeAction(turn, read.action);
    }
    if (isTooLong(rawText)) return onTooLong(await this.turn(context, { kind: 'text', text: '' }));
    const text = stripMentionTags(rawText);
    const command = parseCommand(text);
    const turn = await this.turn(context, { kind: 'text', text, ...(command === undefined ? {} : { command }) });
    if (carriesOnlyACard(activity)) return onInsertedCard(turn);
    return routeText(turn, text, command);
  }

  /** Builds the turn every handler gets (and the turn info the employee dialog reads). */
  private async turn(context: TurnContext, input: TurnInput): Promise<Turn> {
    const lang = await this.lang(context);
    let org: Promise<OrgSettings | undefined> | undefined;
    let dc: Promise<DialogContext> | undefined;
    const readOrgOnce = (): Promise<OrgSettings | undefined> => (org ??= this.readOrg(context));
    setTurnInfo(context, { lang, input, org: readOrgOnce });
    return {
      context,
      lang,
      input,
      logger: this.deps.logger,
      dialogs: () => (dc ??= this.dialogs.createContext(context)),
      baseUrl: this.deps.baseUrl,
      linkKey: this.deps.linkKey,
      settingsAdmin: this.deps.settingsAdmin,
      newRunId: this.newRunId,
      org: readOrgOnce,
      ...conversationDocument(this.conversationData, context),
      setLang: async (wanted) => this.userProfile.set(context, { ...readUserProfile(await this.userProfile.get(context, {})), lang: wanted }),
    };
  }

  /**
   * The helpdesk search (composeExtension/query): matching instruction cards in the searcher's language with the
   * tenant's settings applied. Answers from memory plus one settings read, far inside Teams' 5-second limit.
   */
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const started = Date.now();
    const lang = await this.lang(context);
    const org = await this.readOrg(context);
    const response = instructionSearchResponse(query, {
      lang,
      ...(org === undefined ? {} : { org }),
      ...(this.deps.baseUrl === undefined ? {} : { baseUrl: this.deps.baseUrl }),
      ...(this.deps.linkKey === undefined ? {} : { linkKey: this.deps.linkKey }),
    });
    const result = response.composeExtension;
    this.deps.logger.info(
      { ...turnIds(context), resultType: result?.type, results: result?.attachments?.length ?? 0, ms: Date.now() - started },
      'instruction search answered',
    );
    return response;
  }

  /** The user's chosen language, else the Teams locale (nl-* → Dutch), else English. */
  private async lang(context: TurnContext): Promise<Lang> {
    const profile = readUserProfile(await this.userProfile.get(context, {}));
    return profile.lang ?? langFromLocale(activityLocale(context.activity));
  }

  /** The tenant's published settings; a failing store is logged and treated as "none" so employees still get help. */
  private async readOrg(context: TurnContext): Promise<OrgSettings | undefined> {
    const tenantId = tenantOf(context.activity);
    const reader = this.deps.settings ?? this.deps.settingsAdmin?.store;
    if (reader === undefined || tenantId === undefined) return undefined;
    try {
      return await reader.read(tenantId);
    } catch (err) {
      this.deps.logger.error({ ...turnIds(context), err }, 'could not read organization settings; using the general instructions');
      return undefined;
    }
  }
}
