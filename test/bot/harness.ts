import {
  ConversationState,
  TestAdapter,
  UserState,
  type Activity,
  type ResourceResponse,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import pino from 'pino';
import type { Lang } from '../../src/content/types';
import { AdvisorBot } from '../../src/bot/advisor-bot';
import { ConflictAwareMemoryStorage } from '../../src/bot/state/storage-stores';
import { redelivered } from '../../src/bot/state/storage-turn';
import type { OrgSettingsReader } from '../../src/bot/org-settings';
import type { SettingsAdmin } from '../../src/bot/handlers/settings';
import { createTurnErrorHandler } from '../../src/bot/turn-error';
import { collectActions } from '../../src/cards';
import type { Logger } from '../../src/logger';
import { pageTokenKey } from '../../src/settings/page-token';

/** The Teams locale a test sends for each language. */
export const LOCALE: Readonly<Record<Lang, string>> = { en: 'en-US', nl: 'nl-NL' };

/** The bot and two people of a group chat, as Teams names them in activities. */
export const BOT = { id: 'bot', name: 'Advisor' } as const;
export const ALEX = { id: 'user-alex', name: 'Alex Wilber', aadObjectId: 'aad-alex' } as const;
export const MEGAN = { id: 'user-megan', name: 'Megan Bowen', aadObjectId: 'aad-megan' } as const;

/** The key the harness bot seals organization values into printable-page links with. */
export const HARNESS_LINK_KEY = pageTokenKey('the test harness link key, not a real secret');

/** A TestAdapter that records in-place updates, and can be told to fail them (as Teams sometimes does). */
export class RecordingAdapter extends TestAdapter {
  readonly updates: Partial<Activity>[] = [];
  failUpdates = false;
  /** How many of the next send calls fail, like a connector that is down. */
  failSends = 0;

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    if (this.failSends > 0) {
      this.failSends--;
      throw new Error('simulated connector failure (token=secret-123)');
    }
    return super.sendActivities(context, activities);
  }

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    if (this.failUpdates) throw new Error('simulated updateActivity failure');
    this.updates.push(activity);
    await super.updateActivity(context, activity);
  }
}

/** A log sink that keeps every line, so tests can assert what was logged (and what was not). */
export function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (chunk: string) => void chunks.push(chunk) });
  return { logger, lines: () => chunks.map((c) => JSON.parse(c) as Record<string, unknown>) };
}

export interface HarnessOptions {
  readonly storage?: Storage;
  readonly settings?: OrgSettingsReader;
  /** Lets administrators publish and edit settings (the settings store and the administrators' object ids). */
  readonly settingsAdmin?: SettingsAdmin;
  readonly locale?: string;
  /** Public base URL for the printable-page links. */
  readonly baseUrl?: string;
}

/** One test conversation with the real bot behind a TestAdapter and the real onTurnError. */
export class Conversation {
  readonly adapter: RecordingAdapter;
  readonly bot: AdvisorBot;
  readonly storage: Storage;
  readonly log: ReturnType<typeof memoryLogger>;
  /** Every message the bot posted, by id, as it reads now (after in-place updates), in the order posted. */
  readonly messages = new Map<string, Partial<Activity>>();
  /** How many messages the bot posted (updates not counted). */
  posted = 0;
  private nextId = 1;

  constructor(
    options: HarnessOptions = {},
    readonly defaults: Partial<Activity> = {},
  ) {
    this.storage = options.storage ?? new ConflictAwareMemoryStorage();
    this.log = memoryLogger();
    const conversationState = new ConversationState(this.storage);
    const userState = new UserState(this.storage);
    this.bot = new AdvisorBot({
      conversationState,
      userState,
      logger: this.log.logger,
      baseUrl: options.baseUrl ?? 'https://advisor.example.com',
      linkKey: HARNESS_LINK_KEY,
      ...(options.settings === undefined ? {} : { settings: options.settings }),
      ...(options.settingsAdmin === undefined ? {} : { settingsAdmin: options.settingsAdmin }),
    });
    // Redelivery detection lives in the runtime's turn runner (a create-only marker per activity); the same check here.
    this.adapter = new RecordingAdapter(async (context) => {
      if (!(await redelivered(this.storage, context))) await this.bot.run(context);
    });
    this.adapter.onTurnError = createTurnErrorHandler({ logger: this.log.logger, userState });
    if (options.locale !== undefined) this.adapter.locale = options.locale;
  }

