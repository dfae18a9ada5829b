/**
 * The vocabulary of optimistic concurrency shared by the stores and the conversation state: one error for "somebody
 * else wrote first", and one eTag meaning "create this item only if it still does not exist".
 */

/**
 * The eTag a state writes when its read found nothing: the store must create the item only if nobody created it in
 * the meantime (botbuilder's own stores treat a missing eTag as "overwrite whatever is there").
 */
export const CREATE_ONLY_ETAG = 'enrollment-advisor:create-only';

/** Thrown by the stores when a conditional write lost: the item changed (or appeared) since it was read. */
export class StorageConflictError extends Error {
  readonly key: string;

  constructor(key: string) {
    super(`Storage item "${key}" was changed by another writer.`);
    this.name = 'StorageConflictError';
    this.key = key;
  }
}

function numberField(err: object, name: string): number | undefined {
  const value: unknown = (err as Record<string, unknown>)[name];
  return typeof value === 'number' ? value : undefined;
}

/**
 * True when `err` is a lost conditional write from any store: our StorageConflictError, HTTP 412/409 from Azure
 * (precondition failed / already exists), or botbuilder's own "eTag conflict" error.
 */
export function isStorageConflict(err: unknown): boolean {
  if (err instanceof StorageConflictError) return true;
  if (typeof err !== 'object' || err === null) return false;
  const status = numberField(err, 'statusCode') ?? numberField(err, 'code') ?? numberField(err, 'status');
  if (status === 412) return true;
  const message = err instanceof Error ? err.message : '';
  return /eTag conflict/i.test(message);
}
