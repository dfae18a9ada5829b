/**
 * The only reader of the environment: turns variables into a validated, typed Config at start-up and names
 * every missing or malformed variable at once. Secret values never appear in problems or descriptions.
 */
import { ephemeralPageTokenKey, pageTokenKey } from './settings/page-token';

export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof APP_TYPES)[number];

export const STORAGE_KINDS = ['memory', 'blob', 'cosmos'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * local: no credentials, auth off, loopback only, refused on a hosting platform. connected: credentials, not
 * production. production: NODE_ENV=production (any case), or a hosting platform detected without NODE_ENV.
 */
export type Mode = 'local' | 'connected' | 'production';

/**
 * Variables that hosting platforms set in every app they run: seeing one means "deployed", where running without
 * authentication must be impossible. App Service, Azure Functions, Container Apps, Kubernetes, AWS, Cloud Run, Heroku,
 * Fly.io, Render, Railway.
 */
export const HOSTING_MARKERS = [
  'WEBSITE_HOSTNAME',
  'WEBSITE_SITE_NAME',
  'FUNCTIONS_WORKER_RUNTIME',
  'CONTAINER_APP_NAME',
  'KUBERNETES_SERVICE_HOST',
  'AWS_EXECUTION_ENV',
  'ECS_CONTAINER_METADATA_URI_V4',
  'K_SERVICE',
  'DYNO',
  'FLY_APP_NAME',
  'RENDER',
  'RAILWAY_ENVIRONMENT',
] as const;

/** Local mode answers only on this machine. */
export const LOOPBACK_HOST = '127.0.0.1';

export type StorageConfig =
  | { readonly kind: 'memory' }
  | { readonly kind: 'blob'; readonly connectionString: string; readonly container: string }
  | {
      readonly kind: 'cosmos';
      readonly endpoint: string;
      readonly key: string;
      readonly database: string;
      readonly container: string;
    };

export interface BotCredentials {
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType: AppType;
  readonly tenantId?: string;
}

export interface Config {
  readonly mode: Mode;
  readonly nodeEnv: string;
  readonly port: number;
  /** The address to listen on: loopback in local mode, every interface otherwise. */
  readonly host?: string;
  /** Without a trailing slash. */
  readonly publicBaseUrl: string;
  readonly bot: BotCredentials;
  readonly storage: StorageConfig;
  /**
   * Who may change organization settings: `tenantId:objectId` entries (lower case), or a plain object id, which a
   * single-tenant deployment scopes to its own tenant (admin-list.ts).
   */
  readonly adminAadObjectIds: readonly string[];
  readonly logLevel: LogLevel;
  /**
   * Seals organization values into printable-page links: from INSTRUCTIONS_LINK_KEY, else derived from
   * MicrosoftAppPassword, else random for this process (links then work only until it restarts).
   */
  readonly instructionsLinkKey?: Buffer;
}

export type Env = NodeJS.ProcessEnv | Readonly<Record<string, string | undefined>>;

export const DEFAULT_PORT = 3978;
export const DEFAULT_BLOB_CONTAINER = 'enrollment-advisor';

/** Thrown by loadConfig with every problem found, so one start-up attempt shows them all. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Azure Blob connection strings name an account or point at the emulator (Azurite). */
const BLOB_CONNECTION_MARKERS = /(^|;)\s*(AccountName=|UseDevelopmentStorage=true|BlobEndpoint=)/i;

/** Reads one variable; blank values count as unset because env files often carry `KEY=`. */
function read(env: Env, name: string): string | undefined {
  const value = env[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Matches `value` case-insensitively against a closed list and returns the canonical spelling. */
function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  const lower = value.toLowerCase();
  return allowed.find((a) => a.toLowerCase() === lower);
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * Validates the environment and returns a Config, or throws a ConfigError listing every missing or malformed
 * variable. Pure: reads only `env`, so tests pass plain objects and index.ts passes process.env.
 */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];

  const hosting = HOSTING_MARKERS.find((name) => read(env, name) !== undefined);
  const rawNodeEnv = read(env, 'NODE_ENV');
  // Case-insensitive: NODE_ENV=Production must never fall back to development with authentication off.
  const nodeEnv = rawNodeEnv?.toLowerCase() ?? (hosting === undefined ? 'development' : 'production');
  const production = nodeEnv === 'production';

  let port = DEFAULT_PORT;
  const rawPort = read(env, 'PORT');
  if (rawPort !== undefined) {
    const n = /^\d+$/.test(rawPort) ? Number(rawPort) : NaN;
    if (Number.isInteger(n) && n >= 0 && n <= 65535) port = n;
    else problems.push(`PORT must be a whole number from 0 to 65535 (got "${rawPort}").`);
  }

  const bot = readBotCredentials(env, production, problems);
  const storage = readStorage(env, problems);

  let publicBaseUrl = `http://localhost:${port}`;
  const rawBase = read(env, 'PUBLIC_BASE_URL');
  const appServiceHost = read(env, 'WEBSITE_HOSTNAME');
  if (rawBase !== undefined) {
    const url = parseUrl(rawBase);
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      problems.push(`PUBLIC_BASE_URL must be an http(s) URL such as https://advisor.contoso.com (got "${redactUrl(rawBase)}").`);
    } else if (url.username !== '' || url.password !== '') {
      // It ends up in card links and logs: a user name or password in it would be shown to every user.
      problems.push(`PUBLIC_BASE_URL must not contain a user name or password (got "${redactUrl(rawBase)}").`);
    } else if (url.search !== '' || url.hash !== '') {
      problems.push(`PUBLIC_BASE_URL must be a plain address without ?query or #fragment (got "${redactUrl(rawBase)}").`);
    } else if (production && url.protocol !== 'https:') {
      problems.push('PUBLIC_BASE_URL must use https in production (Teams loads the tab and cards only over https).');
    } else {
      publicBaseUrl = rawBase.replace(/\/+$/, '');
    }
  } else if (production) {
    // Azure App Service sets WEBSITE_HOSTNAME; elsewhere production must say where it is reachable.
    if (appServiceHost !== undefined) publicBaseUrl = `https://${appServiceHost}`;
    else problems.push('PUBLIC_BASE_URL is required in production (the https address Teams uses to reach this app).');
  }

  const adminAadObjectIds = readAdmins(env, bot, problems);

  let logLevel: LogLevel = 'info';
  const rawLevel = read(env, 'LOG_LEVEL');
  if (rawLevel !== undefined) {
    const level = oneOf(rawLevel, LOG_LEVELS);
    if (level === undefined) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${rawLevel}").`);
    else logLevel = level;
  }

  if (hosting !== undefined && bot.appId === undefined) {
    problems.push(
      `${hosting} is set, so this runs on a hosting platform, where local mode (no MicrosoftAppId, authentication off) is refused. ` +
        'Set MicrosoftAppId and its credential (see README, "Deploy to Azure").',
    );
  }
  const linkSecret = read(env, 'INSTRUCTIONS_LINK_KEY');
  if (linkSecret !== undefined && linkSecret.length < 32) problems.push('INSTRUCTIONS_LINK_KEY must be at least 32 characters (a random secret).');

  if (problems.length > 0) throw new ConfigError(problems);

  const mode: Mode = production ? 'production' : bot.appId === undefined ? 'local' : 'connected';
  const secret = linkSecret ?? bot.appPassword;
  const instructionsLinkKey = secret === undefined ? ephemeralPageTokenKey() : pageTokenKey(secret);
  return { mode, nodeEnv, port, ...(mode === 'local' ? { host: LOOPBACK_HOST } : {}), publicBaseUrl, bot, storage, adminAadObjectIds, logLevel, instructionsLinkKey };
}

