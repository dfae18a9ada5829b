import { createServer, type Server, type Socket } from 'node:net';
import { conversationKey } from '../../src/bot/state/keys';
import { ConflictAwareMemoryStorage } from '../../src/bot/state/storage-stores';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { startJwksServer, type JwksServer, type SigningKey } from '../helpers/jwks-server';
import { answerButtonsOf, readableText, startBot, teamsActivity, type RunningBot } from './support';

const APP_ID = '11111111-2222-4333-8444-555555555555';
// The directory the bot is registered in: bots are single-tenant by default (config.ts).
const BOT_TENANT = '0b0b0b0b-1111-4222-8333-444444444444';
const APP_SECRET = 'Bot-Secret-Never-Logged-7x9';

let jwks: JwksServer;
let connector: FakeConnector;
let bot: RunningBot;
let storage: ConflictAwareMemoryStorage;
const consoleOutput: string[] = [];

beforeAll(async () => {
  jwks = await startJwksServer({ appId: APP_ID, appSecret: APP_SECRET });
  connector = await startFakeConnector();
  storage = new ConflictAwareMemoryStorage();
  // botbuilder writes refused tokens' errors to the console itself; keep them, to check they carry no token.
  for (const method of ['error', 'warn', 'log'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleOutput.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}\n${a.stack ?? ''}` : String(a))).join(' ')));
  }
  bot = await startBot({
    env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_SECRET, MicrosoftAppTenantId: BOT_TENANT },
    storage,
    auth: { endpoints: { openIdMetadataUrl: jwks.metadataUrl, tokenIssuer: jwks.issuer, loginUrl: jwks.loginUrl } },
  });
});

afterAll(async () => {
  await bot.close();
  await connector.close();
  await jwks.close();
  jest.restoreAllMocks();
});

const now = (): number => Math.floor(Date.now() / 1000);

/** The claims the Bot Connector puts in a token for this bot and this activity's serviceUrl. */
function channelClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { iss: jwks.issuer, aud: APP_ID, serviceurl: connector.url, nbf: now() - 60, iat: now() - 60, exp: now() + 3600, ...overrides };
}

interface RefusalCase {
  readonly name: string;
  /** The Authorization header, built once the servers run. */
  readonly header: () => string | undefined;
}

const REFUSED: readonly RefusalCase[] = [
  { name: 'no token', header: () => undefined },
  { name: 'an empty bearer token', header: () => 'Bearer ' },
  { name: 'a token that is not a JWT', header: () => 'Bearer not.a.jwt' },
  { name: 'another scheme', header: () => `Basic ${Buffer.from(`${APP_ID}:${APP_SECRET}`).toString('base64')}` },
  { name: 'an expired token', header: () => `Bearer ${jwks.sign(channelClaims({ nbf: now() - 7200, iat: now() - 7200, exp: now() - 3600 }))}` },
  { name: 'a token not valid yet', header: () => `Bearer ${jwks.sign(channelClaims({ nbf: now() + 3600 }))}` },
  { name: 'a token for another bot (wrong audience)', header: () => `Bearer ${jwks.sign(channelClaims({ aud: '99999999-2222-4333-8444-555555555555' }))}` },
  { name: 'a token from another issuer', header: () => `Bearer ${jwks.sign(channelClaims({ iss: 'https://attacker.example.com' }))}` },
  { name: 'a bad signature (forged with another key under the trusted key id)', header: () => `Bearer ${jwks.sign(channelClaims(), 'forged' satisfies SigningKey)}` },
  { name: 'an unknown signing key', header: () => `Bearer ${jwks.sign(channelClaims(), 'unknown' satisfies SigningKey)}` },
  { name: 'a token issued for another serviceUrl', header: () => `Bearer ${jwks.sign(channelClaims({ serviceurl: 'https://smba.attacker.example.com' }))}` },
  {
    name: 'a token with its payload swapped after signing',
    header: () => {
      const [head, , signature] = jwks.sign(channelClaims({ aud: 'someone-else' })).split('.');
      return `Bearer ${head}.${Buffer.from(JSON.stringify(channelClaims())).toString('base64url')}.${signature}`;
    },
  },
];

describe('inbound authentication (production settings, local OpenID metadata + JWKS)', () => {
  test.each(REFUSED)('$name → 401 within a second, no turn runs, nothing is sent or stored', async ({ header }) => {
    const conversation = `conv-refused-${Math.random().toString(36).slice(2)}`;
    const sentBefore = connector.requests.length;
    const value = header();
    const started = Date.now();
    const res = await bot.post(teamsActivity(connector.url, { id: 'a-1', text: 'start', conversation: { id: conversation, conversationType: 'personal' } }), value === undefined ? {} : { authorization: value });
    const elapsed = Date.now() - started;
    expect(res.status).toBe(401);
    expect(elapsed).toBeLessThan(1000);
    expect(await res.text()).not.toMatch(/\bat .*\.js:\d+|node_modules/);
    expect(connector.requests.length).toBe(sentBefore);
    // The conversation's state key; the valid-token test below shows the same key does get written.
    expect(await storage.read([conversationKey({ channelId: 'msteams', conversation: { id: conversation, conversationType: 'personal', isGroup: false, name: '' }, channelData: { tenant: { id: 'tenant-1' } } })])).toEqual({});
  });

  test('a correctly signed token → 200, the reply reaches the connector with the bot’s own outbound token', async () => {
    const before = connector.requests.length;
    // "start" changes the conversation (a run begins), so its state is written; "help" would write nothing.
    const res = await bot.post(teamsActivity(connector.url, { id: 'ok-1', text: 'start', conversation: { id: 'conv-auth-ok', conversationType: 'personal' } }), {
      authorization: `Bearer ${jwks.sign(channelClaims())}`,
    });
    expect(res.status).toBe(200);
    const replies = connector.requests.slice(before).filter((r) => r.method === 'POST');
    expect(replies).toHaveLength(1);
    expect(readableText(replies[0]?.body ?? {})).toMatch(/question 1/i);
    expect(answerButtonsOf(replies[0]?.body ?? {}).length).toBeGreaterThan(0);
    expect(jwks.tokenClients).toContain(APP_ID);
    expect(replies[0]?.authorization).toBe(`Bearer ${jwks.issuedTokens[jwks.issuedTokens.length - 1]}`);
    const key = conversationKey({ channelId: 'msteams', conversation: { id: 'conv-auth-ok', conversationType: 'personal', isGroup: false, name: '' }, channelData: { tenant: { id: 'tenant-1' } } });
    expect(Object.keys(await storage.read([key]))).toHaveLength(1);
  });

  test('no secret or token appears in the logs, the console or the replies of an authenticated run', async () => {
    const inbound = jwks.sign(channelClaims());
    const before = connector.requests.length;
    const res = await bot.post(teamsActivity(connector.url, { id: 'ok-2', text: 'start', conversation: { id: 'conv-auth-logs', conversationType: 'personal' } }), {
      authorization: `Bearer ${inbound}`,
    });
    expect(res.status).toBe(200);
    // A refused request too, so its error path is covered by the same check.
    expect((await bot.post(teamsActivity(connector.url, { id: 'bad-1', text: 'start' }), { authorization: `Bearer ${jwks.sign(channelClaims(), 'forged')}` })).status).toBe(401);

    const logs = bot.log.text();
    expect(logs.length).toBeGreaterThan(0);
    const everything = [logs, consoleOutput.join('\n'), JSON.stringify(connector.requests.slice(before).map((r) => r.body))].join('\n');
    const secrets = [APP_SECRET, inbound, inbound.split('.')[2] ?? '', ...jwks.issuedTokens];
    for (const secret of secrets) expect(everything).not.toContain(secret);
    // The turn itself is logged with its ids.
    expect(bot.log.lines().some((l) => l.msg === 'turn' && l.conversationId === 'conv-auth-logs' && l.activityId === 'ok-2')).toBe(true);
  });
});

describe('a token check that cannot finish', () => {
  let blackHole: Server;
  const sockets = new Set<Socket>();
  let hanging: RunningBot;

  beforeAll(async () => {
    // Accepts connections and never answers: the OpenID metadata fetch would wait forever.
    blackHole = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const address = blackHole.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    hanging = await startBot({
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_SECRET, MicrosoftAppTenantId: BOT_TENANT },
      auth: { endpoints: { openIdMetadataUrl: `http://127.0.0.1:${port}/openid`, tokenIssuer: jwks.issuer, loginUrl: jwks.loginUrl }, authTimeoutMs: 300 },
    });
  });

  afterAll(async () => {
    await hanging.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => blackHole.close(resolve));
  });

  test('an unreachable OpenID metadata endpoint → 401 after the time limit, never a hang', async () => {
    const started = Date.now();
    const res = await hanging.post(teamsActivity(connector.url, { id: 'h-1', text: 'help', conversation: { id: 'conv-hang', conversationType: 'personal' } }), {
      authorization: `Bearer ${jwks.sign(channelClaims())}`,
    });
    expect(res.status).toBe(401);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(hanging.log.lines().some((l) => l.msg === 'request refused: authentication failed')).toBe(true);
  });
});
