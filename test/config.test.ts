import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, describeConfig, loadConfig, type Env } from '../src/config';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const SECRET = 'sup3r-s3cret-Pa55word~';
const BLOB_SECRET = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=VERYSECRETKEY==;EndpointSuffix=core.windows.net';
const COSMOS_SECRET = 'cosmos-primary-key-SECRET==';

/** The problems loadConfig reports for `env`, or [] when it accepts it. */
function problemsOf(env: Env): readonly string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe('loadConfig defaults', () => {
  test('no environment at all runs in local mode on port 3978 with memory storage', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'local',
      port: 3978,
      publicBaseUrl: 'http://localhost:3978',
      storage: { kind: 'memory' },
      bot: { appType: 'SingleTenant' },
      adminAadObjectIds: [],
      logLevel: 'info',
    });
    expect(config.bot.appId).toBeUndefined();
  });

  test('blank values (KEY= in an env file) count as unset', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: '  ', STORAGE: '' })).toMatchObject({ mode: 'local', port: 3978 });
  });

  test('PORT is honoured and feeds the default public URL', () => {
    expect(loadConfig({ PORT: '8080' })).toMatchObject({ port: 8080, publicBaseUrl: 'http://localhost:8080' });
  });

  test('an app id with its password outside production is connected mode', () => {
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: TENANT_ID }).mode).toBe('connected');
  });

  test('blob storage defaults the container and keeps the connection string', () => {
    const config = loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true' });
    expect(config.storage).toEqual({ kind: 'blob', connectionString: 'UseDevelopmentStorage=true', container: 'enrollment-advisor' });
  });

  test('cosmos storage takes all four settings', () => {
    const config = loadConfig({
      STORAGE: 'cosmos',
      COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/',
      COSMOS_KEY: COSMOS_SECRET,
      COSMOS_DATABASE: 'advisor',
      COSMOS_CONTAINER: 'state',
    });
    expect(config.storage).toMatchObject({ kind: 'cosmos', database: 'advisor', container: 'state' });
  });

  test('admin object ids are split, trimmed and lower-cased', () => {
    const config = loadConfig({ ADMIN_AAD_OBJECT_IDS: ` ${APP_ID.toUpperCase()} ,${TENANT_ID},` });
    expect(config.adminAadObjectIds).toEqual([APP_ID, TENANT_ID]);
  });

  test('PUBLIC_BASE_URL loses its trailing slash', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://advisor.contoso.com/' }).publicBaseUrl).toBe('https://advisor.contoso.com');
  });
});

describe('loadConfig lists every problem at once', () => {
  test('seven malformed variables give seven problems, each naming its variable', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      MicrosoftAppType: 'Tenantless',
      STORAGE: 'floppy',
      PUBLIC_BASE_URL: 'ftp://x',
      ADMIN_AAD_OBJECT_IDS: 'not-a-guid',
      LOG_LEVEL: 'loud',
      MicrosoftAppTenantId: 'contoso',
    });
    const names = ['PORT', 'MicrosoftAppType', 'STORAGE', 'PUBLIC_BASE_URL', 'ADMIN_AAD_OBJECT_IDS', 'LOG_LEVEL', 'MicrosoftAppTenantId'];
    expect(problems).toHaveLength(names.length);
    for (const name of names) expect(problems.some((p) => p.includes(name))).toBe(true);
  });

  test('the ConfigError message carries every problem on its own line', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'x' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });

  type Row = { name: string; env: Env; mentions: readonly string[] };
  const ROWS: readonly Row[] = [
    { name: 'port out of range', env: { PORT: '70000' }, mentions: ['PORT', '0 to 65535'] },
    { name: 'blob without connection string', env: { STORAGE: 'blob' }, mentions: ['BLOB_CONNECTION_STRING'] },
    { name: 'blob with a bad container name', env: { STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true', BLOB_CONTAINER: 'Bad_Name' }, mentions: ['BLOB_CONTAINER'] },
    { name: 'cosmos without its settings', env: { STORAGE: 'cosmos' }, mentions: ['COSMOS_ENDPOINT', 'COSMOS_KEY', 'COSMOS_DATABASE', 'COSMOS_CONTAINER'] },
    { name: 'cosmos endpoint not https', env: { STORAGE: 'cosmos', COSMOS_ENDPOINT: 'http://x', COSMOS_KEY: 'k', COSMOS_DATABASE: 'd', COSMOS_CONTAINER: 'c' }, mentions: ['COSMOS_ENDPOINT', 'https'] },
    { name: 'app id that is not a GUID', env: { MicrosoftAppId: 'my-bot', MicrosoftAppPassword: SECRET }, mentions: ['MicrosoftAppId', 'GUID'] },
    { name: 'password without app id', env: { MicrosoftAppPassword: SECRET }, mentions: ['MicrosoftAppPassword', 'MicrosoftAppId'] },
    { name: 'app id without password', env: { MicrosoftAppId: APP_ID }, mentions: ['MicrosoftAppPassword', 'UserAssignedMSI'] },
    { name: 'single tenant without tenant id', env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppType: 'SingleTenant' }, mentions: ['MicrosoftAppTenantId'] },
    { name: 'MSI with a password', env: { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT_ID, MicrosoftAppPassword: SECRET }, mentions: ['MicrosoftAppPassword', 'must not'] },
  ];
  test.each(ROWS)('$name', ({ env, mentions }) => {
    const problems = problemsOf(env).join('\n');
    expect(problems).not.toBe('');
    for (const m of mentions) expect(problems).toContain(m);
    expect(problems).not.toContain(SECRET);
  });
});

