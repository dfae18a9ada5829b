import { tabText } from '../content/tab';
import { LANGS, type Lang } from '../content/types';

/** Where the tab lives on this server; Teams loads `${publicBaseUrl}/tab/` (manifest staticTabs). */
export const TAB_PATH = '/tab';

/**
 * Teams (classic and new), Outlook and the Microsoft 365 app frame personal tabs from these origins; 'self' lets
 * the page be framed by its own server (e.g. a local preview).
 */
export const TAB_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
] as const;

/**
 * teams-js fetches its current list of trusted host origins from this CDN (falling back to a built-in list when
 * it cannot), so that request is the one exception to connect-src 'self'.
 */
const TEAMS_JS_ORIGINS_CDN = 'https://res.cdn.office.net';

/**
 * The tab's Content-Security-Policy: only its own scripts and styles (no inline code, no eval), API calls to this
 * server, and framing only by the Microsoft 365 hosts above. frame-ancestors replaces X-Frame-Options, which
 * cannot name several origins and is therefore not sent for the tab.
 */
export const TAB_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self' ${TEAMS_JS_ORIGINS_CDN}`,
  `frame-ancestors ${TAB_FRAME_ANCESTORS.join(' ')}`,
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The content hashes of the bundled script and style; the shell links them with `?v=<hash>` to bust caches. */
export interface TabBundleVersions {
  readonly script: string;
  readonly style: string;
}

/**
 * The tab's HTML shell in `lang`: the bundled script and style, a neutral loading state, and a no-JavaScript
 * note in both languages. Everything else is drawn by the script.
 */
export function tabPageHtml(lang: Lang, versions: TabBundleVersions): string {
  const t = tabText(lang);
  const noScript = LANGS.map((l) => `<p lang="${l}">${escapeHtml(tabText(l).noScript)}</p>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${lang}" data-theme="default">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t.appName)}</title>`,
    `<link rel="stylesheet" href="${TAB_PATH}/tab.css?v=${encodeURIComponent(versions.style)}">`,
    `<script src="${TAB_PATH}/tab.js?v=${encodeURIComponent(versions.script)}" defer></script>`,
    '</head>',
    '<body>',
    `<div id="app"><div class="boot" role="status"><div class="spinner"></div><p>${escapeHtml(t.starting)}</p></div></div>`,
    `<noscript>${noScript}</noscript>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** A small self-contained page (no script, inline-free) for when the tab cannot be served or the address is wrong. */
export function tabMessageHtml(lang: Lang, kind: 'unavailable' | 'notFound'): string {
  const { title, text } = tabText(lang)[kind];
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body>`,
    '</html>',
  ].join('\n');
}
