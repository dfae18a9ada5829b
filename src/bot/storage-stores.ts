import { MemoryStorage, type StoreItem, type StoreItems } from 'botbuilder';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { CREATE_ONLY_ETAG, StorageConflictError, isStorageConflict } from './storage-conflict';

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

/** The parts of @azure/storage-blob's ContainerClient this store uses (reached through BlobsStorage). */
interface BlockBlobUploader {
  upload(
    body: string,
    length: number,
    options: { conditions: { ifNoneMatch: string }; blobHTTPHeaders: { blobContentType: string } },
  ): Promise<unknown>;
}
interface ContainerClientLike {
  getBlockBlobClient(name: string): BlockBlobUploader;
}
interface BlobsStorageInternals {
  readonly _containerClient?: unknown;
  readonly _initialize?: unknown;
}

function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('statusCode' in err)) return undefined;
  return typeof err.statusCode === 'number' ? err.statusCode : undefined;
}

/**
 * Azure Blob Storage (botbuilder's BlobsStorage) plus create-only writes (If-None-Match: *), which BlobsStorage lacks:
 * without them two instances answering the first turns of one new conversation could silently overwrite each other.
 * Other writes go through BlobsStorage unchanged (If-Match on the eTag read); every lost write becomes
 * StorageConflictError.
 */
export class ConflictAwareBlobsStorage extends BlobsStorage {
  override async write(changes: StoreItems): Promise<void> {
    const plain: StoreItems = {};
    const creates: [string, StoreItem][] = [];
    for (const [key, item] of Object.entries(changes)) {
      if ((item as StoreItem).eTag === CREATE_ONLY_ETAG) creates.push([key, item as StoreItem]);
      else plain[key] = item;
    }
    if (Object.keys(plain).length > 0) {
      try {
        await super.write(plain);
      } catch (err) {
        if (isStorageConflict(err)) throw new StorageConflictError(conflictKey(err, Object.keys(plain)));
        throw err;
      }
    }
    for (const [key, item] of creates) await this.createOnly(key, item);
  }

  private async createOnly(key: string, item: StoreItem): Promise<void> {
    const internals = this as unknown as BlobsStorageInternals;
    const client = internals._containerClient;
    const initialize = internals._initialize;
    // BlobsStorage keeps its client private; a botbuilder upgrade that renames it must fail loudly, never overwrite.
    if (typeof client !== 'object' || client === null || typeof initialize !== 'function' || !('getBlockBlobClient' in client)) {
      throw new Error('BlobsStorage internals changed: create-only writes are unavailable (check botbuilder-azure-blobs).');
    }
    await (initialize as () => Promise<unknown>).call(this);
    // The eTag belongs to the blob, not to its content (BlobsStorage stores items the same way).
    const body = JSON.stringify({ ...item, eTag: undefined });
    try {
      await (client as ContainerClientLike).getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (err) {
      // 409 BlobAlreadyExists is how Azure answers If-None-Match: * for an existing blob.
      const status = statusOf(err);
      if (status === 409 || status === 412) throw new StorageConflictError(key);
      throw err;
    }
  }
}

/** The key botbuilder named in its conflict message, else the first key written. */
function conflictKey(err: unknown, keys: readonly string[]): string {
  const message = err instanceof Error ? err.message : '';
  const named = /writing "([^"]+)"/.exec(message)?.[1];
  return named ?? keys[0] ?? '';
}

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
