import { diffSettings, type SettingsChange } from './diff';
import { SETTINGS_FIELDS, type OrgSettingsData, type SettingsField } from './fields';
import { readStoredSettings } from './validate';

/**
 * The small part of a key-value store the settings need. botbuilder's Storage (MemoryStorage, BlobsStorage,
 * CosmosDbPartitionedStorage) fits it as it is, so settings live wherever conversation state lives. Items may carry an
 * `eTag`: a write with the eTag read earlier fails when someone else wrote in between.
 */
export interface KeyValueStore {
  read(keys: string[]): Promise<Readonly<Record<string, unknown>>>;
  write(changes: Record<string, unknown>): Promise<void>;
}

/** Where a change came from: "Use this for our organization" on a recommendation, or the settings card. */
export type SettingsSource = 'publish' | 'form';

/** One line of the audit trail kept with the settings: who changed which fields when (never the values). */
export interface SettingsHistoryEntry {
  readonly at: string;
  readonly by: string;
  readonly source: SettingsSource;
  readonly fields: readonly SettingsField[];
}

/** A tenant's stored settings with their bookkeeping. */
export interface SettingsRecord {
  readonly tenantId: string;
  readonly settings: OrgSettingsData;
  /** Counts saves; a settings form carries the revision it showed, so saving over a newer change is refused. */
  readonly revision: number;
  readonly updatedAt?: string;
  /** Entra ID object id of the administrator who saved last. */
  readonly updatedBy?: string;
  /** The latest changes, newest last (at most SETTINGS_HISTORY_LENGTH). */
  readonly history: readonly SettingsHistoryEntry[];
  /** The request that saved last and what it changed, so the same request run again answers the same. */
  readonly lastChange?: { readonly requestId: string; readonly changes: readonly SettingsChange[] };
}

export interface SettingsChangeRequest {
  /** The tenant of the activity, never a value from card data. */
  readonly tenantId: string;
  /** Entra ID object id of the administrator making the change. */
  readonly by: string;
  readonly at: Date;
  readonly source: SettingsSource;
  /** When given, the change is refused as a conflict unless the stored revision is still this one. */
  readonly expectedRevision?: number;
  /**
   * Identifies the request (e.g. conversation and activity id). A turn that is run again after a state conflict sends
   * the same id and gets the first run's outcome instead of "unchanged" or "conflict".
   */
  readonly requestId?: string;
  /** The new settings, computed from the current ones (read inside the change, so nothing is lost in between). */
  readonly next: (current: OrgSettingsData) => OrgSettingsData;
}

export type SettingsChangeOutcome =
  | { readonly kind: 'saved'; readonly record: SettingsRecord; readonly changes: readonly SettingsChange[] }
  | { readonly kind: 'unchanged'; readonly record: SettingsRecord | undefined }
  /** Someone else saved since the form was opened (or at the same moment): nothing was written. */
  | { readonly kind: 'conflict'; readonly record: SettingsRecord | undefined };

/** Organization settings per tenant. `read` is what serving employees needs; `change` is for administrators. */
export interface SettingsStore {
  /** The settings of `tenantId`, or undefined when it has none. Only ever that tenant's data. */
  read(tenantId: string): Promise<OrgSettingsData | undefined>;
  /** The settings of `tenantId` with revision and audit trail, or undefined when it has none. */
  readRecord(tenantId: string): Promise<SettingsRecord | undefined>;
  /** Applies one change atomically per tenant; an invalid tenant id is a programming error and throws. */
  change(request: SettingsChangeRequest): Promise<SettingsChangeOutcome>;
}

/** How many audit entries each tenant keeps beside its settings. */
export const SETTINGS_HISTORY_LENGTH = 20;

/** The version of the stored document, so a later format can read older ones. */
const SCHEMA = 1;

/**
 * The canonical form of a tenant id (Entra tenant ids are GUIDs; Teams spells them in either case), or undefined when
 * it is not one a tenant could have. Keys are built only from ids that pass this check.
 */
export function normalizeTenantId(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const id = raw.trim().toLowerCase();
  return /^[a-z0-9][a-z0-9._-]{0,99}$/.test(id) ? id : undefined;
}

/**
 * The storage key of a tenant's settings. botbuilder's state keys are `<channel>/conversations/…` and
 * `<channel>/users/…`, so a second segment `tenants` can never collide with conversation or user state.
 */
export function settingsKey(tenantId: string): string {
  return `org-settings/tenants/${tenantId}`;
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isField(v: unknown): v is SettingsField {
  return typeof v === 'string' && (SETTINGS_FIELDS as readonly string[]).includes(v);
}

function readLastChange(raw: unknown): SettingsRecord['lastChange'] {
  if (!isRecord(raw) || typeof raw.requestId !== 'string' || !Array.isArray(raw.changes)) return undefined;
  const changes: SettingsChange[] = raw.changes.filter(isRecord).flatMap((c) =>
    isField(c.field)
      ? [{ field: c.field, ...(typeof c.before === 'string' ? { before: c.before } : {}), ...(typeof c.after === 'string' ? { after: c.after } : {}) }]
      : [],
  );
  return { requestId: raw.requestId, changes };
}

function readHistory(raw: unknown): SettingsHistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(isRecord)
    .filter((e) => typeof e.at === 'string' && typeof e.by === 'string' && (e.source === 'publish' || e.source === 'form') && Array.isArray(e.fields))
    .map((e) => ({
      at: e.at as string,
      by: e.by as string,
      source: e.source as SettingsSource,
      fields: (e.fields as unknown[]).filter(isField),
    }))
    .slice(-SETTINGS_HISTORY_LENGTH);
}

