import {
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
import { buildAdminTasksCard, buildComparisonCard, buildHelpCard, buildWelcomeCard, VERBS } from '../cards';
import { botText, LANGUAGE_WORDS, MAX_MESSAGE_CHARS } from '../content/bot';
import { isLang, langFromLocale } from '../content';
import { settingsText } from '../content/settings';
import { LANGS, type Lang } from '../content/types';
import { instructionSets, recommend } from '../engine';
import type { Answers, InstructionSetId } from '../engine/types';
import type { Logger } from '../logger';
import { activityLocale, mentionsRecipient, stripMentionTags, tenantOf, turnIds } from './activity-info';
import { ADVISOR_DIALOG, AdvisorDialog, readRun } from './advisor-dialog';
import { readCardAction, type CardAction } from './card-action';
import { EMPLOYEE_DIALOG, EmployeeDialog } from './employee-dialog';
import { resolveInstructionsArgument } from './instructions-argument';
import { instructionSearchResponse } from './message-extension';
import type { OrgSettings, OrgSettingsReader } from './org-settings';
import { publishFromResult, saveSettingsForm, showSettingsForm, type SettingsAdmin, type SettingsTurn } from './settings-handler';
import { cardMessage, noticeMessage } from './replies';
import { instructionMessages, type ResultOptions } from './results';
import {
  readConversationData,
  readUserProfile,
  storedAnswers,
  type ConversationData,
  type StoredResult,
  type UserProfile,
} from './state';
import { greetingText, greetingTitle, termAnswer } from '../content/understanding';
import { understand } from '../understanding';
import { detectIntent, isTooLong, normalizeText, parseCommand, type TypedCommand } from './text-input';
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

/** Where a card button's answers come from: the button itself, or a result kept in conversation state. */
interface ResultSource {
  readonly flow?: string;
  readonly answers?: unknown;
}

/**
 * The Teams bot: welcome on install, commands in English and Dutch, the advice and employee dialogs, and every card
 * verb. All per-conversation and per-user data lives in botbuilder state; the bot object holds only its wiring.
 */
export class AdvisorBot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly userProfile: StatePropertyAccessor<UserProfile>;

  constructor(private readonly deps: AdvisorBotDeps) {
    super();
    const newFlowId = deps.newFlowId ?? randomUUID;
    const baseUrl = deps.baseUrl === undefined ? {} : { baseUrl: deps.baseUrl };
    this.dialogs = new DialogSet(deps.conversationState.createProperty<DialogState>('dialogState'))
      .add(
        new AdvisorDialog({
          logger: deps.logger,
          newFlowId,
          ...baseUrl,
          onFinished: (context, result) => this.keepResult(context, result),
        }),
      )
      .add(new EmployeeDialog({ logger: deps.logger, newFlowId, ...baseUrl, ...(deps.linkKey === undefined ? {} : { linkKey: deps.linkKey }) }));
    this.conversationData = deps.conversationState.createProperty<ConversationData>('advisor');
    this.userProfile = deps.userState.createProperty<UserProfile>('profile');

    this.onMessage(async (context, next) => {
      await this.onUserMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      // Reinstalling later should welcome again.
      await this.setData(context, { ...(await this.data(context)), welcomed: false });
      await next();
    });
  }

  /**
   * Runs one turn: ignores a redelivered activity id, dispatches, and saves state. When the turn fails, the
   * conversation keeps the state it had before the turn (only the activity id is remembered) and the error is
   * rethrown for the adapter's onTurnError to answer.
   */
  override async run(context: TurnContext): Promise<void> {
    const { conversationState, userState, logger } = this.deps;
    await conversationState.load(context);
    await userState.load(context);
    const ids = turnIds(context);
    try {
      await super.run(context);
    } catch (err) {
      await this.keepStateAfterFailure(context);
      throw err;
    }
    await conversationState.saveChanges(context);
    await userState.saveChanges(context);
    logger.debug(ids, 'turn handled');
  }

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
    const lang = await this.lang(context);
    const rawText = typeof activity.text === 'string' ? activity.text : '';
    if (!hasValue && isTooLong(rawText)) {
      const t = botText(lang);
      await context.sendActivity(noticeMessage({ title: t.tooLong.title, text: t.tooLong.text(MAX_MESSAGE_CHARS), actions: ['help'] }, lang));
      return;
    }
    if (hasValue) {
      const read = readCardAction(activity.value);
      if (!read.ok) {
        this.deps.logger.info({ ...turnIds(context), problem: read.problem }, 'unreadable card action');
        await this.unknownAction(context, lang);
        return;
      }
      await this.dispatch(context, { kind: 'action', action: read.action }, lang);
      return;
    }
    const text = stripMentionTags(rawText);
    const command = parseCommand(text);
    await this.dispatch(context, { kind: 'text', text, ...(command === undefined ? {} : { command }) }, lang);
  }

  /** Routes one input: commands and buttons that work anywhere, then the running dialog, then a fresh start. */
  private async dispatch(context: TurnContext, input: TurnInput, lang: Lang): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    let org: Promise<OrgSettings | undefined> | undefined;
    setTurnInfo(context, { lang, input, org: () => (org ??= this.readOrg(context)) });
    if (input.kind === 'action') await this.onAction(context, dc, input.action, lang);
    else await this.onText(context, dc, input.text, input.command, lang);
  }

  private async onText(context: TurnContext, dc: DialogContext, text: string, command: TypedCommand | undefined, lang: Lang): Promise<void> {
    const name = command?.command;
    const argument = command?.argument ?? '';
    switch (name) {
      case 'help':
        await context.sendActivity(cardMessage(buildHelpCard(lang)));
        return;
      case 'language':
        await this.switchLanguage(context, argument);
        return;
      case 'cancel':
        await this.cancel(context, dc, lang);
        return;
      case 'restart':
        await dc.cancelAllDialogs();
        await dc.beginDialog(ADVISOR_DIALOG);
        return;
      case 'start':
        await this.start(dc);
        return;
      case 'compare':
        await this.compare(context, dc, lang, undefined);
        return;
      case 'tasks':
        await this.tasks(context, lang, undefined);
        return;
      case 'instructions':
        if (argument === '') await this.startEmployee(dc);
        else await this.instructionsFor(context, argument, lang);
        return;
      case 'settings':
        await showSettingsForm(this.settingsTurn(context, lang));
        return;
      case 'back':
      case undefined:
        break;
      default: {
        const unhandled: never = name;
        throw new Error(`Unhandled command ${String(unhandled)}`);
      }
    }
    if (dc.activeDialog) {
      await dc.continueDialog();
      return;
    }
    const understood = text === '' ? undefined : understand(text);
    if (understood?.question !== undefined && understood.facts.length === 0) {
      await context.sendActivity(noticeMessage({ title: botText(lang).notice, text: termAnswer(understood.question, lang), actions: ['start', 'help'] }, lang));
      return;
    }
    if (understood !== undefined && understood.facts.length + understood.unclear.length > 0 && understood.intent !== 'employee') {
      await dc.beginDialog(ADVISOR_DIALOG, { text });
      return;
    }
    const intent = text === '' ? undefined : (understood?.intent ?? detectIntent(text));
    if (intent === 'admin') await dc.beginDialog(ADVISOR_DIALOG);
    else if (intent === 'employee') await dc.beginDialog(EMPLOYEE_DIALOG);
    else if (intent === 'greeting') {
      await context.sendActivity(noticeMessage({ title: greetingTitle(lang), text: greetingText(lang), actions: ['start', 'help'] }, lang));
    } else {
      const t = botText(lang).unknownText;
      await context.sendActivity(noticeMessage({ title: t.title, text: t.text, actions: ['start', 'compare', 'help'] }, lang));
    }
  }

  /** One switch over every verb a card can send; the default answers clearly and shows help. */
  private async onAction(context: TurnContext, dc: DialogContext, action: CardAction, lang: Lang): Promise<void> {
    const t = botText(lang);
    switch (action.verb) {
      case VERBS.answer:
      case VERBS.back:
      case VERBS.employeeAnswer:
        if (dc.activeDialog) await dc.continueDialog();
        else {
          const text = action.verb === VERBS.employeeAnswer ? t.stale.employeeNoRun : t.stale.noRun;
          await context.sendActivity(noticeMessage({ title: t.stale.title, text, actions: ['start'] }, lang));
        }
        return;
      case VERBS.start:
        await this.start(dc);
        return;
      case VERBS.restart:
        await dc.cancelAllDialogs();
        await dc.beginDialog(ADVISOR_DIALOG);
        return;
      case VERBS.cancel:
        await this.cancel(context, dc, lang);
        return;
      case VERBS.help:
        await context.sendActivity(cardMessage(buildHelpCard(lang)));
        return;
      case VERBS.language:
        await this.switchLanguage(context, action.lang);
        return;
      case VERBS.compare:
        await this.compare(context, dc, lang, action);
        return;
      case VERBS.showTasks:
        await this.tasks(context, lang, action);
        return;
      case VERBS.instructions:
        if (action.set !== undefined) await this.instructionsFor(context, action.set, lang);
        else if (action.answers !== undefined || action.flow !== undefined) await this.resultInstructions(context, lang, action);
        else await this.startEmployee(dc);
        return;
      case VERBS.publish:
        await publishFromResult(this.settingsTurn(context, lang), action, (await this.data(context)).lastResult);
        return;
      case VERBS.settings:
        await showSettingsForm(this.settingsTurn(context, lang));
        return;
      case VERBS.saveSettings:
        await saveSettingsForm(this.settingsTurn(context, lang), action.inputs);
        return;
      case VERBS.closeSettings: {
        const closed = settingsText(lang).closed;
        await context.sendActivity(noticeMessage({ title: closed.title, text: closed.text }, lang));
        return;
      }
      default: {
        const unhandled: never = action;
        this.deps.logger.warn({ ...turnIds(context), action: String(unhandled) }, 'card verb without a handler');
        await this.unknownAction(context, lang);
      }
    }
  }

  private async start(dc: DialogContext): Promise<void> {
    if (dc.activeDialog?.id === ADVISOR_DIALOG) {
      await dc.continueDialog();
      return;
    }
    await dc.cancelAllDialogs();
    await dc.beginDialog(ADVISOR_DIALOG);
  }

  private async startEmployee(dc: DialogContext): Promise<void> {
    await dc.cancelAllDialogs();
    await dc.beginDialog(EMPLOYEE_DIALOG);
  }

  private async cancel(context: TurnContext, dc: DialogContext, lang: Lang): Promise<void> {
    const t = botText(lang).cancel;
    if (!dc.activeDialog) {
      await context.sendActivity(noticeMessage({ title: t.title, text: t.nothing, actions: ['start', 'help'] }, lang));
      return;
    }
    await dc.cancelAllDialogs();
    await context.sendActivity(noticeMessage({ title: t.title, text: t.text, actions: ['start', 'help'] }, lang));
  }

  private async switchLanguage(context: TurnContext, argument: string): Promise<void> {
    const wanted = languageFromWord(argument);
    if (wanted === undefined) {
      const lang = await this.lang(context);
      await context.sendActivity(noticeMessage({ title: botText(lang).notice, text: botText(lang).language.unknown }, lang));
      return;
    }
    await this.userProfile.set(context, { ...readUserProfile(await this.userProfile.get(context, {})), lang: wanted });
    await context.sendActivity(noticeMessage({ title: botText(wanted).notice, text: botText(wanted).language.switched, actions: ['help'] }, wanted));
  }

  /**
   * The comparison table: for a result button, with that result's answers and verdicts highlighted; typed, with the
   * running advice's answers so far, else the last result, else plain.
   */
  private async compare(context: TurnContext, dc: DialogContext, lang: Lang, source: ResultSource | undefined): Promise<void> {
    if (source !== undefined && (source.answers !== undefined || source.flow !== undefined)) {
      const result = await this.resultAnswers(context, source);
      if (result === 'invalid') return this.invalidSavedAnswers(context, lang);
      if (result !== undefined) {
        const rec = recommend(result.answers);
        await context.sendActivity(cardMessage(buildComparisonCard({ answers: result.answers, rec, ...flowOf(result) }, lang)));
        return;
      }
    }
    const run = dc.activeDialog?.id === ADVISOR_DIALOG ? readRun(dc.activeDialog.state) : undefined;
    const running = run === undefined ? undefined : storedAnswers(run.answers);
    if (running !== undefined) {
      await context.sendActivity(cardMessage(buildComparisonCard({ answers: running }, lang)));
      return;
    }
    const last = source === undefined ? await this.resultAnswers(context, {}) : undefined;
    if (last !== undefined && last !== 'invalid') {
      await context.sendActivity(cardMessage(buildComparisonCard({ answers: last.answers, rec: recommend(last.answers), ...flowOf(last) }, lang)));
      return;
    }
    await context.sendActivity(cardMessage(buildComparisonCard({}, lang)));
  }

  /** The admin tasks of a result (from the button's answers or the last result). */
  private async tasks(context: TurnContext, lang: Lang, source: ResultSource | undefined): Promise<void> {
    const result = await this.resultAnswers(context, source ?? {});
    if (result === 'invalid') return this.invalidSavedAnswers(context, lang);
    const t = botText(lang).results;
    if (result === undefined) {
      await context.sendActivity(noticeMessage({ title: botText(lang).notice, text: t.noResult, actions: ['start'] }, lang));
      return;
    }
    const rec = recommend(result.answers);
    if (rec.recommended === null) {
      await context.sendActivity(noticeMessage({ title: botText(lang).notice, text: t.contradiction, actions: ['restart'] }, lang));
      return;
    }
    const org = await this.readOrg(context);
    await context.sendActivity(
      cardMessage(buildAdminTasksCard({ rec, answers: result.answers, ...flowOf(result), ...(org === undefined ? {} : { org }) }, lang)),
    );
  }

  /** The employee instructions of a result (both ownership variants for a mixed fleet) plus the plain-text copy. */
  private async resultInstructions(context: TurnContext, lang: Lang, source: ResultSource): Promise<void> {
    const result = await this.resultAnswers(context, source);
    if (result === 'invalid') return this.invalidSavedAnswers(context, lang);
    const t = botText(lang).results;
    if (result === undefined) {
      await context.sendActivity(noticeMessage({ title: botText(lang).notice, text: t.noResult, actions: ['start'] }, lang));
      return;
    }
    const sets = instructionSets(recommend(result.answers), result.answers);
    if (sets.length === 0) {
      await context.sendActivity(noticeMessage({ title: botText(lang).notice, text: t.contradiction, actions: ['restart'] }, lang));
      return;
    }
    await this.sendInstructions(context, sets, lang);
  }

  /** "instructions autopilot" / a set id: that method's main instructions (and the names of its other variants). */
  private async instructionsFor(context: TurnContext, argument: string, lang: Lang): Promise<void> {
    const resolved = resolveInstructionsArgument(argument);
    const t = botText(lang).instructions;
    if (resolved === undefined) {
      await context.sendActivity(noticeMessage({ title: botText(lang).notice, text: t.unknownMethod(argument.slice(0, 60)), actions: ['help'] }, lang));
      return;
    }
    await this.sendInstructions(context, [resolved.set], lang);
    if (resolved.variants.length > 0) await context.sendActivity(t.variants(resolved.variants.join(', ')));
  }

  private async sendInstructions(context: TurnContext, sets: readonly InstructionSetId[], lang: Lang): Promise<void> {
    const org = await this.readOrg(context);
    const options: ResultOptions = {
      ...(this.deps.baseUrl === undefined ? {} : { baseUrl: this.deps.baseUrl }),
      ...(this.deps.linkKey === undefined ? {} : { linkKey: this.deps.linkKey }),
      ...(org === undefined ? {} : { org }),
    };
    await context.sendActivities(instructionMessages(sets, lang, options));
  }

  /**
   * The answers a result button refers to: its own `answers` (validated: tampered values give 'invalid'), else the
   * kept last result when the flow matches or no flow was given; undefined when there is none.
   */
  private async resultAnswers(context: TurnContext, source: ResultSource): Promise<{ answers: Answers; flow?: string } | 'invalid' | undefined> {
    if (source.answers !== undefined) {
      const answers = storedAnswers(source.answers);
      if (answers === undefined) return 'invalid';
      return { answers, ...(source.flow === undefined ? {} : { flow: source.flow }) };
    }
    const last = (await this.data(context)).lastResult;
    if (last === undefined || (source.flow !== undefined && source.flow !== last.flow)) return undefined;
    const answers = storedAnswers(last.answers);
    return answers === undefined ? undefined : { answers, flow: last.flow };
  }

  private async invalidSavedAnswers(context: TurnContext, lang: Lang): Promise<void> {
    const t = botText(lang);
    await context.sendActivity(noticeMessage({ title: t.badAnswer.title, text: t.badAnswer.savedAnswers, actions: ['start'] }, lang));
  }

  private settingsTurn(context: TurnContext, lang: Lang): SettingsTurn {
    return { context, lang, logger: this.deps.logger, admin: this.deps.settingsAdmin };
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
    });
    const result = response.composeExtension;
    this.deps.logger.info(
      { ...turnIds(context), resultType: result?.type, results: result?.attachments?.length ?? 0, ms: Date.now() - started },
      'instruction search answered',
    );
    return response;
  }

  private async unknownAction(context: TurnContext, lang: Lang): Promise<void> {
    const t = botText(lang).unknownAction;
    await context.sendActivities([noticeMessage({ title: t.title, text: t.text }, lang), cardMessage(buildHelpCard(lang))]);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const data = await this.data(context);
    if (data.welcomed === true) return;
    await context.sendActivity(cardMessage(buildWelcomeCard(await this.lang(context))));
    await this.setData(context, { ...data, welcomed: true });
  }

  private async keepResult(context: TurnContext, result: StoredResult): Promise<void> {
    await this.setData(context, { ...(await this.data(context)), lastResult: result });
  }

  /** The user's chosen language, else the Teams locale (nl-* → Dutch), else English. */
  private async lang(context: TurnContext): Promise<Lang> {
    const profile = readUserProfile(await this.userProfile.get(context, {}));
    return profile.lang ?? langFromLocale(activityLocale(context.activity));
  }

  private async data(context: TurnContext): Promise<ConversationData> {
    return readConversationData(await this.conversationData.get(context, {}));
  }

  private async setData(context: TurnContext, data: ConversationData): Promise<void> {
    await this.conversationData.set(context, data);
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

/** The language a word names ("nl", "Nederlands", "english"…), from a button's lang or the language command. */
function languageFromWord(word: string): Lang | undefined {
  const norm = normalizeText(word);
  if (isLang(norm)) return norm;
  return LANGS.find((lang) => (LANGUAGE_WORDS[lang] as readonly string[]).includes(norm));
}

function flowOf(result: { readonly flow?: string }): { flow?: string } {
  return result.flow === undefined ? {} : { flow: result.flow };
}
