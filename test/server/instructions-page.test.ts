import { createHash } from 'node:crypto';
import { buildInstructionsCard, collectActions } from '../../src/cards';
import { localizeInstructions } from '../../src/content';
import { instructionsPageText } from '../../src/content/instructions-page';
import { LANGS, type Lang } from '../../src/content/types';
import { INSTRUCTION_SET_IDS } from '../../src/engine/types';
import { escapeHtml } from '../../src/server/instructions-page';
import { loadConfig } from '../../src/config';
import { instructionsAsPlainText } from '../../src/content';
import { pageTokenKey, sealOrgValues } from '../../src/settings/page-token';

const ORG = { organizationName: 'Contoso', enrollmentServer: 'EnterpriseEnrollment.contoso.com', supportText: 'IT helpdesk, extension 1234', supportUrl: 'https://help.contoso.com/intune' };
import { startApp, type RunningApp } from './http-harness';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

async function page(path: string, headers: Record<string, string> = {}): Promise<{ status: number; html: string; headers: Headers }> {
  const res = await fetch(`${app.base}${path}`, { headers });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

/** The text of the first element named `tag` (tags inside it removed). */
function textOf(html: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, '');
}

const ROWS = LANGS.flatMap((lang) => INSTRUCTION_SET_IDS.map((set) => ({ set, lang })));

describe('GET /instructions/<set>?lang=', () => {
  test.each(ROWS)('$set in $lang: the whole instructions as a printable page', async ({ set, lang }) => {
    const res = await page(`/instructions/${set}?lang=${lang}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const instr = localizeInstructions(set, lang);
    expect(res.html).toContain(`<html lang="${lang}">`);
    expect(textOf(res.html, 'h1')).toBe(escapeHtml(instr.title));
    const ol = /<ol class="steps">([\s\S]*?)<\/ol>/.exec(res.html)?.[1] ?? '';
    expect([...ol.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1])).toEqual(instr.steps.map(escapeHtml));
    expect(res.html).toContain(escapeHtml(instr.intro));
    for (const s of instr.sections) {
      expect(res.html).toContain(`<h2>${escapeHtml(s.heading)}</h2>`);
      for (const item of s.items) expect(res.html).toContain(`<li>${escapeHtml(item)}</li>`);
    }
    expect(res.html).toContain(escapeHtml(instructionsPageText(lang).generalNote));
    expect(res.html).toContain('@media print');
  });

  test.each(LANGS)('[%s] every instruction card links to its page, and the page shows the same title', async (lang: Lang) => {
    for (const set of INSTRUCTION_SET_IDS) {
      const card = buildInstructionsCard(set, lang, { baseUrl: app.base });
      const link = collectActions(card).find((a) => a.type === 'Action.OpenUrl' && typeof a.url === 'string' && a.url.includes('/instructions/'));
      expect(link?.url).toBe(`${app.base}/instructions/${set}?lang=${lang}`);
      const res = await fetch(String(link?.url));
      expect(res.status).toBe(200);
      expect(textOf(await res.text(), 'h1')).toBe(escapeHtml(localizeInstructions(set, lang).title));
    }
  });

  test('without a sealed token the page is generic: it never shows values put in the query', async () => {
    const res = await page('/instructions/automatic-personal-register?lang=en&organizationName=Evil&enrollmentServer=evil.example');
    expect(res.status).toBe(200);
    expect(res.html).not.toMatch(/Evil|evil\.example/);
    expect(res.html).toContain(escapeHtml(localizeInstructions('automatic-personal-register', 'en').steps.join(' ')).slice(0, 20));
  });

  test('a strict Content-Security-Policy that still allows exactly the page’s own style', async () => {
    const res = await page('/instructions/group-policy?lang=nl');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const style = /<style>([\s\S]*?)<\/style>/.exec(res.html)?.[1] ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(res.html).not.toContain('<script');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test.each([
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['en-GB', 'en'],
    ['', 'en'],
  ])('without ?lang= the browser language decides (Accept-Language %p → %s)', async (accept, lang) => {
    const res = await page('/instructions/co-management-existing', accept === '' ? {} : { 'accept-language': accept });
    expect(res.status).toBe(200);
    expect(res.html).toContain(`<html lang="${lang}">`);
  });

  test('each page links to the same instructions in the other language', async () => {
    const res = await page('/instructions/automatic-bulk?lang=en');
    expect(res.html).toContain('href="/instructions/automatic-bulk?lang=nl"');
  });

  test('HEAD answers like GET without a body', async () => {
    const res = await fetch(`${app.base}/instructions/automatic-bulk?lang=nl`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('the organization’s values on the printable page', () => {
  const key = pageTokenKey('a test secret that is long enough for a key');
  let sealed: RunningApp;
  beforeAll(async () => {
    sealed = await startApp({ config: { ...loadConfig({}), instructionsLinkKey: key } });
  });
  afterAll(async () => {
    await sealed.close();
  });
  const get = async (path: string): Promise<{ status: number; text: string; headers: Headers }> => {
    const res = await fetch(`${sealed.base}${path}`);
    return { status: res.status, text: await res.text(), headers: res.headers };
  };

  test.each(LANGS)('[%s] a link from a card with values shows them, and is never cached publicly', async (lang) => {
    const token = sealOrgValues(ORG, key);
    expect(token).not.toMatch(/Contoso|contoso/);
    const res = await get(`/instructions/automatic-personal-register?lang=${lang}&org=${encodeURIComponent(token)}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('EnterpriseEnrollment.contoso.com');
    expect(res.text).toContain('IT helpdesk, extension 1234');
    expect(res.text).toContain(escapeHtml(instructionsPageText(lang).orgNote('Contoso')));
    expect(res.text).not.toContain(escapeHtml(instructionsPageText(lang).generalNote));
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    // The link to the other language keeps the organization's values.
    expect(res.text).toContain(`href="/instructions/automatic-personal-register?lang=${lang === 'en' ? 'nl' : 'en'}&amp;org=${encodeURIComponent(token)}"`);
  });

  test.each([
    ['altered', (t: string) => `${t.slice(0, -2)}${t.endsWith('AA') ? 'BB' : 'AA'}`],
    ['sealed with another key', () => sealOrgValues({ organizationName: 'Evil', enrollmentServer: 'evil.example' }, pageTokenKey('another secret, also long enough for a key'))],
    ['not a token', () => 'eyJvcmdhbml6YXRpb25OYW1lIjoiRXZpbCJ9'],
    ['far too long', () => `v1.${'A'.repeat(5000)}`],
  ])('a forged or changed token (%s) gives the general page and says why', async (_name, make) => {
    const res = await get(`/instructions/automatic-personal-register?lang=en&org=${encodeURIComponent(make(sealOrgValues(ORG, key)))}`);
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/Evil|evil\.example|EnterpriseEnrollment\.contoso\.com/);
    expect(res.text).toContain(escapeHtml(instructionsPageText('en').invalidLink));
  });

  test('the plain text for e-mail carries the same values, as text/plain', async () => {
    const res = await get(`/instructions/automatic-personal-register?lang=nl&format=text&org=${encodeURIComponent(sealOrgValues(ORG, key))}`);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.text).toBe(instructionsAsPlainText(localizeInstructions('automatic-personal-register', 'nl', ORG), 'nl'));
  });
});

