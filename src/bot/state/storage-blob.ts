import type { StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { CREATE_ONLY_ETAG, StorageConflictError, isStorageConflict } from './storage-conflict';

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
