/** How many recent activity ids a conversation remembers; Teams redelivers within seconds, so a short list suffices. */
export const RECENT_ACTIVITY_LIMIT = 50;

/** The outcome of checking an activity id against a conversation's recent ids. */
export interface DedupeResult {
  /** True when this id was already handled in this conversation. */
  readonly duplicate: boolean;
  /** The list to store: the id appended (when new and present), oldest dropped beyond `limit`. */
  readonly recent: readonly string[];
}

/**
 * Checks `id` against the ids recently handled in a conversation and returns the updated bounded list. An activity
 * without an id cannot be recognized as redelivered, so it is never a duplicate.
 */
export function rememberActivity(recent: readonly string[], id: string | undefined, limit = RECENT_ACTIVITY_LIMIT): DedupeResult {
  if (id === undefined || id === '') return { duplicate: false, recent };
  if (recent.includes(id)) return { duplicate: true, recent };
  const next = [...recent, id];
  return { duplicate: false, recent: next.length > limit ? next.slice(next.length - limit) : next };
}
