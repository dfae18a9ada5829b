import { text } from 'node:stream/consumers';
import type { StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { CREATE_ONLY_ETAG, StorageConflictError } from './storage-conflict';
import { parseStoredItem, type ProbedStorage } from './storage-item';

/** The parts of @azure/storage-blob's ContainerClient this store uses (BlobsStorage builds it from the settings). */
interface ContainerClientLike {
  createIfNotExists(): Promise<unknown>;
  getProperties(): Promise<unknown>;
  getBlobClient(name: string): {
    download(): Promise<{ readonly etag?: string; readonly readableStreamBody?: NodeJS.ReadableStream }>;
    deleteIfExists(): Promise<unknown>;
  };
  getBlockBlobClient(name: string): {
    upload(
      body: string,
      length: number,
      options: { conditions: { ifNoneMatch?: string; ifMatch?: string }; blobHTTPHeaders: { blobContentType: string } },
    ): Promise<unknown>;
  };
}

function field(err: unknown, name: string): unknown {
  return typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[name] : undefined;
}

/** Azure's error code (x-ms-error-code), wherever the SDK version put it. */
function errorCode(err: unknown): string {
  const code = field(err, 'code');
  if (typeof code === 'string') return code;
  const details = field(err, 'details');
  const nested = typeof details === 'object' && details !== null ? (details as Record<string, unknown>).errorCode : undefined;
  return typeof nested === 'string' ? nested : '';
}

function isContainerMissing(err: unknown): boolean {
  return field(err, 'statusCode') === 404 && errorCode(err) === 'ContainerNotFound';
}

/**
 * Azure Blob Storage on botbuilder's BlobsStorage client, with what it lacks for production: create-only writes
 * (If-None-Match: *) and lost writes as StorageConflictError; container creation that is retried after a failure
 * (BlobsStorage caches the failed attempt forever, so storage that was down at the first turn meant an outage until
 * a restart) and repeated when the container was deleted while running; an item that is not a JSON object read back
 * as an unreadable marker instead of failing the read; and a readiness probe that does what turns need. Blob names
 * are BlobsStorage's (sanitizeBlobKey), so items written by earlier versions read back unchanged.
 */
export class ConflictAwareBlobsStorage extends BlobsStorage implements ProbedStorage {
  private containerReady: Promise<void> | undefined;

  private get client(): ContainerClientLike {
    const client: unknown = (this as unknown as { _containerClient?: unknown })._containerClient;
    // BlobsStorage keeps its client private; an upgrade that renames it must fail loudly.
    if (typeof client !== 'object' || client === null || !('getBlockBlobClient' in client)) {
      throw new Error('BlobsStorage internals changed: the container client is unavailable (check botbuilder-azure-blobs).');
    }
    return client as ContainerClientLike;
  }

  /** Creates the container once; a failed attempt is forgotten, so the next call tries again. */
  private ensureContainer(): Promise<void> {
    this.containerReady ??= this.client.createIfNotExists().then(
      () => undefined,
      (err: unknown) => {
        this.containerReady = undefined;
        throw err;
      },
    );
    return this.containerReady;
  }

  /** Runs `op` in an existing container; when the container vanished meanwhile, creates it again and runs `op` once more. */
  private async inContainer<T>(op: () => Promise<T>): Promise<T> {
    await this.ensureContainer();
    try {
      return await op();
    } catch (err) {
      if (!isContainerMissing(err)) throw err;
      this.containerReady = undefined;
      await this.ensureContainer();
      return op();
    }
  }

  override async read(keys: string[]): Promise<StoreItems> {
    const found = await Promise.all(keys.map(async (key) => [key, await this.inContainer(() => this.readOne(key))] as const));
    const items: StoreItems = {};
    for (const [key, item] of found) if (item !== undefined) items[key] = item;
    return items;
  }

  private async readOne(key: string): Promise<StoreItem | undefined> {
    let blob: Awaited<ReturnType<ReturnType<ContainerClientLike['getBlobClient']>['download']>>;
    try {
      blob = await this.client.getBlobClient(sanitizeBlobKey(key)).download();
    } catch (err) {
      if (field(err, 'statusCode') === 404 && !isContainerMissing(err)) return undefined;
      throw err;
    }
    if (blob.readableStreamBody === undefined) return undefined;
    return parseStoredItem(await text(blob.readableStreamBody), blob.etag);
  }

  override async write(changes: StoreItems): Promise<void> {
    await Promise.all(Object.entries(changes).map(([key, item]) => this.inContainer(() => this.writeOne(key, item as StoreItem))));
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const { eTag, ...content } = item;
    // The eTag belongs to the blob, not to its content.
    const body = JSON.stringify(content);
    const conditions = eTag === CREATE_ONLY_ETAG ? { ifNoneMatch: '*' } : typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? { ifMatch: eTag } : {};
    try {
      await this.client.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
        conditions,
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (err) {
      // 412 is a failed If-Match; 409 BlobAlreadyExists is how Azure answers If-None-Match: * for an existing blob.
      const status = field(err, 'statusCode');
      if (status === 412 || (status === 409 && errorCode(err) !== 'ContainerBeingDeleted')) throw new StorageConflictError(key);
      throw err;
    }
  }

  override async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.inContainer(() => this.client.getBlobClient(sanitizeBlobKey(key)).deleteIfExists())));
  }

  /** True when the container answers (after creating it again if it was deleted); false when storage is unreachable. */
  async probe(): Promise<boolean> {
    try {
      await this.inContainer(() => this.client.getProperties());
      return true;
    } catch {
      return false;
    }
  }
}
