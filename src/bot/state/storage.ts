import type { Storage } from 'botbuilder';
import type { StorageConfig } from '../../config';
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

/** Key read by the readiness probe: reading a missing key proves the store answers without writing anything. */
export const READINESS_PROBE_KEY = 'readiness-probe';

/** True when `storage` answers a read; false when it throws (unreachable, wrong credentials). */
export async function storageReachable(storage: Storage): Promise<boolean> {
  try {
    await storage.read([READINESS_PROBE_KEY]);
    return true;
  } catch {
    return false;
  }
}
