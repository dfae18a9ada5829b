import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { KeyValueStore } from '../../settings';
import type { Logger } from '../../logger';
import { legacySettingsKey, settingsStateKey } from './keys';
import { CREATE_ONLY_ETAG } from './storage-conflict';
import { isUnreadable } from './storage-item';
import { dropLegacy, quarantine } from './storage-reader';

const LEGACY_PREFIX = legacySettingsKey('');

/**
 * The settings store's view of the bot's Storage: its keys (`org-settings/tenants/<tenant>`, the pre-v2 encoding)
 * are moved to v2 keys; a tenant whose settings exist only under the pre-v2 key reads them from there, and its next
 * save creates the v2 item and deletes the old one; an unreadable item is quarantined and read as "exists, no
 * settings", so an administrator can always save over it.
 */
export function settingsStorage(storage: Storage, logger: Logger): KeyValueStore {
  const v2 = (key: string): string => (key.startsWith(LEGACY_PREFIX) ? settingsStateKey(key.slice(LEGACY_PREFIX.length)) : key);
  const migrated = new Set<string>();

  const readOne = async (key: string): Promise<StoreItem | undefined> => {
    const target = v2(key);
    let item: StoreItem | undefined = (await storage.read([target]))[target];
    let from = target;
    if (item === undefined && target !== key) {
      item = (await storage.read([key]))[key];
      from = key;
      // Creating the v2 item only if nobody did meanwhile; the old item is deleted after that write.
      if (item !== undefined) item = { ...item, eTag: CREATE_ONLY_ETAG };
    }
    if (item === undefined) return undefined;
    if (isUnreadable(item)) {
      const { eTag, ...content } = item;
      await quarantine(storage, from, content, 'settings: not a JSON object', logger, { key: from });
      return from === target ? { ...(eTag === undefined ? {} : { eTag }) } : { eTag: CREATE_ONLY_ETAG };
    }
    return item;
  };

  return {
    async read(keys) {
      const out: StoreItems = {};
      for (const key of keys) {
        const item = await readOne(key);
        if (item !== undefined) out[key] = item;
      }
      return out;
    },
    async write(changes) {
      const mapped: StoreItems = {};
      for (const [key, item] of Object.entries(changes)) {
        mapped[v2(key)] = item as StoreItem;
        if (v2(key) !== key && (item as StoreItem).eTag === CREATE_ONLY_ETAG) migrated.add(key);
      }
      await storage.write(mapped);
      for (const key of Object.keys(changes)) {
        if (!migrated.delete(key)) continue;
        await dropLegacy(storage, key, logger);
      }
    },
  };
}
