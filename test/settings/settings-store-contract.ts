import {
  createStorageSettingsStore,
  type KeyValueStore,
  type OrgSettingsData,
  type SettingsChangeRequest,
  type StorageSettingsStoreOptions,
} from '../../src/settings';

/**
 * The persistence contract of the organization settings over a real key-value store. Reusable: the memory suite runs
 * it with botbuilder's MemoryStorage, and a blob/Cosmos suite can run it against Azurite or an emulator with
 *
 *   describeSettingsPersistence('blob storage', async () => new ConflictAwareBlobsStorage(conn, container), { createOnlyETag: CREATE_ONLY_ETAG });
 *
 * `makeStorage` is called once per test and must return an empty store (a fresh container or key prefix).
 */
export function describeSettingsPersistence(
  name: string,
  makeStorage: () => KeyValueStore | Promise<KeyValueStore>,
  options: StorageSettingsStoreOptions = {},
): void {
  const tenantA = 'a1b2c3d4-0000-4000-8000-00000000000a';
  const tenantB = 'a1b2c3d4-0000-4000-8000-00000000000b';
  const admin = '0f9c7b7e-3c1a-4d2e-8f4b-2a6d9e1c5b70';
  const at = new Date('2026-01-15T10:00:00.000Z');
  const contoso: OrgSettingsData = { organizationName: 'Contoso', enrollmentServer: 'EnterpriseEnrollment.contoso.com', organizationMethod: 'autopilot' };

  const request = (tenantId: string, settings: OrgSettingsData, extra: Partial<SettingsChangeRequest> = {}): SettingsChangeRequest => ({
    tenantId,
    by: admin,
    at,
    source: 'form',
    next: () => settings,
    ...extra,
  });

  describe(`organization settings persist in ${name}`, () => {
    test('a saved change is read back by a new store over the same storage (as after a restart)', async () => {
      const storage = await makeStorage();
      const outcome = await createStorageSettingsStore(storage, options).change(request(tenantA, contoso));
      expect(outcome.kind).toBe('saved');
      const restarted = createStorageSettingsStore(storage, options);
      expect(await restarted.read(tenantA)).toEqual(contoso);
      expect(await restarted.readRecord(tenantA)).toMatchObject({
        tenantId: tenantA,
        revision: 1,
        updatedBy: admin,
        updatedAt: at.toISOString(),
        history: [{ at: at.toISOString(), by: admin, source: 'form', fields: ['organizationName', 'enrollmentServer', 'organizationMethod'] }],
      });
    });

    test('one tenant’s settings are invisible to another', async () => {
      const store = createStorageSettingsStore(await makeStorage(), options);
      await store.change(request(tenantA, contoso));
      expect(await store.read(tenantB)).toBeUndefined();
      expect(await store.readRecord(tenantB)).toBeUndefined();
      await store.change(request(tenantB, { organizationName: 'Fabrikam' }));
      expect(await store.read(tenantA)).toEqual(contoso);
      expect(await store.read(tenantB)).toEqual({ organizationName: 'Fabrikam' });
    });

    test('a form opened before someone else’s save is refused, and nothing is overwritten', async () => {
      const store = createStorageSettingsStore(await makeStorage(), options);
      await store.change(request(tenantA, contoso, { expectedRevision: 0 }));
      await store.change(request(tenantA, { ...contoso, supportText: 'Call 1234' }, { expectedRevision: 1 }));
      const stale = await store.change(request(tenantA, { organizationName: 'Stale' }, { expectedRevision: 1 }));
      expect(stale.kind).toBe('conflict');
      expect(await store.read(tenantA)).toEqual({ ...contoso, supportText: 'Call 1234' });
    });

    test('two administrators saving at the very same moment: one is saved, the other is told, nothing is lost silently', async () => {
      const storage = await makeStorage();
      await createStorageSettingsStore(storage, options).change(request(tenantA, contoso));
      const gated = writesTogether(storage, 2);
      const first = createStorageSettingsStore(gated, options);
      const second = createStorageSettingsStore(gated, options);
      const outcomes = await Promise.all([
        first.change(request(tenantA, { ...contoso, supportText: 'First' })),
        second.change(request(tenantA, { ...contoso, supportText: 'Second' })),
      ]);
      expect(outcomes.map((o) => o.kind).sort()).toEqual(['conflict', 'saved']);
      const winner = outcomes[0]?.kind === 'saved' ? 'First' : 'Second';
      expect(await first.read(tenantA)).toEqual({ ...contoso, supportText: winner });
    });
  });
}

/**
 * A view of `storage` whose writes wait until `parties` of them have arrived, so concurrent changes have all read the
 * same version before any of them writes (the race a real deployment has with two instances).
 */
export function writesTogether(storage: KeyValueStore, parties: number): KeyValueStore {
  let arrived = 0;
  let release: () => void = () => undefined;
  const allThere = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    read: (keys) => storage.read(keys),
    write: async (changes) => {
      arrived++;
      if (arrived >= parties) release();
      await allThere;
      await storage.write(changes);
    },
  };
}