describe('errors on the printable page', () => {
  test.each([
    ['en', 'Instructions not found'],
    ['nl', 'Instructies niet gevonden'],
  ] as const)('[%s] an unknown set is a localized 404 listing every set there is', async (lang, title) => {
    const res = await page(`/instructions/teleportation?lang=${lang}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(textOf(res.html, 'h1')).toBe(title);
    expect(res.html).toContain('\u201cteleportation\u201d');
    for (const set of INSTRUCTION_SET_IDS) expect(res.html).toContain(`href="/instructions/${set}?lang=${lang}"`);
  });

  test('whatever is typed in the address is shown escaped, never as markup', async () => {
    const res = await page(`/instructions/${encodeURIComponent('<script>alert(1)</script>')}?lang=en`);
    expect(res.status).toBe(404);
    expect(res.html).not.toContain('<script>');
    expect(res.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test.each(['de', 'EN', '', '<b>x</b>'])('an unsupported language %p is a 400 in both languages', async (lang) => {
    const res = await page(`/instructions/automatic-bulk?lang=${encodeURIComponent(lang)}`);
    expect(res.status).toBe(400);
    expect(res.html).toContain('lang=en');
    expect(res.html).toContain('lang=nl');
    expect(res.html).toMatch(/Unknown language/);
    expect(res.html).toMatch(/Onbekende taal/);
    expect(res.html).not.toContain('<b>x</b>');
  });

  test('escapeHtml covers every character that could open markup or an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  test('a neighbouring path still gets the JSON 404 that names the page among the endpoints', async () => {
    const res = await fetch(`${app.base}/instructions`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('GET /instructions/:set');
  });
});