/** A URL for an error message, with any user name, password, query and fragment replaced. */
function redactUrl(raw: string): string {
  const url = parseUrl(raw);
  if (url === undefined) return raw.replace(/\/\/[^@/]*@/, '//***@').replace(/[?#].*$/, '');
  if (url.username !== '' || url.password !== '') {
    url.username = '***';
    url.password = '';
  }
  return `${url.protocol}//${url.username === '' ? '' : '***@'}${url.host}${url.pathname}`;
}

/**
 * ADMIN_AAD_OBJECT_IDS: `tenantId:objectId` entries scope an administrator to one tenant. A plain object id is
 * accepted only where one tenant is served: a single-tenant or managed-identity bot (scoped to MicrosoftAppTenantId)
 * or local mode (the Playground's one tenant). A multi-tenant bot would otherwise let it change any tenant's settings.
 */
function readAdmins(env: Env, bot: BotCredentials, problems: string[]): string[] {
  const admins: string[] = [];
  const raw = read(env, 'ADMIN_AAD_OBJECT_IDS');
  if (raw === undefined) return admins;
  const multiTenant = bot.appId !== undefined && bot.appType === 'MultiTenant';
  for (const part of raw.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '')) {
    const [first, second, ...rest] = part.split(':');
    if (second === undefined && first !== undefined && GUID.test(first)) {
      if (multiTenant) {
        problems.push(`ADMIN_AAD_OBJECT_IDS: "${part}" has no tenant; a multi-tenant bot needs tenantId:objectId entries so an administrator can change only their own tenant's settings.`);
      } else {
        admins.push(bot.tenantId === undefined ? first : `${bot.tenantId.toLowerCase()}:${first}`);
      }
    } else if (rest.length === 0 && first !== undefined && second !== undefined && GUID.test(first) && GUID.test(second)) {
      admins.push(`${first}:${second}`);
    } else {
      problems.push(`ADMIN_AAD_OBJECT_IDS must be a comma-separated list of tenantId:objectId pairs (GUIDs) or, in a single-tenant deployment, object ids; "${part}" is neither.`);
    }
  }
  return admins;
}

/** Bot credentials: production needs an app id and its credential; any app id needs what its app type needs. */
function readBotCredentials(env: Env, production: boolean, problems: string[]): BotCredentials {
  const appId = read(env, 'MicrosoftAppId');
  const appPassword = read(env, 'MicrosoftAppPassword');
  const tenantId = read(env, 'MicrosoftAppTenantId');
  const rawType = read(env, 'MicrosoftAppType');

  // Azure Bot Service creates no new multi-tenant bots after 31 July 2025; existing ones keep working (Microsoft Learn,
  // "Register a bot with Azure" / "Create an Azure Bot resource", Important note). So single-tenant is the default.
  let appType: AppType = 'SingleTenant';
  if (rawType !== undefined) {
    // botbuilder spells it UserAssignedMsi and compares case-insensitively; accept either.
    const t = oneOf(rawType, APP_TYPES);
    if (t === undefined) problems.push(`MicrosoftAppType must be one of ${APP_TYPES.join(', ')} (got "${rawType}").`);
    else appType = t;
  }
  const explicitType = rawType !== undefined && oneOf(rawType, APP_TYPES) !== undefined;
  const msi = appType === 'UserAssignedMSI';

  if (appId !== undefined && !GUID.test(appId)) {
    problems.push('MicrosoftAppId must be the bot\'s application (client) id, a GUID.');
  }
  if (tenantId !== undefined && !GUID.test(tenantId)) {
    problems.push('MicrosoftAppTenantId must be the directory (tenant) id, a GUID.');
  }

  if (appId === undefined) {
    if (production) {
      const credential = msi ? '' : ' and MicrosoftAppPassword (or MicrosoftAppType=UserAssignedMSI)';
      problems.push(`Production (NODE_ENV=production) requires MicrosoftAppId${credential}; the bot refuses to run without authentication.`);
    } else if (appPassword !== undefined) {
      problems.push('MicrosoftAppPassword is set but MicrosoftAppId is not; set both, or neither for local mode.');
    } else if (explicitType && (msi || appType === 'SingleTenant')) {
      problems.push(`MicrosoftAppType=${appType} requires MicrosoftAppId.`);
    }
  } else if (msi) {
    if (appPassword !== undefined) problems.push('MicrosoftAppPassword must not be set when MicrosoftAppType=UserAssignedMSI.');
  } else if (appPassword === undefined) {
    const where = production ? 'Production (NODE_ENV=production) requires' : 'MicrosoftAppId is set, so the bot requires';
    problems.push(`${where} MicrosoftAppPassword (or MicrosoftAppType=UserAssignedMSI).`);
  }
  if (appId !== undefined && (msi || appType === 'SingleTenant') && tenantId === undefined) {
    const why = !explicitType ? ' (the default; set MicrosoftAppType=MultiTenant only for a bot registered as multi-tenant before August 2025)' : '';
    problems.push(`MicrosoftAppType=${appType}${why} requires MicrosoftAppTenantId, the directory (tenant) id the bot is registered in.`);
  }

  return {
    appType,
    ...(appId === undefined ? {} : { appId }),
    ...(appPassword === undefined ? {} : { appPassword }),
    ...(tenantId === undefined ? {} : { tenantId }),
  };
}

/** Conversation storage: memory by default; blob and cosmos need their connection settings. */
function readStorage(env: Env, problems: string[]): StorageConfig {
  const rawKind = read(env, 'STORAGE');
  let kind: StorageKind = 'memory';
  if (rawKind !== undefined) {
    const k = oneOf(rawKind, STORAGE_KINDS);
    if (k === undefined) {
      problems.push(`STORAGE must be one of ${STORAGE_KINDS.join(', ')} (got "${rawKind}").`);
      return { kind: 'memory' };
    }
    kind = k;
  }

  if (kind === 'blob') {
    const connectionString = read(env, 'BLOB_CONNECTION_STRING');
    const container = read(env, 'BLOB_CONTAINER') ?? DEFAULT_BLOB_CONTAINER;
    if (connectionString === undefined) {
      problems.push('STORAGE=blob requires BLOB_CONNECTION_STRING.');
    } else if (!BLOB_CONNECTION_MARKERS.test(connectionString)) {
      // Never echo the value: connection strings carry the account key.
      problems.push('BLOB_CONNECTION_STRING does not look like an Azure Storage connection string (no AccountName=, BlobEndpoint= or UseDevelopmentStorage=true).');
    }
    // Azure container names: 3-63 lowercase letters, digits and single hyphens.
    if (!/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(container)) {
      problems.push(`BLOB_CONTAINER must be 3-63 lowercase letters, digits and single hyphens (got "${container}").`);
    }
    return { kind, connectionString: connectionString ?? '', container };
  }

  if (kind === 'cosmos') {
    const endpoint = read(env, 'COSMOS_ENDPOINT');
    const key = read(env, 'COSMOS_KEY');
    const database = read(env, 'COSMOS_DATABASE');
    const container = read(env, 'COSMOS_CONTAINER');
    const missing = (
      [
        ['COSMOS_ENDPOINT', endpoint],
        ['COSMOS_KEY', key],
        ['COSMOS_DATABASE', database],
        ['COSMOS_CONTAINER', container],
      ] as const
    )
      .filter(([, v]) => v === undefined)
      .map(([name]) => name);
    if (missing.length > 0) problems.push(`STORAGE=cosmos requires ${missing.join(', ')}.`);
    const endpointUrl = endpoint === undefined ? undefined : parseUrl(endpoint);
    if (endpoint !== undefined && endpointUrl?.protocol !== 'https:') {
      problems.push(`COSMOS_ENDPOINT must be an https URL such as https://<account>.documents.azure.com:443/ (got "${redactUrl(endpoint)}").`);
    }
    else if (endpointUrl !== undefined && (endpointUrl.username !== '' || endpointUrl.password !== '')) {
      problems.push(`COSMOS_ENDPOINT must not contain a user name or password; the key goes in COSMOS_KEY (got "${redactUrl(endpoint ?? '')}").`);
    }
    return { kind, endpoint: endpoint ?? '', key: key ?? '', database: database ?? '', container: container ?? '' };
  }

  return { kind: 'memory' };
}

/** A log-safe summary of the configuration: every secret replaced by whether it is set. */
export function describeConfig(config: Config): Record<string, unknown> {
  const storage: Record<string, unknown> = { kind: config.storage.kind };
  if (config.storage.kind === 'blob') {
    storage.container = config.storage.container;
    storage.connectionStringSet = true;
  } else if (config.storage.kind === 'cosmos') {
    storage.endpoint = config.storage.endpoint;
    storage.database = config.storage.database;
    storage.container = config.storage.container;
    storage.keySet = true;
  }
  return {
    mode: config.mode,
    nodeEnv: config.nodeEnv,
    port: config.port,
    host: config.host ?? 'all interfaces',
    publicBaseUrl: config.publicBaseUrl,
    bot: {
      appId: config.bot.appId ?? null,
      appType: config.bot.appType,
      tenantId: config.bot.tenantId ?? null,
      // Named so that no log redaction path hides it: which credential is configured, never its value.
      credential: config.bot.appType === 'UserAssignedMSI' ? 'managed-identity' : config.bot.appPassword === undefined ? 'none' : 'password',
    },
    storage,
    adminCount: config.adminAadObjectIds.length,
    logLevel: config.logLevel,
  };
}
