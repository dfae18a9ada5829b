import { createHash } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { instructionsAsPlainText, localizeInstructions, methodName } from '../content';
import { instructionsPageText, unknownPageLanguageText } from '../content/instructions-page';
import { isLang, langFromLocale } from '../content/lang';
import { LANGS, type InstructionSection, type Lang, type LocalizedInstructions, type OrgValues } from '../content/types';
import { openOrgValues } from '../settings/page-token';
import { isInstructionSetId } from '../content/instructions';
import { INSTRUCTION_SET_IDS, type InstructionSetId } from '../engine/types';
import { queryLang } from './request-lang';

/** The printable page's route; the cards link to `/instructions/<set>?lang=<lang>` (instructionsPageUrl). */
export const INSTRUCTIONS_PAGE_ENDPOINTS = ['GET /instructions/:set'] as const;

/** Readable on screen, plain on paper: no colours or link decoration in print, steps never split across pages. */
const STYLE = `
:root { color-scheme: light; }
body { margin: 0; font: 16px/1.55 "Segoe UI", system-ui, -apple-system, sans-serif; color: #1b1b1b; background: #fff; }
main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
.kicker { margin: 0; color: #505050; font-size: .95rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: .25rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
.note { border-left: 4px solid #c19c00; background: #fff8d6; padding: .6rem .9rem; margin: 1rem 0; }
.block-before { border: 2px solid #a4262c; border-radius: 6px; padding: .2rem 1rem; background: #fdf3f4; }
.block-failure { border-left: 4px solid #0f5fa8; padding-left: .9rem; }
ul { padding-left: 1.3rem; }
ol.steps li { margin: .6rem 0; }
ol { padding-left: 1.6rem; }
li { margin: .45rem 0; }
a { color: #0f5fa8; }
nav { margin-top: 2rem; padding-top: 1rem; border-top: 1px solid #d0d0d0; font-size: .95rem; }
nav ul { padding-left: 1.2rem; }
@media print {
  body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #000; }
  main { max-width: none; padding: 0; }
  .block-before { background: none; }
  .note { background: none; border: 1px solid #000; }
  .screen-only { display: none; }
  li { break-inside: avoid; page-break-inside: avoid; }
  h1, h2 { break-after: avoid; page-break-after: avoid; }
  a { color: #000; text-decoration: none; }
}
`;

/** The page allows nothing but its own inline style (by hash): no scripts, frames, forms or external loads. */
export const INSTRUCTIONS_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  // Opened from card links in a browser; never framed, so no other site can overlay it (clickjacking).
  "frame-ancestors 'none'",
].join('; ');

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The relative link to a set's page in a language (relative, so it works behind any host or proxy), keeping a sealed token. */
function pageHref(set: InstructionSetId, lang: Lang, token?: string): string {
  return `/instructions/${encodeURIComponent(set)}?lang=${lang}${token === undefined ? '' : `&org=${encodeURIComponent(token)}`}`;
}

function documentHtml(lang: Lang, title: string, main: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}