  /** Sends one activity and returns the bot's replies to it. */
  async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const full: Partial<Activity> = {
      type: 'message',
      id: `activity-${this.nextId++}`,
      ...(this.adapter.locale ? { locale: this.adapter.locale } : {}),
      ...this.defaults,
      ...activity,
    };
    const updatesBefore = this.adapter.updates.length;
    await this.adapter.processActivity(full);
    const replies = this.adapter.activeQueue.splice(0);
    for (const reply of replies) {
      this.posted++;
      if (typeof reply.id === 'string') this.messages.set(reply.id, reply);
    }
    for (const update of this.adapter.updates.slice(updatesBefore)) {
      if (typeof update.id === 'string' && this.messages.has(update.id)) this.messages.set(update.id, update);
    }
    return replies;
  }

  /** The messages whose card still has live answer buttons or a prerequisite card's Continue (question cards a user could click). */
  liveQuestionCards(): Partial<Activity>[] {
    return [...this.messages.values()].filter((m) => answerButtons(cardOf(m)).length > 0 || groupButton(cardOf(m)) !== undefined);
  }

  /** Every message the bot posted, as each reads now (cards updated in place included). */
  all(): Partial<Activity>[] {
    return [...this.messages.values()];
  }

  /** The message posted last, as it reads now. */
  last(): Partial<Activity> | undefined {
    return [...this.messages.values()].pop();
  }

  /** The newest message whose card has answer buttons, as it reads now (the run's live card). */
  liveCard(): Partial<Activity> | undefined {
    return this.liveQuestionCards().pop();
  }

  /** Clicks a button on `message` (replyToId set to it, as Teams does). */
  clickOn(message: Partial<Activity> | undefined, data: unknown, extra: Partial<Activity> = {}): Promise<Partial<Activity>[]> {
    return this.send({ value: data, ...(message?.id === undefined ? {} : { replyToId: message.id }), ...extra });
  }

  /** Types `text` into the chat. */
  say(text: string, extra: Partial<Activity> = {}): Promise<Partial<Activity>[]> {
    return this.send({ text, ...extra });
  }

  /** Clicks a card button: a message whose value is the button's data. */
  click(data: unknown, extra: Partial<Activity> = {}): Promise<Partial<Activity>[]> {
    return this.send({ value: data, ...extra });
  }
}

/** The Adaptive Card of a reply (its first attachment), or undefined for a plain message. */
export function cardOf(activity: Partial<Activity> | undefined): Record<string, unknown> | undefined {
  const content: unknown = activity?.attachments?.[0]?.content;
  return typeof content === 'object' && content !== null ? (content as Record<string, unknown>) : undefined;
}

/** Every card of `replies`, in order. */
export function cardsOf(replies: readonly Partial<Activity>[]): Record<string, unknown>[] {
  return replies.map(cardOf).filter((c): c is Record<string, unknown> => c !== undefined);
}

/** All text a user would read on a card (TextBlocks, facts, table cells, button titles), joined by newlines. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'placeholder', 'label']) if (typeof n[key] === 'string') out.push(n[key] as string);
    for (const [key, value] of Object.entries(n)) if (key !== 'data' && typeof value === 'object') visit(value);
  };
  visit(card);
  return out.join('\n');
}

/** Everything a user reads in one reply: its text and its card's text. */
export function replyText(activity: Partial<Activity>): string {
  return [activity.text ?? '', cardText(cardOf(activity))].join('\n');
}

/** The data of every Submit button on `card`. */
export function buttonData(card: unknown): Record<string, unknown>[] {
  return collectActions(card)
    .filter((a) => a.type === 'Action.Submit')
    .map((a) => a.data)
    .filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null);
}

/** The answer buttons' data of a question card. */
export function answerButtons(card: unknown): { verb: string; question: string; value: string; flow: string }[] {
  return buttonData(card).filter((d) => d.verb === 'answer') as { verb: string; question: string; value: string; flow: string }[];
}

