import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type CloudAdapter,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type ClaimsIdentity, type ServiceClientCredentials } from 'botframework-connector';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { connectorRetryPolicy, installConnectorRetryPolicy, type RetryPolicyLike } from '../connector/retry-connector';
import { DEFAULT_RETRY_OPTIONS, type RetryOptions } from '../connector/retry-decision';

/** How CloudAdapter authenticates requests (botframework-connector's type, reached through botbuilder). */
export type BotFrameworkAuthentication = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;
type ConnectorFactory = ReturnType<BotFrameworkAuthentication['createConnectorFactory']>;
type AuthenticateRequestResult = Awaited<ReturnType<BotFrameworkAuthentication['authenticateRequest']>>;

/**
 * Where tokens are checked and fetched. Unset fields use the Azure public cloud. Code-only on purpose (no environment
 * variable): pointing validation at other keys must never be one setting away in production; tests use a local
 * OpenID/JWKS server.
 */
export interface AuthEndpoints {
  /** OpenID metadata of the channel's token signer (Bot Connector). */
  readonly openIdMetadataUrl?: string;
  /** The `iss` the channel's tokens must carry. */
  readonly tokenIssuer?: string;
  /** Login URL for the bot's own outbound token (client credentials), e.g. https://login.microsoftonline.com/botframework.com. */
  readonly loginUrl?: string;
  /** Scope of the outbound token, e.g. https://api.botframework.com. */
  readonly oAuthScope?: string;
}

export interface AuthenticationOptions {
  readonly logger: Logger;
  readonly endpoints?: AuthEndpoints;
  /** Connector retry settings (tests shorten the delays). */
  readonly retry?: Partial<RetryOptions>;
  /** A request whose token cannot be checked within this time is refused (401) instead of hanging. */
  readonly authTimeoutMs?: number;
  /** For tests: the retry policy's random source and sleep. */
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Token checks (OpenID metadata fetch included) that take longer than this are refused. */
export const AUTH_TIMEOUT_MS = 5000;

/** Login URL prefixes botbuilder hands to MSAL (public and US government clouds). */
const MSAL_LOGIN_PREFIXES = ['https://login.microsoftonline.com/', 'https://login.microsoftonline.us/'];

/**
 * The bot's outbound credentials for a login URL outside the Azure clouds: a plain OAuth2 client-credentials call to
 * `<loginUrl>/oauth2/v2.0/token`, cached until five minutes before expiry. MSAL (botbuilder's path for the Azure
 * clouds) accepts only https authorities and performs instance discovery against the internet, so it cannot talk to
 * a private or local token endpoint. The secret is sent only in the token request body; neither it nor the token is
 * ever logged or put in an error message.
 */
class ClientSecretCredentials implements ServiceClientCredentials {
  private cached: { readonly token: string; readonly expiresAt: number } | undefined;

  constructor(
    private readonly appId: string,
    private readonly secret: string,
    private readonly loginUrl: string,
    private readonly scope: string,
  ) {}

  // Protects against JSON.stringify (e.g. a logger serializing an error's cause) leaking the secret.
  toJSON(): Record<string, string> {
    return { name: 'ClientSecretCredentials', appId: this.appId };
  }

  async signRequest<T extends Parameters<ServiceClientCredentials['signRequest']>[0]>(webResource: T): Promise<T> {
    webResource.headers.set('authorization', `Bearer ${await this.token()}`);
    return webResource;
  }

