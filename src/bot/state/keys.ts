import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { tenantOf } from '../activity-info';

/** What a storage key names: conversation and user state, organization settings, redelivery markers, quarantined copies. */
export type KeyKind = 'conversation' | 'user' | 'settings' | 'activity' | 'quarantine';

/** Teams ids are far shorter; anything longer is refused before a key is built or an id is logged. */
export const MAX_ID_LENGTH = 1024;

/** How many characters of an id a log line carries. */
export const LOGGED_ID_LENGTH = 128;

/**
 * The storage key of one item: `v2/<kind>/<base64url(sha256(JSON [channel, tenant, id]))>`. Injective (JSON keeps the
 * parts apart, the hash covers the whole id however long), bounded (54 characters), blob-safe for any input
 * including lone surrogates, and scoped by channel and tenant (docs/state-model.md).
 */
export function stateKey(kind: KeyKind, channelId: string, tenantId: string | undefined, id: string): string {
  const named = JSON.stringify([kind, channelId, (tenantId ?? '').toLowerCase(), id]);
  const known = RECENT_KEYS.get(named);
  if (known !== undefined) return known;
  const digest = createHash('sha256')
    .update(JSON.stringify([channelId, (tenantId ?? '').toLowerCase(), id]))
    .digest('base64url');
  const key = `v2/${kind}/${digest}`;
  // A turn asks for the same few keys several times (load, save, the marker); a Map keeps insertion order, so the
  // oldest entry goes first once the bound is reached.
  if (RECENT_KEYS.size >= RECENT_KEYS_MAX) RECENT_KEYS.delete(RECENT_KEYS.keys().next().value ?? '');
  RECENT_KEYS.set(named, key);
  return key;
}

/** How many recently built keys are remembered; ids are at most MAX_ID_LENGTH long, so this stays a few MB at most. */
const RECENT_KEYS_MAX = 2048;
const RECENT_KEYS = new Map<string, string>();

/** The key of a conversation's state. */
export function conversationKey(activity: Partial<Activity>): string {
  return stateKey('conversation', activity.channelId ?? '', tenantOf(activity), activity.conversation?.id ?? '');
}

/** The key of a user's profile. */
export function userKey(activity: Partial<Activity>): string {
  return stateKey('user', activity.channelId ?? '', tenantOf(activity), activity.from?.id ?? '');
}

/** The key of a tenant's organization settings (the channel plays no part: one tenant, one set of settings). */
export function settingsStateKey(tenantId: string): string {
  return stateKey('settings', '', tenantId, '');
}

/** The create-only marker that says "this activity was handled" (redelivery detection). */
export function activityMarkerKey(activity: Partial<Activity>): string {
  return stateKey('activity', activity.channelId ?? '', tenantOf(activity), JSON.stringify([activity.conversation?.id ?? '', activity.id ?? '']));
}

/** Where a copy of an unreadable item is kept (one per item and moment). */
export function quarantineKey(key: string, at: Date): string {
  return stateKey('quarantine', '', '', `${key}@${at.toISOString()}`);
}

/** botbuilder's ConversationState key, under which conversations were stored before v2 (read for migration only). */
export function legacyConversationKey(activity: Partial<Activity>): string | undefined {
  const { channelId } = activity;
  const id = activity.conversation?.id;
  return legacyUsable(channelId, id) ? `${channelId}/conversations/${id}/` : undefined;
}

/** botbuilder's UserState key (read for migration only). */
export function legacyUserKey(activity: Partial<Activity>): string | undefined {
  const { channelId } = activity;
  const id = activity.from?.id;
  return legacyUsable(channelId, id) ? `${channelId}/users/${id}/` : undefined;
}

/** The settings key before v2 (read for migration only). */
export function legacySettingsKey(tenantId: string): string {
  return `org-settings/tenants/${tenantId}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A legacy key exists only for ids the old encoding could store (it threw URIError on lone surrogates). */
function legacyUsable(channelId: string | undefined, id: string | undefined): boolean {
  return typeof channelId === 'string' && channelId !== '' && typeof id === 'string' && id !== '' && !LONE_SURROGATE.test(id) && !LONE_SURROGATE.test(channelId);
}

/** An id shortened for a log line: the first LOGGED_ID_LENGTH characters and the full length. */
export function logId(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  return id.length <= LOGGED_ID_LENGTH ? id : `${id.slice(0, LOGGED_ID_LENGTH)}…(${id.length} chars)`;
}

/** Names the first id of an incoming activity that is longer than MAX_ID_LENGTH, or undefined when all fit. */
export function oversizedId(body: Readonly<Record<string, unknown>>): string | undefined {
  const idOf = (v: unknown): unknown => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>).id : undefined);
  const ids: [string, unknown][] = [
    ['id', body.id],
    ['conversation.id', idOf(body.conversation)],
    ['from.id', idOf(body.from)],
    ['recipient.id', idOf(body.recipient)],
    ['replyToId', body.replyToId],
    ['channelId', body.channelId],
    ['from.aadObjectId', typeof body.from === 'object' && body.from !== null ? (body.from as Record<string, unknown>).aadObjectId : undefined],
  ];
  return ids.find(([, v]) => typeof v === 'string' && v.length > MAX_ID_LENGTH)?.[0];
}
