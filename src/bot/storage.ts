import type { Storage } from 'botbuilder';
import type { StorageConfig } from '../config';
import { ConflictAwareBlobsStorage, ConflictAwareCosmosStorage, ConflictAwareMemoryStorage } from './storage-stores';

/**
 * The botbuilder Storage for conversation and user state: memory (one process, lost on restart), Azure Blob Storage,
 * or Cosmos DB, each with conditional writes that report a lost write as StorageConflictError. Creating it does not
 * connect; the first read or write does.
 */
export function createStorage(config: StorageConfig): Storage {
  switch (config.kind) {
    case 'memory':
      return new ConflictAwareMemoryStorage();
    case 'blob':
      return new ConflictAwareBlobsStorage(config.connectionString, config.container);
    case 'cosmos':
      return new ConflictAwareCosmosStorage({
        cosmosDbEndpoint: config.endpoint,
        authKey: config.key,
        databaseId: config.database,
        containerId: config.container,
        compatibilityMode: false,
      });
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
