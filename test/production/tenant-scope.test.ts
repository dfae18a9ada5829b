import { connect } from 'node:net';
import { createApp, HTTP_LIMITS } from '../../src/server/app';
import { isTenantAdmin } from '../../src/bot/auth/admin-list';
import { settingsText } from '../../src/content/settings';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { Chat, captureLogger, readableText, startBot } from './support';
import { loadConfig } from '../../src/config';
import { INSTRUCTION_SET_IDS } from '../../src/engine/types';

const TENANT_A = 'aaaaaaaa-0000-4000-8000-00000000000a';
const TENANT_B = 'bbbbbbbb-0000-4000-8000-00000000000b';
const ADMIN = 'cccccccc-0000-4000-8000-00000000000c';

let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
});

afterAll(async () => {
  await connector.close();
});

describe('item 11: an administrator changes only their own tenant’s settings', () => {
  test.each([
    ['their own tenant', TENANT_A, false],
    ['another tenant, same object id', TENANT_B, true],
  ])('"settings" from %s (tenant %s) → refused: %s', async (_name, tenant, refused) => {
    const bot = await startBot({ env: { ADMIN_AAD_OBJECT_IDS: `${TENANT_A}:${ADMIN}` } });
    try {
      const chat = new Chat(connector, `conv-admin-${tenant}`, { from: { id: 'admin-user', aadObjectId: ADMIN }, channelData: { tenant: { id: tenant } } });
      const reply = await chat.say(bot, 'settings');
      const text = reply.delivered.map((d) => readableText(d.body)).join('\n');
      expect(text.includes(settingsText('en').refused.title)).toBe(refused);
    } finally {
      await bot.close();
    }
  });

  test.each<[string, readonly string[], string | undefined, string, boolean]>([
    ['a pair matches its tenant', [`${TENANT_A}:${ADMIN}`], TENANT_A, ADMIN, true],
    ['a pair does not match another tenant', [`${TENANT_A}:${ADMIN}`], TENANT_B, ADMIN, false],
    ['a pair needs a tenant on the activity', [`${TENANT_A}:${ADMIN}`], undefined, ADMIN, false],
    ['ids compare in any case', [`${TENANT_A}:${ADMIN}`], TENANT_A.toUpperCase(), ADMIN.toUpperCase(), true],
    ['a plain id (single-tenant/local only) matches', [ADMIN], TENANT_B, ADMIN, true],
    ['an empty user never matches', [ADMIN], TENANT_A, '', false],
  ])('%s', (_name, admins, tenant, user, expected) => {
    expect(isTenantAdmin(admins, tenant, user)).toBe(expected);
  });
});

describe('item 15: connections cannot be held open', () => {
  test('a request whose body trickles in is cut off at the request time limit', async () => {
    const config = loadConfig({ PORT: '0' });
    const server = createApp({ config, logger: captureLogger().logger, httpLimits: { requestTimeoutMs: 500, headersTimeoutMs: 400 } });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write('POST /api/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{');
          const drip = setInterval(() => socket.write(' '), 100);
          socket.on('close', () => {
            clearInterval(drip);
            resolve(Date.now() - started);
          });
          socket.on('error', () => undefined);
        });
      });
      expect(closedAfter).toBeLessThan(3000);
    } finally {
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('the defaults bound headers, whole requests and connections', () => {
    expect(HTTP_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(HTTP_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(HTTP_LIMITS.requestTimeoutMs);
    expect(HTTP_LIMITS.maxConnections).toBeGreaterThan(0);
  });

  test('/instructions may not be framed by another site', async () => {
    const bot = await startBot();
    try {
      const res = await fetch(`${bot.base}/instructions/${INSTRUCTION_SET_IDS[0]}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    } finally {
      await bot.close();
    }
  });
});
