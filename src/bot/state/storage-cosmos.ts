import type { StoreItem, StoreItems } from 'botbuilder';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import { CREATE_ONLY_ETAG, StorageConflictError, isStorageConflict } from './storage-conflict';

/**
 * Cosmos DB (botbuilder's CosmosDbPartitionedStorage) with lost writes as StorageConflictError. Cosmos upserts cannot
 * be made create-only through botbuilder, so CREATE_ONLY_ETAG becomes an overwrite: the first turn of a brand-new
 * conversation is last-writer-wins on Cosmos (documented in the README; this store cannot be run here).
 */
export class ConflictAwareCosmosStorage extends CosmosDbPartitionedStorage {
  override async write(changes: StoreItems): Promise<void> {
    const mapped: StoreItems = {};
    for (const [key, item] of Object.entries(changes)) {
      mapped[key] = (item as StoreItem).eTag === CREATE_ONLY_ETAG ? { ...(item as StoreItem), eTag: '*' } : item;
    }
    try {
      await super.write(mapped);
    } catch (err) {
      if (isStorageConflict(err)) throw new StorageConflictError(Object.keys(mapped)[0] ?? '');
      throw err;
    }
  }
}
