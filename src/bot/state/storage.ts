import type { Storage } from 'botbuilder';
import type { StorageConfig } from '../../config';
import { hasProbe } from './storage-item';
import { ConflictAwareMemoryStorage } from './storage-stores';

/**
 * Azure Storage's client retries with 4 s steps up to 2 minutes by default; a turn (Teams waits 15 s) and /readyz must
 * learn of an outage sooner. Three tries of at most 4 s each, 100 ms to 1 s apart.
 */
export const BLOB_RETRY = { maxTries: 3, tryTimeoutInMs: 4000, retryDelayInMs: 100, maxRetryDelayInMs: 1000 } as const;

/**
 * The botbuilder Storage for conversation and user state: memory (one process, lost on restart), Azure Blob Storage,
 * or Cosmos DB, each with conditional writes that report a lost write as StorageConflictError. Only the configured
 * backend's SDK is loaded (the Azure SDKs add a quarter of a second to every cold start). Creating it does not
 * connect; the first read or write does.
 */
export async function createStorage(config: StorageConfig): Promise<Storage> {
  switch (config.kind) {
    case 'memory':
      return new ConflictAwareMemoryStorage();
    case 'blob': {
      const { ConflictAwareBlobsStorage } = await import('./storage-blob');
      return new ConflictAwareBlobsStorage(config.connectionString, config.container, { storagePipelineOptions: { retryOptions: BLOB_RETRY } });
    }
    case 'cosmos': {
      const { ConflictAwareCosmosStorage } = await import('./storage-cosmos');
      return new ConflictAwareCosmosStorage({
        cosmosDbEndpoint: config.endpoint,
        authKey: config.key,
        databaseId: config.database,
        containerId: config.container,
        compatibilityMode: false,
      });
    }
    default: {
      const unhandled: never = config;
      throw new Error(`Unknown storage kind ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Key read by the readiness probe of stores without their own probe (Cosmos DB): a read of a missing key writes nothing. */
export const READINESS_PROBE_KEY = 'v2/probe/readiness';

/** True when `storage` can serve turns: its own probe, else a read answers (whatever the item holds). */
export async function storageReachable(storage: Storage): Promise<boolean> {
  if (hasProbe(storage)) return storage.probe();
  try {
    await storage.read([READINESS_PROBE_KEY]);
    return true;
  } catch {
    return false;
  }
}

/** How long a readiness answer is reused: /readyz is unauthenticated, so callers must not be able to load the store. */
export const READINESS_CACHE_MS = 5000;

/**
 * storageReachable with its answer reused for `ttlMs` and concurrent callers sharing one probe in flight, so any
 * number of /readyz calls costs at most one storage request per `ttlMs`.
 */
export function cachedProbe(storage: Storage, ttlMs = READINESS_CACHE_MS, now: () => number = Date.now): () => Promise<boolean> {
  let last: { readonly at: number; readonly ready: boolean } | undefined;
  let inFlight: Promise<boolean> | undefined;
  return () => {
    if (last !== undefined && now() - last.at < ttlMs) return Promise.resolve(last.ready);
    inFlight ??= storageReachable(storage).then((ready) => {
      last = { at: now(), ready };
      inFlight = undefined;
      return ready;
    });
    return inFlight;
  };
}
