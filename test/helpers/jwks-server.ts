import { generateKeyPairSync, randomBytes, sign as rsaSign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The channel ids the published signing key is endorsed for (botbuilder checks the activity's channelId). */
export const ENDORSED_CHANNELS = ['msteams', 'webchat'] as const;

/** Which key signs a test token, and which key id its header names. */
export type SigningKey =
  /** The published key under its published id: a valid signature. */
  | 'trusted'
  /** Another private key under the published id: the signature does not verify. */
  | 'forged'
  /** A key id the metadata does not list. */
  | 'unknown';

export interface JwksServer {
  readonly url: string;
  /** For ToBotFromChannelOpenIdMetadataUrl. */
  readonly metadataUrl: string;
  /** For ToBotFromChannelTokenIssuer: the `iss` of valid tokens. */
  readonly issuer: string;
  /** For ToChannelFromBotLoginUrl: the bot's client-credentials token endpoint is `${loginUrl}/oauth2/v2.0/token`. */
  readonly loginUrl: string;
  /** A compact RS256 JWT with `claims`, signed as `key` says. */
  readonly sign: (claims: Record<string, unknown>, key?: SigningKey) => string;
  /** The outbound tokens handed to the bot, in order. */
  readonly issuedTokens: string[];
  /** The client ids that asked for a token (the secret is checked, never stored). */
  readonly tokenClients: string[];
  readonly close: () => Promise<void>;
}

const KEY_ID = 'test-signing-key';

function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

function jwt(claims: Record<string, unknown>, privateKey: KeyObject, kid: string): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = base64url(JSON.stringify(claims));
  const signature = rsaSign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => resolve(raw));
  });
}

/**
 * A loopback OpenID provider standing in for the Bot Framework's: OpenID metadata and a JWKS with one endorsed RSA
 * key (keys made with node:crypto at start), a signer for test tokens, and a client-credentials token endpoint for
 * the bot's outbound calls that accepts only `appId` + `appSecret`.
 */
export async function startJwksServer(options: { readonly appId: string; readonly appSecret: string }): Promise<JwksServer> {
  const trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forged = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = trusted.publicKey.export({ format: 'jwk' });
  const issuedTokens: string[] = [];
  const tokenClients: string[] = [];
  let base = '';

  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
        return json(res, 200, {
          issuer: `${base}/issuer`,
          authorization_endpoint: `${base}/authorize`,
          jwks_uri: `${base}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        });
      }
      if (req.method === 'GET' && path === '/v1/.well-known/keys') {
        return json(res, 200, { keys: [{ kty: 'RSA', use: 'sig', kid: KEY_ID, n: jwk.n, e: jwk.e, endorsements: [...ENDORSED_CHANNELS] }] });
      }
      if (req.method === 'POST' && path === '/botframework.com/oauth2/v2.0/token') {
        const form = new URLSearchParams(await readBody(req));
        const clientId = form.get('client_id') ?? '';
        tokenClients.push(clientId);
        if (form.get('grant_type') !== 'client_credentials' || clientId !== options.appId || form.get('client_secret') !== options.appSecret) {
          return json(res, 401, { error: 'invalid_client' });
        }
        const token = `outbound-${randomBytes(16).toString('hex')}`;
        issuedTokens.push(token);
        return json(res, 200, { token_type: 'Bearer', expires_in: 3600, access_token: token });
      }
      json(res, 404, { error: 'not_found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    issuer: `${base}/issuer`,
    loginUrl: `${base}/botframework.com`,
    sign: (claims, key = 'trusted') =>
      key === 'trusted' ? jwt(claims, trusted.privateKey, KEY_ID) : key === 'forged' ? jwt(claims, forged.privateKey, KEY_ID) : jwt(claims, forged.privateKey, 'unknown-key'),
    issuedTokens,
    tokenClients,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
