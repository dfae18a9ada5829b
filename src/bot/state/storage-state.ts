import { ConversationState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';
import type { Logger } from '../../logger';
import { conversationKey, legacyConversationKey } from './keys';
import { CREATE_ONLY_ETAG, StorageConflictError } from './storage-conflict';
import { STATE_RESET, conversationProblem, dropLegacy, settleLoadedState, type ReadRule } from './storage-reader';

const CONVERSATION_RULE: ReadRule = { what: 'conversation', legacyKey: (c) => legacyConversationKey(c.activity), problem: conversationProblem };

/** What this turn read (or last wrote) for the conversation: the eTag to write against and the content as JSON. */
interface Loaded {
  /** The eTag read; undefined when nothing existed (the write must then create). */
  readonly eTag?: string;
  /** The content without its eTag as JSON (conversation data is plain JSON, so equal text means unchanged). */
  readonly snapshot: string;
  /** True once this turn wrote: the eTag read is stale, so another write must first check nobody else wrote. */
  readonly committed: boolean;
  /** The stored item was unreadable and was reset: written even if the turn changes nothing, so it is reset once. */
  readonly reset?: boolean;
  /** The pre-v2 item this state came from, deleted after the first write under the v2 key. */
  readonly legacyKey?: string;
}

/**
 * The content of a state item without its eTag, as JSON. botbuilder's calculateChangeHash does the same with a
 * circular-safe replacer and a SHA-256 on top, twice per turn; comparing the JSON text itself is exact and cheaper.
 */
function snapshotOf(item: unknown): string {
  if (typeof item !== 'object' || item === null) return '';
  const content: Record<string, unknown> = { ...(item as StoreItem) };
  delete content.eTag;
  return JSON.stringify(content);
}

function eTagOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('eTag' in state)) return undefined;
  const { eTag } = state;
  return typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? eTag : undefined;
}

/**
 * ConversationState with optimistic concurrency. botbuilder's BotState writes with eTag "*" (last writer wins), so of
 * two turns of one conversation running at once — two instances, or one instance with two clicks in flight — one
 * answer would silently vanish. This state writes against the eTag it read (or create-only when there was nothing),
 * and the store throws StorageConflictError when somebody else wrote first; the turn runner then runs the turn again
 * on the fresh state.
 */
export class OptimisticConversationState extends ConversationState {
  /** Per state object, so two states on one turn never share a record. */
  private readonly loadedKey = Symbol('optimistic-conversation-state');

  constructor(
    storage: Storage,
    private readonly logger: Logger,
  ) {
    super(storage);
  }

  /** The v2 key: hashed, with the channel and tenant in it (keys.ts). */
  override getStorageKey(context: TurnContext): string {
    return conversationKey(context.activity);
  }

  /**
   * Loads like ConversationState and remembers the eTag and content of what was read; an unreadable document is
   * quarantined and reset (STATE_RESET set in turnState), a conversation stored under its pre-v2 key is read from there.
   */
  override async load(context: TurnContext, force = false): Promise<unknown> {
    const reads = force || this.get(context) === undefined;
    const state: unknown = await super.load(context, force);
    if (reads && typeof state === 'object' && state !== null) {
      const settled = await settleLoadedState(this.storage, context, this.getStorageKey(context), state as Record<string, unknown>, CONVERSATION_RULE, this.logger);
      if (settled.reset) context.turnState.set(STATE_RESET, true);
      const eTag = eTagOf(state);
      const loaded: Loaded = {
        ...(eTag === undefined ? {} : { eTag }),
        snapshot: snapshotOf(state),
        committed: false,
        ...(settled.reset ? { reset: true } : {}),
        ...(settled.legacyKey === undefined ? {} : { legacyKey: settled.legacyKey }),
      };
      context.turnState.set(this.loadedKey, loaded);
    }
    return state;
  }

  /**
   * Writes the conversation when it changed (or `force`): only if nobody else wrote since it was read, else throws
   * StorageConflictError and writes nothing.
   */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state: unknown = this.get(context);
    const loaded: unknown = context.turnState.get(this.loadedKey);
    if (typeof state !== 'object' || state === null || !isLoaded(loaded)) return;
    const snapshot = snapshotOf(state);
    if (!force && loaded.reset !== true && snapshot === loaded.snapshot) return;
    const key = await this.storageKey(context);
    const eTag = loaded.committed ? await this.unchangedSinceCommit(key, loaded.snapshot) : loaded.eTag ?? CREATE_ONLY_ETAG;
    try {
      await this.storage.write({ [key]: { ...(state as StoreItem), eTag } });
    } catch (err) {
      // A write whose answer was lost and that the store's client repeated fails its own condition: it did land.
      if (!(err instanceof StorageConflictError) || !(await this.holds(key, snapshot))) throw err;
    }
    const next: Loaded = { snapshot, committed: true };
    context.turnState.set(this.loadedKey, next);
    await dropLegacy(this.storage, loaded.legacyKey, this.logger);
  }

  /**
   * Replaces every string of `replacements` found in the stored conversation (e.g. a placeholder message id by the id
   * Teams gave the message), as a conditional write retried on conflict. Returns false when it gave up.
   */
  async replaceStrings(context: TurnContext, replacements: ReadonlyMap<string, string>, attempts = 5): Promise<boolean> {
    if (replacements.size === 0) return true;
    const key = await this.storageKey(context);
    for (let attempt = 0; attempt < attempts; attempt++) {
      const item: unknown = (await this.storage.read([key]))[key];
      if (typeof item !== 'object' || item === null) return true;
      const { eTag, ...data } = item as StoreItem;
      let changed = false;
      const replaced = replaceDeep(data, (s) => {
        const to = replacements.get(s);
        if (to === undefined) return s;
        changed = true;
        return to;
      });
      if (!changed) return true;
      try {
        await this.storage.write({ [key]: { ...(replaced as object), eTag: typeof eTag === 'string' ? eTag : CREATE_ONLY_ETAG } });
        return true;
      } catch (err) {
        if (!(err instanceof StorageConflictError)) throw err;
      }
    }
    return false;
  }

  /** True when the stored item's content is exactly `snapshot`. */
  private async holds(key: string, snapshot: string): Promise<boolean> {
    const current: unknown = (await this.storage.read([key]))[key];
    return typeof current === 'object' && current !== null && snapshotOf(current) === snapshot;
  }

  /** The current eTag of `key` if its content is still what this turn wrote; otherwise somebody else wrote: conflict. */
  private async unchangedSinceCommit(key: string, committed: string): Promise<string> {
    const current: unknown = (await this.storage.read([key]))[key];
    const eTag = eTagOf(current);
    if (eTag === undefined || snapshotOf(current) !== committed) throw new StorageConflictError(key);
    return eTag;
  }
}

function isLoaded(v: unknown): v is Loaded {
  return typeof v === 'object' && v !== null && 'snapshot' in v && typeof v.snapshot === 'string' && 'committed' in v;
}

/** A JSON value with every string passed through `map` (objects and arrays copied, never mutated). */
function replaceDeep(value: unknown, map: (s: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, map));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    // defineProperty, so a stored "__proto__" key stays data and never becomes the copy's prototype.
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, { value: replaceDeep(v, map), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
