import { appendFileSync, readFileSync, utimesSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tabText } from '../../src/content/tab';
import { TAB_FRAME_ANCESTORS } from '../../src/server/tab-page';
import { startApp, type RunningApp } from '../server/http-harness';
import { buildTabBundle } from './support';

let bundle: { dir: string; remove: () => void };
let app: RunningApp;

beforeAll(async () => {
  bundle = await buildTabBundle();
  app = await startApp({ tabDir: bundle.dir });
});
afterAll(async () => {
  await app.close();
  bundle.remove();
});

/** The raw bytes of a response; node:http, because fetch would decompress them before the check. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** The ?v= links of the shell, by file. */
function assetLinks(html: string): { script: string; style: string } {
  const script = /src="(\/tab\/tab\.js\?v=[0-9a-f]+)"/.exec(html)?.[1];
  const style = /href="(\/tab\/tab\.css\?v=[0-9a-f]+)"/.exec(html)?.[1];
  if (script === undefined || style === undefined) throw new Error(`no asset links in ${html}`);
  return { script, style };
}

describe('GET /tab/ (the personal tab shell)', () => {
  test.each(['/tab/', '/tab'])('%s is an HTML page Teams may frame', async (route) => {
    const res = await fetch(`${app.base}${route}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    const ancestors = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('frame-ancestors'));
    for (const origin of ["'self'", 'https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.office.com', 'https://*.microsoft365.com', 'https://*.cloud.microsoft']) {
      expect(ancestors?.split(' ')).toContain(origin);
    }
    expect(ancestors?.split(' ').slice(1)).toEqual([...TAB_FRAME_ANCESTORS]);
    // X-Frame-Options cannot allow several origins; sending it would stop Teams from showing the tab.
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  test.each<{ name: string; headers: Record<string, string>; query: string; lang: 'en' | 'nl' }>([
    { name: 'a Dutch browser', headers: { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8' }, query: '', lang: 'nl' },
    { name: 'a Belgian browser', headers: { 'accept-language': 'nl-BE' }, query: '', lang: 'nl' },
    { name: 'an English browser', headers: { 'accept-language': 'en-GB,en;q=0.9' }, query: '', lang: 'en' },
    { name: 'no Accept-Language', headers: {}, query: '', lang: 'en' },
    { name: '?lang=nl over an English browser', headers: { 'accept-language': 'en-US' }, query: '?lang=nl', lang: 'nl' },
    { name: 'an unsupported ?lang= falls back to the browser', headers: { 'accept-language': 'nl' }, query: '?lang=fr', lang: 'nl' },
  ])('the shell speaks the language of $name', async ({ headers, query, lang }) => {
    const html = await (await fetch(`${app.base}/tab/${query}`, { headers })).text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(`<title>${tabText(lang).appName}</title>`);
    // Without JavaScript the page still says what to do, in both languages.
    expect(html).toContain(tabText('en').noScript);
    expect(html).toContain(tabText('nl').noScript);
  });

  test('HEAD answers like GET without a body', async () => {
    const res = await fetch(`${app.base}/tab/`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect(await res.text()).toBe('');
  });
});

describe('the tab bundle', () => {
  test.each([
    { name: 'brotli', encoding: 'br', decode: (b: Buffer) => brotliDecompressSync(b) },
    { name: 'gzip', encoding: 'gzip', decode: (b: Buffer) => gunzipSync(b) },
    { name: 'no compression', encoding: 'identity', decode: (b: Buffer) => b },
  ])('tab.js is served with $name and arrives intact', async ({ encoding, decode }) => {
    const html = await (await fetch(`${app.base}/tab/`)).text();
    const res = await rawGet(`${app.base}${assetLinks(html).script}`, { 'accept-encoding': encoding });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
    expect(decode(res.body).equals(readFileSync(path.join(bundle.dir, 'tab.js')))).toBe(true);
  });

  test('a link naming the current content is cached for good, anything else is revalidated', async () => {
    const html = await (await fetch(`${app.base}/tab/`)).text();
    const { style } = assetLinks(html);
    expect((await fetch(`${app.base}${style}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${app.base}/tab/tab.css`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${app.base}/tab/tab.css?v=0000000000000000`)).headers.get('cache-control')).toBe('no-cache');
  });

  test('a browser that has the current file gets 304', async () => {
    const first = await fetch(`${app.base}/tab/tab.css`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    const again = await fetch(`${app.base}/tab/tab.css`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  test('a rebuild while the server runs is served at once, under a new version', async () => {
    const before = assetLinks(await (await fetch(`${app.base}/tab/`)).text()).style;
    const file = path.join(bundle.dir, 'tab.css');
    appendFileSync(file, '\n.rebuilt{}\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    const after = assetLinks(await (await fetch(`${app.base}/tab/`)).text()).style;
    expect(after).not.toBe(before);
    expect(await (await fetch(`${app.base}${after}`)).text()).toContain('.rebuilt{}');
  });

  test.each([
    '/tab/inputs.json',
    '/tab/tab.js.map',
    '/tab/index.html',
    '/tab/..%2Fpackage.json',
    '/tab/%2e%2e%2f%2e%2e%2fpackage.json',
    '/tab/.env',
  ])('%s is not served (only tab.js and tab.css are)', async (route) => {
    const res = await fetch(`${app.base}${route}`, { headers: { 'accept-language': 'nl' } });
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain(tabText('nl').notFound.title);
    expect(html).not.toMatch(/"name":\s*"enrollment-advisor"|at .+\.ts:\d+/);
  });
});

describe('without a built bundle', () => {
  let bare: RunningApp;
  beforeAll(async () => {
    bare = await startApp({ tabDir: path.join(bundle.dir, 'not-built') });
  });
  afterAll(async () => {
    await bare.close();
  });

  test.each(['en', 'nl'] as const)('the tab answers 503 with a readable page (%s) and the cause is logged', async (lang) => {
    const res = await fetch(`${bare.base}/tab/?lang=${lang}`);
    expect(res.status).toBe(503);
    const html = await res.text();
    expect(html).toContain(tabText(lang).unavailable.title);
    expect(html).toContain(tabText(lang).unavailable.text);
    expect(bare.logLines().some((l) => l.level === 50 && String(l.msg).includes('tab bundle is missing'))).toBe(true);
  });

  test('the advisor API keeps working', async () => {
    const res = await fetch(`${bare.base}/api/questions?lang=nl`);
    expect(res.status).toBe(200);
  });
});