describe('production', () => {
  const BASE = { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://advisor.contoso.com' } as const;

  test('refuses to start without credentials and names both variables', () => {
    const problems = problemsOf(BASE).join('\n');
    expect(problems).toContain('MicrosoftAppId');
    expect(problems).toContain('MicrosoftAppPassword');
  });

  test('with an app id but no password, names the password and never prints other secrets', () => {
    const env = { ...BASE, MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT_ID, STORAGE: 'blob', BLOB_CONNECTION_STRING: BLOB_SECRET };
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('MicrosoftAppPassword');
    expect(problems[0]).not.toContain('VERYSECRETKEY');
  });

  test('a password without an app id names the app id and never echoes the password', () => {
    const problems = problemsOf({ ...BASE, MicrosoftAppPassword: SECRET }).join('\n');
    expect(problems).toContain('MicrosoftAppId');
    expect(problems).not.toContain(SECRET);
  });

  test('accepts an app id with a password', () => {
    expect(loadConfig({ ...BASE, MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: TENANT_ID }).mode).toBe('production');
  });

  test.each(['UserAssignedMSI', 'UserAssignedMsi', 'userassignedmsi'])('accepts a user-assigned managed identity (%s) without a password', (appType) => {
    const config = loadConfig({ ...BASE, MicrosoftAppId: APP_ID, MicrosoftAppType: appType, MicrosoftAppTenantId: TENANT_ID });
    expect(config.mode).toBe('production');
    expect(config.bot.appType).toBe('UserAssignedMSI');
    expect(config.bot.appPassword).toBeUndefined();
  });

  test('MSI without an app id still names MicrosoftAppId', () => {
    const problems = problemsOf({ ...BASE, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT_ID }).join('\n');
    expect(problems).toContain('MicrosoftAppId');
    expect(problems).not.toContain('MicrosoftAppPassword');
  });

  test('requires an https PUBLIC_BASE_URL', () => {
    const creds = { NODE_ENV: 'production', MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET };
    expect(problemsOf(creds).join('\n')).toContain('PUBLIC_BASE_URL');
    expect(problemsOf({ ...creds, PUBLIC_BASE_URL: 'http://advisor.contoso.com' }).join('\n')).toMatch(/PUBLIC_BASE_URL.*https/);
  });

  test('on App Service the public URL defaults to https://WEBSITE_HOSTNAME', () => {
    const config = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: TENANT_ID, WEBSITE_HOSTNAME: 'advisor.azurewebsites.net' });
    expect(config.publicBaseUrl).toBe('https://advisor.azurewebsites.net');
  });
});

describe('describeConfig', () => {
  test('replaces every secret with whether it is set', () => {
    const blob = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: TENANT_ID, STORAGE: 'blob', BLOB_CONNECTION_STRING: BLOB_SECRET });
    const cosmos = loadConfig({
      STORAGE: 'cosmos',
      COSMOS_ENDPOINT: 'https://acct.documents.azure.com/',
      COSMOS_KEY: COSMOS_SECRET,
      COSMOS_DATABASE: 'd',
      COSMOS_CONTAINER: 'c',
    });
    const text = JSON.stringify([describeConfig(blob), describeConfig(cosmos)]);
    for (const secret of [SECRET, 'VERYSECRETKEY', COSMOS_SECRET]) expect(text).not.toContain(secret);
    expect(describeConfig(blob)).toMatchObject({ mode: 'connected', bot: { appId: APP_ID, credential: 'password' }, storage: { kind: 'blob', connectionStringSet: true } });
    expect(describeConfig(loadConfig({})).bot).toMatchObject({ appId: null, credential: 'none' });
  });
});

describe('committed env files', () => {
  /** Minimal KEY=value reader (quotes stripped), enough for the committed files, which hold no secrets. */
  function readEnvFile(name: string): Record<string, string> {
    const env: Record<string, string> = {};
    for (const line of readFileSync(path.join(__dirname, '..', 'env', name), 'utf8').split('\n')) {
      const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
      if (match?.[1] !== undefined) env[match[1]] = (match[2] ?? '').trim().replace(/^"(.*)"$/, '$1');
    }
    return env;
  }

  test.each(['.env.local', '.env.playground'])('%s is a valid local-mode configuration on port 3978', (name) => {
    const config = loadConfig(readEnvFile(name));
    expect(config.mode).toBe('local');
    expect(config.port).toBe(3978);
    expect(config.storage.kind).toBe('memory');
  });
});

