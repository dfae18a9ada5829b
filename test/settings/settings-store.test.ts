import { MemoryStorage } from 'botbuilder';
import { CREATE_ONLY_ETAG } from '../../src/bot/state/storage-conflict';
import { ConflictAwareMemoryStorage } from '../../src/bot/state/storage-stores';
import {
  createStorageSettingsStore,
  normalizeTenantId,
  settingsKey,
  SETTINGS_HISTORY_LENGTH,
  type KeyValueStore,
  type OrgSettingsData,
  type SettingsChangeRequest,
} from '../../src/settings';
import { describeSettingsPersistence, writesTogether } from './settings-store-contract';

describeSettingsPersistence('botbuilder MemoryStorage', () => new MemoryStorage());
describeSettingsPersistence('the app’s conflict-aware memory store (create-only first saves)', () => new ConflictAwareMemoryStorage(), {
  createOnlyETag: CREATE_ONLY_ETAG,
});

const TENANT = '6d3c8e2a-1b4f-4c7e-9a2d-5f8b0c1e7a93';
const ADMIN = '0f9c7b7e-3c1a-4d2e-8f4b-2a6d9e1c5b70';
const CONTOSO: OrgSettingsData = { organizationName: 'Contoso', supportText: 'Call 1234' };

function request(settings: OrgSettingsData, extra: Partial<SettingsChangeRequest> = {}): SettingsChangeRequest {
  return { tenantId: TENANT, by: ADMIN, at: new Date('2026-01-15T10:00:00Z'), source: 'form', next: () => settings, ...extra };
}

/** A key-value store that counts writes and can be told to fail them. */
function countingStore(): KeyValueStore & { writes: number; failWrites: boolean; inner: MemoryStorage } {
  const inner = new MemoryStorage();
  const kv = {
    inner,
    writes: 0,
    failWrites: false,
    read: (keys: string[]) => inner.read(keys),
    write: async (changes: Record<string, unknown>) => {
      kv.writes++;
      if (kv.failWrites) throw new Error('storage unreachable (connectionString=secret)');
      await inner.write(changes);
    },
  };
  return kv;
}

describe('tenant ids and keys', () => {
  test.each([
    ['6D3C8E2A-1B4F-4C7E-9A2D-5F8B0C1E7A93', '6d3c8e2a-1b4f-4c7e-9a2d-5f8b0c1e7a93'],
    ['  tenant-contoso ', 'tenant-contoso'],
    ['', undefined],
    ['../other-tenant', undefined],
    ['a/b', undefined],
    ['x'.repeat(101), undefined],
    [42, undefined],
    [undefined, undefined],
  ])('normalizeTenantId(%p) → %p', (raw, expected) => {
    expect(normalizeTenantId(raw)).toBe(expected);
  });

  test('settings keys never look like botbuilder conversation or user state keys', () => {
    expect(settingsKey(TENANT)).toBe(`org-settings/tenants/${TENANT}`);
    expect(settingsKey(TENANT)).not.toMatch(/^[^/]+\/(conversations|users)\//);
  });

  test('the same tenant spelled in capitals reads the same settings', async () => {
    const store = createStorageSettingsStore(new MemoryStorage());
    await store.change(request(CONTOSO, { tenantId: TENANT.toUpperCase() }));
    expect(await store.read(TENANT)).toEqual(CONTOSO);
  });

  test('an unusable tenant id reads nothing and cannot be written', async () => {
    const store = createStorageSettingsStore(new MemoryStorage());
    expect(await store.read('../x')).toBeUndefined();
    await expect(store.change(request(CONTOSO, { tenantId: 'a/b' }))).rejects.toThrow(RangeError);
  });
});

describe('the storage-backed settings store', () => {
  test('a document under one tenant’s key that names another tenant is ignored', async () => {
    const storage = new MemoryStorage();
    await storage.write({ [settingsKey(TENANT)]: { schema: 1, tenantId: 'someone-else', revision: 1, settings: CONTOSO, history: [] } });
    const store = createStorageSettingsStore(storage);
    expect(await store.read(TENANT)).toBeUndefined();
    expect(await store.read('someone-else')).toBeUndefined();
  });

  test('unreadable stored data reads as none and is replaced by the next save', async () => {
    const storage = new MemoryStorage();
    await storage.write({ [settingsKey(TENANT)]: { tenantId: TENANT, settings: 'garbage', revision: 'x', history: 'x' } });
    const store = createStorageSettingsStore(storage);
    expect(await store.read(TENANT)).toBeUndefined();
    expect((await store.change(request(CONTOSO))).kind).toBe('saved');
    expect(await store.readRecord(TENANT)).toMatchObject({ settings: CONTOSO, revision: 1 });
  });

  test('settings without any value read as none (employees get the general instructions)', async () => {
    const store = createStorageSettingsStore(new MemoryStorage());
    await store.change(request(CONTOSO));
    await store.change(request({}));
    expect(await store.read(TENANT)).toBeUndefined();
    expect((await store.readRecord(TENANT))?.revision).toBe(2);
  });

  test('nothing changed: nothing is written and the revision stays', async () => {
    const kv = countingStore();
    const store = createStorageSettingsStore(kv);
    await store.change(request(CONTOSO));
    const outcome = await store.change(request({ ...CONTOSO }));
    expect(outcome.kind).toBe('unchanged');
    expect(kv.writes).toBe(1);
    expect((await store.readRecord(TENANT))?.revision).toBe(1);
  });

  test('the same request run again (a turn re-run after a state conflict) gets the first outcome, applied once', async () => {
    const store = createStorageSettingsStore(new MemoryStorage());
    await store.change(request(CONTOSO));
    const first = await store.change(request({ organizationName: 'Fabrikam' }, { requestId: 'conv|act-7', expectedRevision: 1 }));
    const again = await store.change(request({ organizationName: 'Fabrikam' }, { requestId: 'conv|act-7', expectedRevision: 1 }));
    expect(first.kind).toBe('saved');
    expect(again).toEqual(first);
    expect((await store.readRecord(TENANT))?.revision).toBe(2);
  });

  test('the audit trail keeps the latest changes only', async () => {
    const store = createStorageSettingsStore(new MemoryStorage());
    for (let i = 0; i < SETTINGS_HISTORY_LENGTH + 5; i++) await store.change(request({ organizationName: `Name ${i}` }));
    const record = await store.readRecord(TENANT);
    expect(record?.history).toHaveLength(SETTINGS_HISTORY_LENGTH);
    expect(record?.revision).toBe(SETTINGS_HISTORY_LENGTH + 5);
  });

  test('a failing store is reported to the caller (nothing is claimed saved)', async () => {
    const kv = countingStore();
    const store = createStorageSettingsStore(kv);
    kv.failWrites = true;
    await expect(store.change(request(CONTOSO))).rejects.toThrow('storage unreachable');
    expect(await store.read(TENANT)).toBeUndefined();
  });

  test('with create-only writes two first saves at the same moment cannot both win', async () => {
    const gated = writesTogether(new ConflictAwareMemoryStorage(), 2);
    const a = createStorageSettingsStore(gated, { createOnlyETag: CREATE_ONLY_ETAG });
    const b = createStorageSettingsStore(gated, { createOnlyETag: CREATE_ONLY_ETAG });
    const outcomes = await Promise.all([a.change(request({ organizationName: 'A' })), b.change(request({ organizationName: 'B' }))]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['conflict', 'saved']);
  });
});
