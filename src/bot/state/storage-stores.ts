import { MemoryStorage, type StoreItem, type StoreItems } from 'botbuilder';
import { CREATE_ONLY_ETAG, StorageConflictError } from './storage-conflict';
import { parseStoredItem, type MarkerStorage, type ProbedStorage } from './storage-item';

/** True for an eTag that asks for an "only if unchanged" write (botbuilder: absent, '' and '*' mean overwrite). */
function isMatchETag(eTag: unknown): eTag is string {
  return typeof eTag === 'string' && eTag !== '' && eTag !== '*' && eTag !== CREATE_ONLY_ETAG;
}

/** How many items the memory store keeps before it forgets the least recently used ones. */
export const MEMORY_MAX_ITEMS = 20_000;

export interface MemoryStoreOptions {
  /** At most this many items are kept; the least recently read or written go first. */
  readonly maxItems?: number;
}

/**
 * MemoryStorage with the same conditional writes as the Azure stores: an eTag must match, CREATE_ONLY_ETAG creates
 * only a missing item, and a lost write throws StorageConflictError. Every check of one write call happens before
 * any item is saved and without awaiting, so concurrent turns in this process cannot interleave inside it. Bounded:
 * idle conversations are forgotten once `maxItems` is reached (MemoryStorage alone grows until the process dies).
 */
export class ConflictAwareMemoryStorage extends MemoryStorage implements ProbedStorage, MarkerStorage {
  /** Keys in the order of their last use, oldest first (a Map keeps insertion order). */
  private readonly used = new Map<string, true>();
  private readonly maxItems: number;
  /**
   * Redelivery markers, oldest first, bounded like the items but apart from them: a marker per activity kept as a
   * JSON item cost a serialization per turn and pushed idle conversations out of the item bound eight times sooner.
   */
  private readonly markers = new Map<string, true>();
  /** The eTag of each text this store wrote, so a conditional write need not parse the whole stored item again. */
  private readonly written = new Map<string, { readonly text: string; readonly eTag: string }>();

  constructor(options: MemoryStoreOptions = {}) {
    super();
    this.maxItems = options.maxItems ?? MEMORY_MAX_ITEMS;
  }

  override async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = this.memory[key];
      if (typeof stored !== 'string') continue;
      this.touch(key);
      items[key] = parseStoredItem(stored, undefined);
    }
    return items;
  }

  override async write(changes: StoreItems): Promise<void> {
    if (typeof changes !== 'object' || changes === null) throw new ReferenceError('Changes are required when writing.');
    for (const [key, item] of Object.entries(changes)) {
      const old = this.memory[key];
      const eTag: unknown = (item as StoreItem).eTag;
      if (eTag === CREATE_ONLY_ETAG && old !== undefined) throw new StorageConflictError(key);
      if (isMatchETag(eTag) && old !== undefined && this.eTagOf(key, old) !== eTag) throw new StorageConflictError(key);
    }
    for (const [key, item] of Object.entries(changes)) {
      const eTag = String(this.etag++);
      const text = JSON.stringify({ ...(item as StoreItem), eTag });
      this.memory[key] = text;
      this.written.set(key, { text, eTag });
      this.touch(key);
    }
    this.evict();
  }

  override async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      delete this.memory[key];
      this.used.delete(key);
      this.written.delete(key);
    }
  }

  /** Creates a redelivery marker; false when it existed. Checked and set without awaiting, so concurrent turns cannot both create it. */
  async createMarker(key: string): Promise<boolean> {
    if (this.markers.has(key)) return false;
    this.markers.set(key, true);
    for (const oldest of this.markers.keys()) {
      if (this.markers.size <= this.maxItems) break;
      this.markers.delete(oldest);
    }
    return true;
  }

  /** The memory store is always there. */
  async probe(): Promise<boolean> {
    return true;
  }

  /** How many items are held (tests check the bound). */
  get size(): number {
    return this.used.size;
  }

  /** The eTag of the stored text `stored` under `key`: remembered when this store wrote exactly that text, else parsed. */
  private eTagOf(key: string, stored: string): unknown {
    const written = this.written.get(key);
    return written !== undefined && written.text === stored ? written.eTag : storedETag(stored);
  }

  private touch(key: string): void {
    this.used.delete(key);
    this.used.set(key, true);
  }

  private evict(): void {
    for (const key of this.used.keys()) {
      if (this.used.size <= this.maxItems) return;
      this.used.delete(key);
      this.written.delete(key);
      delete this.memory[key];
    }
  }
}

/** The eTag of a stored text; a text that is not an item has none, so any conditional write over it is a conflict. */
function storedETag(stored: string): unknown {
  const item = parseStoredItem(stored, undefined);
  return item.eTag;
}
