import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { isLang, langFromLocale } from '../content/lang';
import type { Lang } from '../content/types';
import type { Logger } from '../logger';
import { REPO_ROOT } from '../paths';
import { queryLang } from './request-lang';
import { TAB_CSP, TAB_PATH, tabMessageHtml, tabPageHtml } from './tab-page';

/** Where scripts/build-tab.js writes the bundle (git-ignored). */
export const DEFAULT_TAB_DIR = path.join(REPO_ROOT, 'public', 'tab');

/** The only files served under /tab/; anything else is a 404, so no path ever reaches the file system unchecked. */
export const TAB_ASSETS = {
  'tab.js': 'text/javascript; charset=utf-8',
  'tab.css': 'text/css; charset=utf-8',
} as const satisfies Record<string, string>;
type AssetName = keyof typeof TAB_ASSETS;

/** The tab's routes, for the 404 message. */
export const TAB_ENDPOINTS = [`GET ${TAB_PATH}/`] as const;

interface Asset {
  readonly mtimeMs: number;
  readonly body: Buffer;
  readonly gzip: Buffer;
  readonly brotli: Buffer;
  /** Content hash: the ETag, and the `?v=` that makes a cached copy safe to keep for a year. */
  readonly version: string;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

function isAssetName(name: string): name is AssetName {
  return Object.prototype.hasOwnProperty.call(TAB_ASSETS, name);
}

/** The shell's language: a valid ?lang=, else the browser's first Accept-Language (nl-* gives Dutch), else English. */
export function pageLang(req: Request): Lang {
  const q = queryLang(req);
  if (isLang(q)) return q;
  const accept = req.headers['accept-language'];
  return langFromLocale(typeof accept === 'string' ? accept.split(',')[0] : undefined);
}

/** Headers of the tab's HTML responses: the CSP (framed only by Microsoft 365 hosts) and a referrer policy. */
function setPageHeaders(res: Response): void {
  res.setHeader('content-security-policy', TAB_CSP);
  res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
}

function sendHtml(res: Response, status: number, html: string): void {
  setPageHeaders(res);
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-cache');
  res.sendRaw(status, html);
}

/** Picks the best encoding the client accepts among the ones prepared. */
function chooseEncoding(req: Request): 'br' | 'gzip' | undefined {
  const accept = req.headers['accept-encoding'];
  const value = typeof accept === 'string' ? accept.toLowerCase() : '';
  if (/\bbr\b/.test(value)) return 'br';
  if (/\bgzip\b/.test(value)) return 'gzip';
  return undefined;
}

/**
 * Serves the personal tab: GET /tab/ (the HTML shell, in the browser's language) and GET /tab/tab.js|tab.css from
 * `dir` (esbuild output), compressed when the client accepts it and cached by content hash. When the bundle has not
 * been built the shell answers 503 with a readable page instead of a broken tab.
 */
export function registerTabRoutes(server: Server, options: { readonly dir: string; readonly logger: Logger }): void {
  const { dir, logger } = options;
  // Per-app cache of the bundle, refreshed when a file on disk changes (e.g. a rebuild while the server runs).
  const cache = new Map<AssetName, Asset>();

  async function load(name: AssetName): Promise<Asset | undefined> {
    const file = path.join(dir, name);
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(file)).mtimeMs;
    } catch {
      return undefined;
    }
    const cached = cache.get(name);
    if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached;
    const body = await readFile(file);
    const [gz, br] = await Promise.all([
      gzipAsync(body, { level: 9 }),
      brotliAsync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    ]);
    const asset: Asset = { mtimeMs, body, gzip: gz, brotli: br, version: createHash('sha256').update(body).digest('hex').slice(0, 16) };
    cache.set(name, asset);
    return asset;
  }

  async function shell(req: Request, res: Response): Promise<void> {
    const lang = pageLang(req);
    const [script, style] = await Promise.all([load('tab.js'), load('tab.css')]);
    if (script === undefined || style === undefined) {
      logger.error({ dir }, 'the tab bundle is missing; run node scripts/build-tab.js (npm start and npm run build do)');
      sendHtml(res, 503, tabMessageHtml(lang, 'unavailable'));
      return;
    }
    sendHtml(res, 200, tabPageHtml(lang, { script: script.version, style: style.version }));
  }

  async function asset(req: Request, res: Response): Promise<void> {
    const name = String((req.params as Record<string, unknown>).file ?? '');
    const found = isAssetName(name) ? await load(name) : undefined;
    if (!isAssetName(name) || found === undefined) {
      sendHtml(res, 404, tabMessageHtml(pageLang(req), 'notFound'));
      return;
    }
    const etag = `"${found.version}"`;
    res.setHeader('content-type', TAB_ASSETS[name]);
    res.setHeader('etag', etag);
    res.setHeader('vary', 'accept-encoding');
    // The shell links assets with ?v=<hash>; only the link naming this exact content may be cached for good.
    const versioned = new URL(req.url ?? '/', 'http://localhost').searchParams.get('v') === found.version;
    res.setHeader('cache-control', versioned ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.sendRaw(304, '');
      return;
    }
    const encoding = chooseEncoding(req);
    if (encoding !== undefined) res.setHeader('content-encoding', encoding);
    res.sendRaw(200, encoding === 'br' ? found.brotli : encoding === 'gzip' ? found.gzip : found.body);
  }

  server.get(TAB_PATH, shell);
  server.get(`${TAB_PATH}/:file`, asset);
  // Uptime probes and link checkers ask with HEAD; Node drops the body and keeps the headers.
  server.head(TAB_PATH, shell);
  server.head(`${TAB_PATH}/:file`, asset);
}