  private async token(): Promise<string> {
    if (this.cached !== undefined && this.cached.expiresAt > Date.now()) return this.cached.token;
    const scope = this.scope.endsWith('/.default') ? this.scope : `${this.scope}/.default`;
    const res = await fetch(`${this.loginUrl.replace(/\/+$/, '')}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.appId, client_secret: this.secret, scope }).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    const body: unknown = await res.json().catch(() => undefined);
    const token = typeof body === 'object' && body !== null && 'access_token' in body ? body.access_token : undefined;
    if (!res.ok || typeof token !== 'string') throw new Error(`Could not get a token for the Bot Connector (HTTP ${res.status}).`);
    const expiresIn = typeof body === 'object' && body !== null && 'expires_in' in body ? Number(body.expires_in) : 3600;
    this.cached = { token, expiresAt: Date.now() + Math.max(0, (Number.isFinite(expiresIn) ? expiresIn : 3600) - 300) * 1000 };
    return token;
  }
}

/** botbuilder's credential factory, except for login URLs outside the Azure clouds (see ClientSecretCredentials). */
class AdvisorCredentialFactory extends ConfigurationServiceClientCredentialFactory {
  private readonly credentials = new Map<string, ClientSecretCredentials>();

  constructor(private readonly bot: Config['bot']) {
    super({
      ...(bot.appId === undefined ? {} : { MicrosoftAppId: bot.appId }),
      ...(bot.appPassword === undefined ? {} : { MicrosoftAppPassword: bot.appPassword }),
      // botbuilder spells the managed-identity type UserAssignedMsi (compared case-insensitively). Without an app id
      // (local mode) no type is given: botbuilder then turns authentication off instead of demanding an app id.
      ...(bot.appId === undefined ? {} : { MicrosoftAppType: bot.appType }),
      ...(bot.tenantId === undefined ? {} : { MicrosoftAppTenantId: bot.tenantId }),
    });
  }

  override async createCredentials(appId: string, audience: string, loginEndpoint: string, validateAuthority: boolean): Promise<ServiceClientCredentials> {
    const { appPassword } = this.bot;
    const azure = MSAL_LOGIN_PREFIXES.some((p) => loginEndpoint.toLowerCase().startsWith(p));
    if (azure || appPassword === undefined || (await this.isAuthenticationDisabled())) {
      return super.createCredentials(appId, audience, loginEndpoint, validateAuthority);
    }
    if (!(await this.isValidAppId(appId))) throw new AuthenticationError('Invalid appId.', 401);
    const key = `${loginEndpoint}|${audience}`;
    let credentials = this.credentials.get(key);
    if (credentials === undefined) {
      credentials = new ClientSecretCredentials(appId, appPassword, loginEndpoint, audience);
      this.credentials.set(key, credentials);
    }
    return credentials;
  }
}

type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<BotFrameworkAuthentication['createUserTokenClient']>>;

/** How many clients are kept for reuse (one per bot app id, service URL and audience; Teams uses a handful). */
export const CONNECTOR_CLIENT_CACHE_SIZE = 64;

/**
 * Connector and user-token clients for reuse across turns. botbuilder builds two new clients (HTTP pipeline,
 * policies, serializer) for every turn, about a tenth of a turn's CPU; a client holds no per-turn state, only its
 * service URL and the credentials for its app id and audience, so one per (app id, service URL, audience) serves
 * every turn. Bounded: the service URL comes from the activity, so the least recently used client is dropped.
 */
class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  constructor(private readonly size = CONNECTOR_CLIENT_CACHE_SIZE) {}

  get(key: string, create: () => Promise<T>): Promise<T> {
    let client = this.clients.get(key);
    if (client !== undefined) this.clients.delete(key);
    else client = create();
    this.clients.set(key, client);
    // A failed creation (e.g. no token endpoint) is not kept: the next turn tries again.
    client.catch(() => this.clients.get(key) === client && this.clients.delete(key));
    for (const oldest of this.clients.keys()) {
      if (this.clients.size <= this.size) break;
      this.clients.delete(oldest);
    }
    return client;
  }
}

/** The app id botbuilder's connector factory gets its credentials for (audience claim, else appid claim; none in local mode). */
function factoryAppId(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** Wraps a connector factory so every ConnectorClient it creates uses our retry policy and is reused (see ConnectorClientCache). */
function retrying(factory: ConnectorFactory, policy: RetryPolicyLike, cache: ClientCache<ConnectorClient>, appId: string): ConnectorFactory {
  return {
    create: (serviceUrl: string, audience?: string) =>
      cache.get(JSON.stringify([appId, serviceUrl, audience ?? '']), async () => installConnectorRetryPolicy(await factory.create(serviceUrl, audience), policy)),
  };
}

function rejectAfter(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AuthenticationError('Unauthorized. The token could not be checked in time.', 401)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * botbuilder's configuration-based authentication with three production fixes: every token that fails validation is
 * a 401 (jsonwebtoken's own errors, e.g. a bad signature, would otherwise become a 500 carrying the error text); a
 * token check that hangs (OpenID metadata unreachable) is refused after a time limit; and every ConnectorClient gets
 * our retry policy instead of the SDK default.
 */
class AdvisorAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new ClientCache<ConnectorClient>();
  private readonly userTokenClients = new ClientCache<UserTokenClient>();

  constructor(
    options: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    credentials: AdvisorCredentialFactory,
    private readonly policy: RetryPolicyLike,
    private readonly logger: Logger,
    private readonly authTimeoutMs: number,
  ) {
    super(options, credentials);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const limit = rejectAfter(this.authTimeoutMs);
    try {
      const result = await Promise.race([super.authenticateRequest(activity, authHeader), limit.promise]);
      return result.connectorFactory === undefined ? result : { ...result, connectorFactory: retrying(result.connectorFactory, this.policy, this.clients, factoryAppId(result.claimsIdentity)) };
    } catch (err) {
      // Only the error's kind is logged: never the header, and jsonwebtoken messages carry no token.
      this.logger.warn({ reason: err instanceof Error ? err.message : 'unknown', channelId: activity.channelId }, 'request refused: authentication failed');
      if (err instanceof AuthenticationError) throw err;
      throw new AuthenticationError('Unauthorized. The token is not valid.', 401);
    } finally {
      limit.cancel();
    }
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(factoryAppId(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return retrying(super.createConnectorFactory(claimsIdentity), this.policy, this.clients, factoryAppId(claimsIdentity));
  }
}

/**
 * botbuilder's "parameterized" settings: once one is given it expects all of them (no defaults), so the Azure public
 * cloud's values fill the gaps. Empty when nothing is overridden, which selects botbuilder's built-in public cloud.
 */
function parameterizedEndpoints(endpoints: AuthEndpoints): Record<string, string> {
  if (Object.values(endpoints).every((v) => v === undefined)) return {};
  return {
    ToBotFromChannelOpenIdMetadataUrl: endpoints.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: endpoints.tokenIssuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: endpoints.loginUrl ?? AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: endpoints.oAuthScope ?? AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * The botbuilder authentication for `config`: with a MicrosoftAppId, tokens are validated for it (401 for any invalid
 * token, within authTimeoutMs); without one (local mode) botbuilder turns authentication off, which is how the
 * Agents Playground and tests talk to the bot. Connector calls are retried per retry-decision.ts either way.
 */
export function createAuthentication(config: Pick<Config, 'bot'>, options: AuthenticationOptions): BotFrameworkAuthentication {
  const { appId, appPassword, appType, tenantId } = config.bot;
  const endpoints = options.endpoints ?? {};
  const policy = connectorRetryPolicy({
    options: { ...DEFAULT_RETRY_OPTIONS, ...options.retry },
    logger: options.logger,
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
  });
  return new AdvisorAuthentication(
    {
      ...(appId === undefined ? {} : { MicrosoftAppId: appId }),
      ...(appPassword === undefined ? {} : { MicrosoftAppPassword: appPassword }),
      ...(appId === undefined ? {} : { MicrosoftAppType: appType }),
      ...(tenantId === undefined ? {} : { MicrosoftAppTenantId: tenantId }),
      ...parameterizedEndpoints(endpoints),
    },
    new AdvisorCredentialFactory(config.bot),
    policy,
    options.logger,
    options.authTimeoutMs ?? AUTH_TIMEOUT_MS,
  );
}
