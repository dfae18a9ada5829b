import type { StoreItem } from 'botbuilder';

/**
 * The field under which a store hands back an item it could not read (not JSON, or not a JSON object), with the
 * stored text. The readers (storage-reader.ts) quarantine such items instead of letting one bad item fail every turn.
 */
export const UNREADABLE_FIELD = '__unreadable';

/** How much of an unreadable item's text is kept for the quarantine copy. */
export const UNREADABLE_KEPT_CHARS = 64 * 1024;

/** Parses a stored text into an item, or the unreadable marker carrying (the start of) the text. */
export function parseStoredItem(text: string, eTag: string | undefined): StoreItem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const base = eTag === undefined ? {} : { eTag };
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return { ...(parsed as StoreItem), ...base };
  return { [UNREADABLE_FIELD]: text.slice(0, UNREADABLE_KEPT_CHARS), ...base };
}

/** True when `item` is a store's unreadable marker. */
export function isUnreadable(item: unknown): item is { readonly [UNREADABLE_FIELD]: string; readonly eTag?: string } {
  return typeof item === 'object' && item !== null && typeof (item as Record<string, unknown>)[UNREADABLE_FIELD] === 'string';
}

/** A store that can say whether it can serve turns right now (for /readyz). */
export interface ProbedStorage {
  probe(): Promise<boolean>;
}

/** True when `storage` has its own readiness probe. */
export function hasProbe(storage: unknown): storage is ProbedStorage {
  return typeof storage === 'object' && storage !== null && typeof (storage as Record<string, unknown>).probe === 'function';
}

/** A store with its own cheap redelivery markers (the memory store: a bounded set instead of a JSON item per activity). */
export interface MarkerStorage {
  /** Creates marker `key`; false when it already existed. Atomic within the process. */
  createMarker(key: string): Promise<boolean>;
}

/** True when `storage` keeps redelivery markers itself. */
export function hasMarkers(storage: unknown): storage is MarkerStorage {
  return typeof storage === 'object' && storage !== null && typeof (storage as Record<string, unknown>).createMarker === 'function';
}
