import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { OrgValues } from '../content/types';

const VERSION = 'v1';
const AAD = Buffer.from('enrollment-advisor/instructions-page/org-values/v1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Longer tokens are refused before any decryption (the org values are capped far below this). */
export const MAX_PAGE_TOKEN_LENGTH = 2000;

const TEXT_KEYS = ['organizationName', 'enrollmentServer', 'supportText', 'supportUrl'] as const;

/**
 * The 32-byte key for printable-page links, derived (HKDF-SHA256) from a server secret so every instance of the bot
 * derives the same key and a page link keeps working on any of them.
 */
export function pageTokenKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), Buffer.from('instructions-page-link'), 32));
}

/** A key for one process only (local mode without secrets): its links stop working when the process restarts. */
export function ephemeralPageTokenKey(): Buffer {
  return randomBytes(32);
}

/**
 * The organization's values sealed with AES-256-GCM into a URL-safe token: opaque (the values and the tenant are
 * not readable from the link) and tamper-proof (any change fails authentication).
 */
export function sealOrgValues(org: OrgValues, key: Buffer): string {
  const values: Record<string, string> = {};
  for (const k of TEXT_KEYS) {
    const v = org[k];
    if (typeof v === 'string' && v !== '') values[k] = v;
  }
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The values sealed in `token`, or undefined for anything not sealed with `key` (forged, altered, truncated, old). */
export function openOrgValues(token: unknown, key: Buffer): OrgValues | undefined {
  if (typeof token !== 'string' || token.length > MAX_PAGE_TOKEN_LENGTH || !token.startsWith(`${VERSION}.`)) return undefined;
  const raw = Buffer.from(token.slice(VERSION.length + 1), 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(AAD);
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const json = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const record = parsed as Readonly<Record<string, unknown>>;
    const org: { -readonly [K in (typeof TEXT_KEYS)[number]]?: string } = {};
    for (const k of TEXT_KEYS) {
      const v = record[k];
      if (typeof v === 'string') org[k] = v;
    }
    return org;
  } catch {
    // Authentication failed: the token was not made with this key, or was changed.
    return undefined;
  }
}
