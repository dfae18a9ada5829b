import { createStorage } from '../../src/bot/state/storage';
import { CREATE_ONLY_ETAG } from '../../src/bot/state/storage-conflict';
import { describeSettingsPersistence } from '../settings/settings-store-contract';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { Chat, readableText, startBot } from './support';

let azurite: Azurite;
let connector: FakeConnector;

beforeAll(async () => {
  [azurite, connector] = await Promise.all([startAzurite(), startFakeConnector()]);
}, 60_000);

afterAll(async () => {
  await connector.close();
  await azurite.stop();
});

let containers = 0;
/** The app's blob store on a fresh Azurite container, exactly as createStorage builds it for STORAGE=blob. */
function blobStore(container = `settings-${++containers}`): ReturnType<typeof createStorage> {
  return createStorage({ kind: 'blob', connectionString: azurite.connectionString, container });
}

// The settings feature's own persistence contract (restart, tenant isolation, stale forms, simultaneous saves…),
// run against Azure Blob Storage.
describeSettingsPersistence('Azure Blob Storage (Azurite)', () => blobStore(), { createOnlyETag: CREATE_ONLY_ETAG });

describe('organization settings through the bot, across a restart and a second instance', () => {
  test('settings saved on one instance reach employees served by a restarted and by another instance', async () => {
    const tenant = 'b0b0b0b0-0000-4000-8000-0000000000aa';
    const first = await startBot({ storage: await blobStore('settings-bot') });
    const saved = await first.runtime.settings.change({
      tenantId: tenant,
      by: '0f9c7b7e-3c1a-4d2e-8f4b-2a6d9e1c5b70',
      at: new Date(),
      source: 'form',
      next: () => ({ organizationName: 'Contoso', enrollmentServer: 'EnterpriseEnrollment.contoso.com', supportText: 'Call the Contoso desk on 1234' }),
    });
    expect(saved.kind).toBe('saved');
    await first.close();

    const [restarted, other] = await Promise.all([startBot({ storage: await blobStore('settings-bot') }), startBot({ storage: await blobStore('settings-bot') })]);
    try {
      for (const [name, bot] of [['restarted', restarted], ['other', other]] as const) {
        const chat = new Chat(connector, `conv-settings-${name}`, { channelData: { tenant: { id: tenant } } });
        const result = await chat.say(bot, 'instructions automatic-personal-register');
        const text = result.delivered.map((d) => readableText(d.body)).join('\n');
        expect(text).toContain('EnterpriseEnrollment.contoso.com');
        expect(text).toContain('Call the Contoso desk on 1234');
      }
      // Another tenant sees none of it.
      const stranger = new Chat(connector, 'conv-settings-stranger', { channelData: { tenant: { id: 'c0c0c0c0-0000-4000-8000-0000000000bb' } } });
      const text = (await stranger.say(other, 'instructions automatic-personal-register')).delivered.map((d) => readableText(d.body)).join('\n');
      expect(text).not.toContain('Contoso');
    } finally {
      await Promise.all([restarted.close(), other.close()]);
    }
  });
});