/** Links to every instruction set in `lang`, for the 404 page and the page footer. */
function setList(lang: Lang): string {
  const items = INSTRUCTION_SET_IDS.map((set) => `<li><a href="${escapeHtml(pageHref(set, lang))}">${escapeHtml(localizeInstructions(set, lang).title)}</a></li>`);
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

/** Where the page's organization values came from: none asked, a valid sealed link, or a link that failed to open. */
export type PageOrg = { readonly kind: 'none' } | { readonly kind: 'sealed'; readonly org: OrgValues; readonly token: string } | { readonly kind: 'invalid' };

function sectionHtml(s: InstructionSection): string {
  return `<section class="block block-${s.id}">\n<h2>${escapeHtml(s.heading)}</h2>\n<ul>\n${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>\n</section>`;
}

/** The note under the title: whose settings these are, or that these are the general instructions (and why). */
function orgNote(page: PageOrg, instr: LocalizedInstructions, lang: Lang): string {
  const t = instructionsPageText(lang);
  if (page.kind === 'invalid') return t.invalidLink;
  if (instr.general) return t.generalNote;
  const name = page.kind === 'sealed' ? page.org.organizationName : undefined;
  return name === undefined || name.trim() === '' ? t.orgNoteUnnamed : t.orgNote(name.trim());
}

/**
 * The printable page of one instruction set: the organization's values when the link carried a valid sealed token,
 * the general instructions otherwise; every text HTML-escaped.
 */
export function instructionsPageHtml(set: InstructionSetId, lang: Lang, page: PageOrg = { kind: 'none' }): string {
  const t = instructionsPageText(lang);
  const instr = localizeInstructions(set, lang, page.kind === 'sealed' ? page.org : undefined);
  const other = LANGS.find((l) => l !== lang) ?? 'en';
  const steps = instr.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('\n');
  const before = instr.sections.filter((s) => s.id === 'before').map(sectionHtml);
  const after = instr.sections.filter((s) => s.id !== 'before').map(sectionHtml);
  const main = `<p class="kicker">${escapeHtml(t.kicker(methodName(instr.method, lang)))}</p>
<h1>${escapeHtml(instr.title)}</h1>
<p class="note">${escapeHtml(orgNote(page, instr, lang))}</p>
<p>${escapeHtml(instr.intro)}</p>
${before.join('\n')}
<h2>${escapeHtml(t.stepsHeading)}</h2>
<ol class="steps">
${steps}
</ol>
${after.join('\n')}
<nav class="screen-only">
<p>${escapeHtml(t.printHint)}</p>
<p><a href="${escapeHtml(pageHref(set, other, page.kind === 'sealed' ? page.token : undefined))}" hreflang="${other}" lang="${other}">${escapeHtml(t.otherLanguage)}</a></p>
</nav>`;
  return documentHtml(lang, t.documentTitle(instr.title), main);
}

/** The same instructions as plain text for e-mail (general text for a missing or invalid token). */
export function instructionsPlainText(set: InstructionSetId, lang: Lang, page: PageOrg = { kind: 'none' }): string {
  return instructionsAsPlainText(localizeInstructions(set, lang, page.kind === 'sealed' ? page.org : undefined), lang);
}

/** The 404 page for a set name that does not exist: says so in `lang` and links every set there is. */
export function instructionsNotFoundHtml(name: string, lang: Lang): string {
  const t = instructionsPageText(lang);
  const main = `<h1>${escapeHtml(t.notFound.title)}</h1>
<p>${escapeHtml(t.notFound.text(name.slice(0, 60)))}</p>
${setList(lang)}`;
  return documentHtml(lang, t.notFound.title, main);
}

/** The 400 page for an unsupported ?lang=, in both languages. */
export function unknownLanguageHtml(value: string): string {
  const t = unknownPageLanguageText(value.slice(0, 20));
  const main = `<h1>${escapeHtml(t.title)}</h1>\n${t.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}`;
  return documentHtml('en', t.title, main);
}

/** The page language: ?lang= when given (validated by the caller), else the browser's first Accept-Language. */
function requestedLang(req: Request): { readonly ok: true; readonly lang: Lang } | { readonly ok: false; readonly value: string } {
  const q = queryLang(req);
  if (q !== undefined) return isLang(q) ? { ok: true, lang: q } : { ok: false, value: q };
  const accept = req.headers['accept-language'];
  return { ok: true, lang: langFromLocale(typeof accept === 'string' ? accept.split(',')[0] : undefined) };
}

function sendHtml(res: Response, status: number, html: string, cacheable: boolean): void {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('content-security-policy', INSTRUCTIONS_PAGE_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cache-control', cacheable ? 'public, max-age=3600' : 'private, no-store');
  res.sendRaw(status, html);
}

/** What the printable pages need from the composition root. */
export interface InstructionsPageDeps {
  /** Opens the `org` token of a link; without it every page is the general one. */
  readonly linkKey?: Buffer;
}

/** One query parameter, read from the URL (the server installs no query parser). */
function queryParam(req: Request, name: string): string | undefined {
  try {
    return new URL(req.url ?? '/', 'http://localhost').searchParams.get(name) ?? undefined;
  } catch {
    return undefined;
  }
}

function pageOrg(req: Request, linkKey: Buffer | undefined): PageOrg {
  const raw = queryParam(req, 'org');
  if (raw === undefined) return { kind: 'none' };
  const org = linkKey === undefined ? undefined : openOrgValues(raw, linkKey);
  return org === undefined || raw === undefined ? { kind: 'invalid' } : { kind: 'sealed', org, token: raw };
}

function sendText(res: Response, text: string, cacheable: boolean): void {
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cache-control', cacheable ? 'public, max-age=3600' : 'private, no-store');
  res.sendRaw(200, text);
}

/**
 * GET /instructions/:set?lang=en|nl[&org=<sealed token>][&format=text] — 200 with the page (or its plain text), 400
 * for an unsupported language, 404 for an unknown set. Pages with an organization's values are never cached publicly.
 */
async function getInstructionsPage(req: Request, res: Response, deps: InstructionsPageDeps): Promise<void> {
  const requested = requestedLang(req);
  if (!requested.ok) {
    sendHtml(res, 400, unknownLanguageHtml(requested.value), false);
    return;
  }
  const raw: unknown = req.params?.set;
  const set = typeof raw === 'string' ? raw : '';
  if (!isInstructionSetId(set)) {
    sendHtml(res, 404, instructionsNotFoundHtml(set, requested.lang), false);
    return;
  }
  const page = pageOrg(req, deps.linkKey);
  const cacheable = page.kind === 'none';
  if (queryParam(req, 'format') === 'text') {
    sendText(res, instructionsPlainText(set, requested.lang, page), cacheable);
    return;
  }
  sendHtml(res, 200, instructionsPageHtml(set, requested.lang, page), cacheable);
}

/** Mounts the printable instruction pages (GET and HEAD) on `server`. */
export function registerInstructionsPage(server: Server, deps: InstructionsPageDeps = {}): void {
  const handler = async (req: Request, res: Response): Promise<void> => getInstructionsPage(req, res, deps);
  server.get('/instructions/:set', handler);
  server.head('/instructions/:set', handler);
}