/** What is stored under a tenant's key: its record (undefined when unreadable or another tenant's) and the item's eTag. */
interface Loaded {
  readonly exists: boolean;
  readonly record?: SettingsRecord;
  readonly eTag?: string;
}

/** A stored document as a record, or undefined when it is not one or belongs to another tenant. */
function readDocument(raw: unknown, tenantId: string): SettingsRecord | undefined {
  if (!isRecord(raw) || raw.tenantId !== tenantId) return undefined;
  const revision = typeof raw.revision === 'number' && Number.isSafeInteger(raw.revision) && raw.revision >= 0 ? raw.revision : 0;
  const lastChange = readLastChange(raw.lastChange);
  const record: SettingsRecord = {
    tenantId,
    settings: readStoredSettings(raw.settings),
    revision,
    ...(typeof raw.updatedAt === 'string' ? { updatedAt: raw.updatedAt } : {}),
    ...(typeof raw.updatedBy === 'string' ? { updatedBy: raw.updatedBy } : {}),
    history: readHistory(raw.history),
    ...(lastChange === undefined ? {} : { lastChange }),
  };
  return record;
}

function hasValues(settings: OrgSettingsData): boolean {
  return Object.keys(settings).length > 0;
}

export interface StorageSettingsStoreOptions {
  /**
   * The eTag that asks the store to create an item only if it does not exist yet (the app's conflict-aware stores
   * have one); without it the first save of a tenant can race another first save and the last one wins.
   */
  readonly createOnlyETag?: string;
}

/**
 * The settings store over any KeyValueStore (in the app: the bot's botbuilder Storage). Writes use the eTag read just
 * before, so two administrators saving at the same moment cannot silently overwrite each other.
 */
export function createStorageSettingsStore(kv: KeyValueStore, options: StorageSettingsStoreOptions = {}): SettingsStore {
  const load = async (tenantId: string): Promise<Loaded> => {
    const key = settingsKey(tenantId);
    const items = await kv.read([key]);
    const raw = Object.prototype.hasOwnProperty.call(items, key) ? items[key] : undefined;
    if (raw === undefined || raw === null) return { exists: false };
    const record = readDocument(raw, tenantId);
    const eTag = isRecord(raw) && typeof raw.eTag === 'string' ? raw.eTag : undefined;
    return { exists: true, ...(record === undefined ? {} : { record }), ...(eTag === undefined ? {} : { eTag }) };
  };
  const tenantOrThrow = (raw: string): string => {
    const tenantId = normalizeTenantId(raw);
    if (tenantId === undefined) throw new RangeError('Not a tenant id; the bot must check the tenant before changing settings.');
    return tenantId;
  };

  return {
    async read(rawTenantId) {
      const tenantId = normalizeTenantId(rawTenantId);
      if (tenantId === undefined) return undefined;
      const settings = (await load(tenantId)).record?.settings;
      return settings !== undefined && hasValues(settings) ? settings : undefined;
    },

    async readRecord(rawTenantId) {
      const tenantId = normalizeTenantId(rawTenantId);
      return tenantId === undefined ? undefined : (await load(tenantId)).record;
    },

    async change(request) {
      const tenantId = tenantOrThrow(request.tenantId);
      const loaded = await load(tenantId);
      const current = loaded.record;
      if (request.requestId !== undefined && current?.lastChange?.requestId === request.requestId) {
        return { kind: 'saved', record: current, changes: current.lastChange.changes };
      }
      if (request.expectedRevision !== undefined && request.expectedRevision !== (current?.revision ?? 0)) {
        return { kind: 'conflict', record: current };
      }
      const before = current?.settings ?? {};
      const after = readStoredSettings(request.next(before));
      const changes = diffSettings(before, after);
      if (changes.length === 0) return { kind: 'unchanged', record: current };

      const at = request.at.toISOString();
      const record: SettingsRecord = {
        tenantId,
        settings: after,
        revision: (current?.revision ?? 0) + 1,
        updatedAt: at,
        updatedBy: request.by,
        history: [...(current?.history ?? []), { at, by: request.by, source: request.source, fields: changes.map((c) => c.field) }].slice(
          -SETTINGS_HISTORY_LENGTH,
        ),
        ...(request.requestId === undefined ? {} : { lastChange: { requestId: request.requestId, changes } }),
      };
      const key = settingsKey(tenantId);
      try {
        // An unreadable item is replaced, but only if it is still the one that was read.
        const eTag = loaded.eTag ?? (loaded.exists ? undefined : options.createOnlyETag);
        await kv.write({ [key]: { schema: SCHEMA, ...record, ...(eTag === undefined ? {} : { eTag }) } });
      } catch (err) {
        // A write that lost a race looks like any other failure; what is stored now tells them apart.
        const now = await load(tenantId);
        if (now.exists !== loaded.exists || now.eTag !== loaded.eTag || now.record?.revision !== current?.revision) {
          return { kind: 'conflict', record: now.record };
        }
        throw err;
      }
      return { kind: 'saved', record, changes };
    },
  };
}
