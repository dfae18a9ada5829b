import { MemoryStorage, type StoreItem, type StoreItems } from 'botbuilder';
import { CREATE_ONLY_ETAG, StorageConflictError } from './storage-conflict';

/** True for an eTag that asks for an "only if unchanged" write (botbuilder: absent, '' and '*' mean overwrite). */
function isMatchETag(eTag: unknown): eTag is string {
  return typeof eTag === 'string' && eTag !== '' && eTag !== '*' && eTag !== CREATE_ONLY_ETAG;
}

/**
 * MemoryStorage with the same conditional writes as the Azure stores: an eTag must match, CREATE_ONLY_ETAG creates
 * only a missing item, and a lost write throws StorageConflictError. Every check of one write call happens before
 * any item is saved and without awaiting, so concurrent turns in this process cannot interleave inside it.
 */
export class ConflictAwareMemoryStorage extends MemoryStorage {
  override async write(changes: StoreItems): Promise<void> {
    if (typeof changes !== 'object' || changes === null) throw new ReferenceError('Changes are required when writing.');
    for (const [key, item] of Object.entries(changes)) {
      const old = this.memory[key];
      const eTag: unknown = (item as StoreItem).eTag;
      if (eTag === CREATE_ONLY_ETAG && old !== undefined) throw new StorageConflictError(key);
      if (isMatchETag(eTag) && old !== undefined && (JSON.parse(old) as StoreItem).eTag !== eTag) throw new StorageConflictError(key);
    }
    for (const [key, item] of Object.entries(changes)) {
      this.memory[key] = JSON.stringify({ ...(item as StoreItem), eTag: String(this.etag++) });
    }
  }
}