/** The Continue button's data of a prerequisite ("before I recommend") card, or undefined for any other card. */
export function groupButton(card: unknown): { verb: string; questions: string[]; flow: string } | undefined {
  return buttonData(card).find((d) => d.verb === 'answerGroup') as { verb: string; questions: string[]; flow: string } | undefined;
}

/** The questions a prerequisite card asks, in order (empty for any other card). */
export function groupOf(card: unknown): string[] {
  return groupButton(card)?.questions ?? [];
}

/** Every dropdown of a card: its id, chosen value and the values it offers. */
export function choiceInputs(card: unknown): { id: string; value: string; choices: string[] }[] {
  const out: { id: string; value: string; choices: string[] }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Input.ChoiceSet' && typeof n.id === 'string') {
      const choices = Array.isArray(n.choices) ? n.choices.map((c) => String((c as Record<string, unknown>).value)) : [];
      out.push({ id: n.id, value: typeof n.value === 'string' ? n.value : '', choices });
    }
    for (const value of Object.values(n)) if (typeof value === 'object') visit(value);
  };
  visit(card);
  return out;
}

/**
 * Clicks Continue on the live prerequisite card with `values` chosen in its dropdowns (as Teams merges input values into
 * the submit's data); a question missing from `values` is left empty.
 */
export function submitGroup(c: Conversation, values: Readonly<Record<string, string>>, extra: Partial<Activity> = {}): Promise<Partial<Activity>[]> {
  const live = c.liveCard();
  const button = groupButton(cardOf(live));
  if (button === undefined) throw new Error('the live card is not a prerequisite card');
  const inputs: Record<string, string> = {};
  for (const q of button.questions) if (values[q] !== undefined) inputs[`answer.${q}`] = values[q] as string;
  return c.clickOn(live, { ...button, ...inputs }, extra);
}

/** The question a question card asks (from its answer buttons), or undefined when the card is not a question. */
export function questionOf(card: unknown): string | undefined {
  return answerButtons(card)[0]?.question;
}

/** The title (first text) of a notice or other card reply. */
export function titleOf(activity: Partial<Activity> | undefined): string {
  return cardText(cardOf(activity)).split('\n')[0] ?? '';
}

/** Runs the advice from "start" through the given clicked answers; returns the live card's message as it reads now. */
export async function startAndAnswer(c: Conversation, values: readonly string[], start = 'start'): Promise<Partial<Activity> | undefined> {
  await c.say(start);
  for (const value of values) {
    const live = c.liveCard();
    const button = answerButtons(cardOf(live)).find((b) => b.value === value);
    if (button === undefined) throw new Error(`No answer button ${value} on the current card`);
    await c.clickOn(live, button);
  }
  return c.liveCard();
}

/**
 * Starts the advice and clicks the answer `answers` gives for each question asked (don't know for the rest; on a
 * prerequisite card every dropdown is chosen and Continue clicked, one step); returns
 * the result card's message (as it reads now) and the messages posted after it.
 */
export async function finishAdvice(
  c: Conversation,
  answers: Readonly<Record<string, string>>,
  start = 'start',
): Promise<{ result: Partial<Activity> | undefined; after: Partial<Activity>[] }> {
  await c.say(start);
  const card = c.liveCard();
  for (let guard = 0; guard < 20; guard++) {
    const live = card?.id === undefined ? undefined : c.messages.get(card.id);
    const group = groupOf(cardOf(live));
    if (group.length > 0) {
      await submitGroup(c, Object.fromEntries(group.map((g) => [g, answers[g] ?? 'unknown'])));
      continue;
    }
    const q = questionOf(cardOf(live));
    if (q === undefined) {
      const all = [...c.messages.values()];
      const at = all.findIndex((m) => m.id === card?.id);
      return { result: live, after: all.slice(at + 1) };
    }
    const value = answers[q] ?? 'unknown';
    await c.clickOn(live, answerButtons(cardOf(live)).find((b) => b.value === value));
  }
  throw new Error('the advice did not finish within 20 answers');
}
