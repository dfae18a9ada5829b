import type { Storage, StoreItem, TurnContext } from 'botbuilder';
import type { Logger } from '../../logger';
import { tenantOf } from '../activity-info';
import { logId, quarantineKey } from './keys';
import { isUnreadable } from './storage-item';

/** Set in turnState when this turn found an unreadable item and started afresh (the turn runner tells the user). */
export const STATE_RESET = Symbol('enrollment-advisor:state-reset');

/** How a kind of stored document is read: where it lived before v2, and what makes it unreadable. */
export interface ReadRule {
  readonly what: 'conversation' | 'user' | 'settings';
  /** The pre-v2 key of the item, or undefined when there is none for this activity. */
  readonly legacyKey: (context: TurnContext) => string | undefined;
  /** Why a parsed document cannot be used, or undefined when it can. */
  readonly problem: (doc: Readonly<Record<string, unknown>>) => string | undefined;
}

/** What reading produced besides the state itself. */
export interface Settled {
  /** True when the stored item could not be read and the state was reset. */
  readonly reset: boolean;
  /** A legacy item this state was filled from; deleted once the state was written under its v2 key. */
  readonly legacyKey?: string;
}

function contentOf(item: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const content: Record<string, unknown> = { ...item };
  delete content.eTag;
  return content;
}

/** Why `item` cannot be used: unreadable text, or the rule's shape problem. */
function unusable(item: Readonly<Record<string, unknown>>, rule: ReadRule): string | undefined {
  if (isUnreadable(item)) return 'not a JSON object';
  return rule.problem(contentOf(item));
}

/**
 * Keeps a copy of an unusable item under a quarantine key and logs it (ids truncated, never the content). Never
 * throws: a failed copy is logged and the user still gets a working conversation.
 */
export async function quarantine(storage: Storage, key: string, item: unknown, reason: string, logger: Logger, ids: Record<string, unknown>): Promise<void> {
  const at = new Date();
  const copy = quarantineKey(key, at);
  try {
    await storage.write({ [copy]: { key, reason, at: at.toISOString(), item: JSON.stringify(item) } });
  } catch (err) {
    logger.error({ ...ids, key, err }, 'could not keep a copy of an unreadable stored item');
  }
  logger.warn({ ...ids, key, quarantinedAs: copy, reason }, 'unreadable stored item quarantined and reset');
}

/** The log ids of a turn, every id truncated. */
export function safeIds(context: TurnContext): Record<string, unknown> {
  const a = context.activity;
  return {
    activityId: logId(a.id),
    activityType: logId(a.type),
    conversationId: logId(a.conversation?.id),
    tenantId: logId(tenantOf(a)),
    channelId: logId(a.channelId),
  };
}

function clearInPlace(state: Record<string, unknown>): void {
  for (const k of Object.keys(state)) if (k !== 'eTag') delete state[k];
}

/**
 * Applies the read rules to a state just loaded from `key` (mutated in place, as botbuilder caches that object):
 * an unusable item is quarantined and replaced by an empty state (its eTag kept, so the next write replaces exactly
 * it); an empty state is filled from the legacy item when one exists and reads back valid.
 */
export async function settleLoadedState(
  storage: Storage,
  context: TurnContext,
  key: string,
  state: Record<string, unknown>,
  rule: ReadRule,
  logger: Logger,
): Promise<Settled> {
  const problem = unusable(state, rule);
  if (problem !== undefined) {
    await quarantine(storage, key, contentOf(state), `${rule.what}: ${problem}`, logger, safeIds(context));
    clearInPlace(state);
    return { reset: true };
  }
  if (state.eTag !== undefined || Object.keys(contentOf(state)).length > 0) return { reset: false };
  const legacyKey = rule.legacyKey(context);
  if (legacyKey === undefined) return { reset: false };
  let legacy: StoreItem | undefined;
  try {
    legacy = (await storage.read([legacyKey]))[legacyKey];
  } catch (err) {
    logger.warn({ ...safeIds(context), err }, 'could not read the pre-v2 item; starting afresh');
    return { reset: false };
  }
  if (legacy === undefined) return { reset: false };
  const legacyProblem = unusable(legacy, rule);
  if (legacyProblem !== undefined) {
    await quarantine(storage, legacyKey, contentOf(legacy), `${rule.what} (pre-v2): ${legacyProblem}`, logger, safeIds(context));
    return { reset: true, legacyKey };
  }
  Object.assign(state, contentOf(legacy));
  return { reset: false, legacyKey };
}

/** Deletes a migrated legacy item; a failure only means it is read (and ignored) again later. */
export async function dropLegacy(storage: Storage, legacyKey: string | undefined, logger: Logger): Promise<void> {
  if (legacyKey === undefined) return;
  try {
    await storage.delete([legacyKey]);
  } catch (err) {
    logger.warn({ err }, 'could not delete a migrated pre-v2 item');
  }
}

function isObject(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The conversation document versions this code reads (docs/state-model.md); none means a pre-schema document. */
export const KNOWN_CONVERSATION_SCHEMAS: readonly unknown[] = [undefined, 2];

/** Conversation properties the bot keeps (botbuilder property accessors); each must be a JSON object when present. */
export const CONVERSATION_OBJECT_PROPERTIES: readonly string[] = ['dialogState', 'advisor'];

/**
 * A conversation document: its known properties objects, the dialog stack a list, every `schema` (top level or in a
 * property) one this code reads. Other properties are left to their readers, which drop what they do not understand.
 */
export function conversationProblem(doc: Readonly<Record<string, unknown>>): string | undefined {
  for (const name of CONVERSATION_OBJECT_PROPERTIES) {
    if (doc[name] !== undefined && !isObject(doc[name])) return `property "${name}" is not an object`;
  }
  const dialogState = doc.dialogState;
  if (isObject(dialogState) && dialogState.dialogStack !== undefined && !Array.isArray(dialogState.dialogStack)) return 'the dialog stack is not a list';
  if (!KNOWN_CONVERSATION_SCHEMAS.includes(doc.schema)) return 'unknown schema';
  for (const value of Object.values(doc)) {
    if (isObject(value) && !KNOWN_CONVERSATION_SCHEMAS.includes(value.schema)) return 'unknown schema';
  }
  return undefined;
}

/** A user document: every property an object. */
export function userProblem(doc: Readonly<Record<string, unknown>>): string | undefined {
  const bad = Object.entries(doc).find(([, value]) => !isObject(value));
  return bad === undefined ? undefined : `property "${bad[0]}" is not an object`;
}
