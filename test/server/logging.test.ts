import { describeConfig, loadConfig } from '../../src/config';
import { memoryLogger, post, startApp } from './http-harness';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.SECRET-TOKEN-PAYLOAD.sig';
const PASSWORD = 'P@ssw0rd-never-logged';

describe('createLogger', () => {
  test('writes structured JSON at the configured level', () => {
    const { logger, lines } = memoryLogger({ logLevel: 'warn' });
    logger.info('hidden');
    logger.warn({ conversationId: 'c1' }, 'shown');
    expect(lines()).toEqual([expect.objectContaining({ msg: 'shown', conversationId: 'c1', level: 40, service: 'enrollment-advisor' })]);
  });

  type Row = { name: string; fields: Record<string, unknown>; secret: string };
  const ROWS: readonly Row[] = [
    { name: 'authorization header of a request', fields: { req: { headers: { authorization: `Bearer ${TOKEN}` } } }, secret: TOKEN },
    { name: 'authorization header object', fields: { headers: { authorization: `Bearer ${TOKEN}` } }, secret: TOKEN },
    { name: 'password at the top level', fields: { password: PASSWORD }, secret: PASSWORD },
    { name: 'app password in a nested config', fields: { config: { bot: { appPassword: PASSWORD } } }, secret: PASSWORD },
    { name: 'MicrosoftAppPassword in an env dump', fields: { env: { MicrosoftAppPassword: PASSWORD } }, secret: PASSWORD },
    { name: 'token in an object', fields: { auth: { token: TOKEN } }, secret: TOKEN },
    { name: 'connection string', fields: { storage: { connectionString: `AccountKey=${PASSWORD}` } }, secret: PASSWORD },
  ];
  test.each(ROWS)('redacts the $name', ({ fields, secret }) => {
    const { logger, lines } = memoryLogger();
    logger.info(fields, 'event');
    const text = JSON.stringify(lines());
    expect(text).toContain('event');
    expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });
});

describe('request logs', () => {
  test('one info line per request with id, route, status and time, and never the message text or token', async () => {
    const app = await startApp({
      messages: async (_req, res) => {
        res.status(200);
        res.send({});
      },
    });
    try {
      const res = await post(app.base, '/api/messages', { type: 'message', text: 'my laptop serial is ABC-PRIVATE-123' }, { authorization: `Bearer ${TOKEN}` });
      expect(res.status).toBe(200);
      await post(app.base, '/api/recommend', { answers: { ownership: 'personal' }, lang: 'nl' });
      const requestLines = app.logLines().filter((l) => l.msg === 'request');
      expect(requestLines).toEqual([
        expect.objectContaining({ level: 30, method: 'POST', route: '/api/messages', status: 200, requestId: res.headers.get('x-request-id') }),
        expect.objectContaining({ level: 30, method: 'POST', route: '/api/recommend', status: 200 }),
      ]);
      for (const line of requestLines) expect(typeof line.ms).toBe('number');
      const all = JSON.stringify(app.logLines());
      expect(all).not.toContain('ABC-PRIVATE-123');
      expect(all).not.toContain(TOKEN);
    } finally {
      await app.close();
    }
  });

  test('the start-up description of a connected config carries no secret', () => {
    const { logger, lines } = memoryLogger();
    const config = loadConfig({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: PASSWORD, MicrosoftAppTenantId: '66666666-7777-4888-8999-000000000000' });
    logger.info({ config: describeConfig(config) }, 'starting');
    expect(JSON.stringify(lines())).not.toContain(PASSWORD);
  });
});