describe('local mode cannot be reached by accident (issue 13, item 5)', () => {
  test.each(['Production', 'PRODUCTION', ' production '])('NODE_ENV=%j is production: no credentials → refused', (nodeEnv) => {
    const problems = problemsOf({ NODE_ENV: nodeEnv, PUBLIC_BASE_URL: 'https://advisor.contoso.com' }).join('\n');
    expect(problems).toContain('MicrosoftAppId');
  });

  test.each([
    ['App Service', { WEBSITE_HOSTNAME: 'advisor.azurewebsites.net' }],
    ['Container Apps', { CONTAINER_APP_NAME: 'advisor' }],
    ['Kubernetes', { KUBERNETES_SERVICE_HOST: '10.0.0.1' }],
    ['Kubernetes with NODE_ENV=development', { KUBERNETES_SERVICE_HOST: '10.0.0.1', NODE_ENV: 'development' }],
  ])('%s without credentials is refused, naming the variable that gave the platform away', (_name, env) => {
    const problems = problemsOf({ PUBLIC_BASE_URL: 'https://advisor.contoso.com', ...env }).join('\n');
    expect(problems).toMatch(new RegExp(Object.keys(env)[0] ?? 'x'));
    expect(problems).toContain('MicrosoftAppId');
  });

  test('local mode listens on loopback only; a deployment listens everywhere', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: TENANT_ID }).host).toBeUndefined();
  });

  test.each([['STORAGE', 'BLOB', 'blob'], ['LOG_LEVEL', 'WARN', 'warn']])('%s=%s is read case-insensitively', (name, value, expected) => {
    const env = { [name]: value, BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true' };
    const config = loadConfig(env);
    expect(name === 'STORAGE' ? config.storage.kind : config.logLevel).toBe(expected);
  });
});

describe('bot identity: single-tenant by default (issue 13, item 13)', () => {
  test('an app id with a password and no type is single-tenant and needs its tenant', () => {
    expect(problemsOf({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET }).join('\n')).toMatch(/SingleTenant.*MicrosoftAppTenantId/);
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: TENANT_ID }).bot).toMatchObject({ appType: 'SingleTenant', tenantId: TENANT_ID });
  });

  test('an existing multi-tenant registration keeps working when it says so', () => {
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppType: 'multitenant' }).bot.appType).toBe('MultiTenant');
  });

  test('a user-assigned managed identity needs no password and refuses one', () => {
    const msi = { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT_ID };
    expect(describeConfig(loadConfig(msi)).bot).toMatchObject({ appType: 'UserAssignedMSI', credential: 'managed-identity' });
    expect(problemsOf({ ...msi, MicrosoftAppPassword: SECRET }).join('\n')).toContain('must not be set');
  });
});

describe('administrators are scoped to a tenant (issue 13, item 11)', () => {
  const OBJECT = '12345678-1234-4234-8234-123456789abc';
  test('tenantId:objectId entries are kept as pairs', () => {
    expect(loadConfig({ ADMIN_AAD_OBJECT_IDS: `${TENANT_ID.toUpperCase()}:${OBJECT}` }).adminAadObjectIds).toEqual([`${TENANT_ID}:${OBJECT}`]);
  });

  test('a plain id in a single-tenant bot is scoped to the bot’s tenant', () => {
    const config = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: TENANT_ID, ADMIN_AAD_OBJECT_IDS: OBJECT });
    expect(config.adminAadObjectIds).toEqual([`${TENANT_ID}:${OBJECT}`]);
  });

  test('a plain id in a multi-tenant bot is refused: it would rule every tenant', () => {
    const problems = problemsOf({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: SECRET, MicrosoftAppType: 'MultiTenant', ADMIN_AAD_OBJECT_IDS: OBJECT }).join('\n');
    expect(problems).toMatch(/tenantId:objectId/);
  });
});

describe('configuration errors name the problem without secrets (issue 13, item 14)', () => {
  test.each([
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'https://admin:Hunter2-Secret@advisor.contoso.com' }],
    ['COSMOS_ENDPOINT', { STORAGE: 'cosmos', COSMOS_ENDPOINT: 'http://admin:Hunter2-Secret@acct.documents.azure.com', COSMOS_KEY: 'k', COSMOS_DATABASE: 'd', COSMOS_CONTAINER: 'c' }],
    ['COSMOS_ENDPOINT (https)', { STORAGE: 'cosmos', COSMOS_ENDPOINT: 'https://admin:Hunter2-Secret@acct.documents.azure.com', COSMOS_KEY: 'k', COSMOS_DATABASE: 'd', COSMOS_CONTAINER: 'c' }],
  ])('%s with a user name and password is refused and the password is not repeated', (name, env) => {
    const problems = problemsOf(env).join('\n');
    expect(problems).toContain(name.split(' ')[0] ?? name);
    expect(problems).not.toContain('Hunter2-Secret');
  });
});
