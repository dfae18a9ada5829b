import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { loadEnvironment } from './env-files';
import { PNG } from 'pngjs';

/** Every reason a package was refused, so one run shows them all. */
export class AppPackageError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The app package was not built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'AppPackageError';
    this.problems = problems;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Variables that may be deliberately empty (e.g. no name suffix in production); any other empty one is a mistake. */
const MAY_BE_EMPTY: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);
/**
 * Teams' limits for bot command menus: the 1.30 schema allows titles of 128 characters (prompt starters), but the
 * command menu and the @mention list still show 32 ("Create a command menu", Microsoft Learn), so every title keeps it.
 */
const COMMAND_TITLE_MAX = 32;
const COMMAND_DESCRIPTION_MAX = 128;
const ICON_SIZES = { color: 192, outline: 32 } as const;
/** Variables the packager derives when they are not set, and from what. */
const DERIVED_FROM: Readonly<Record<string, string>> = {
  BOT_DOMAIN: 'PUBLIC_BASE_URL',
  APP_VERSION: 'the "version" in package.json',
};

export interface FilledTemplate {
  readonly value: Json;
  /** Variable name -> JSON pointers where it is used. */
  readonly uses: ReadonlyMap<string, readonly string[]>;
  /** JSON pointer -> variables its value came from. */
  readonly origins: ReadonlyMap<string, readonly string[]>;
}

function pointerPart(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Replaces every `${{NAME}}` inside the string values of a parsed JSON template. Works on the tree, not the text,
 * so a value containing quotes cannot break the JSON. Unknown names are left in place and reported in `uses`.
 */
export function fillTemplate(template: Json, values: Readonly<Record<string, string>>): FilledTemplate {
  const uses = new Map<string, string[]>();
  const origins = new Map<string, string[]>();
  const walk = (node: Json, pointer: string): Json => {
    if (typeof node === 'string') {
      const names: string[] = [];
      const filled = node.replace(PLACEHOLDER, (whole, name: string) => {
        names.push(name);
        uses.set(name, [...(uses.get(name) ?? []), pointer]);
        return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
      });
      if (names.length > 0) origins.set(pointer, names);
      return filled;
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${pointer}/${i}`));
    if (node !== null && typeof node === 'object') {
      const out: JsonObject = {};
      for (const [key, item] of Object.entries(node)) out[key] = walk(item, `${pointer}/${pointerPart(key)}`);
      return out;
    }
    return node;
  };
  return { value: walk(template, ''), uses, origins };
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readJson(path: string, label: string, problems: string[]): Json | undefined {
  if (!existsSync(path)) {
    problems.push(`${label} is missing.`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Json;
  } catch (error) {
    problems.push(`${label} is not valid JSON (${error instanceof SyntaxError ? error.message : 'unreadable'}).`);
    return undefined;
  }
}

/** The folder holding the Teams JSON schemas that ship in @microsoft/app-manifest. */
export function defaultSchemaRoot(): string {
  return join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
}

function schemaFiles(schemaRoot: string, manifestVersion: string): { manifest: string; localization: string } | string {
  const dir = join(schemaRoot, `v${manifestVersion}`);
  const manifest = join(dir, 'MicrosoftTeams.schema.json');
  const localization = join(dir, 'MicrosoftTeams.Localization.schema.json');
  if (existsSync(manifest) && existsSync(localization)) return { manifest, localization };
  const available = existsSync(schemaRoot)
    ? readdirSync(schemaRoot)
        .filter((d) => existsSync(join(schemaRoot, d, 'MicrosoftTeams.Localization.schema.json')))
        .map((d) => d.replace(/^v/, ''))
    : [];
  return `manifestVersion "${manifestVersion}" has no schema in @microsoft/app-manifest (available: ${available.join(', ')}).`;
}

/** Validates `doc` against a draft-04 JSON schema file, offline; returns readable problems (empty when valid). */
export function validateAgainstSchema(
  doc: unknown,
  schemaFile: string,
  label: string,
  origins: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  // The Teams schemas use patterns such as \b inside brackets, which are invalid with the "u" flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => describeSchemaError(e, label, origins));
}

function describeSchemaError(e: ErrorObject, label: string, origins: ReadonlyMap<string, readonly string[]>): string {
  const where = e.instancePath === '' ? '(top level)' : e.instancePath;
  let detail = e.message ?? 'is invalid';
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') detail = `has an unknown property "${String(params.additionalProperty)}"`;
  if (e.keyword === 'enum') detail = `must be one of ${JSON.stringify(params.allowedValues)}`;
  const vars = origins.get(e.instancePath);
  const from = vars !== undefined ? ` (the value comes from ${vars.join(', ')})` : '';
  return `${label} ${where}: ${detail}${from}.`;
}

function get(doc: Json, path: readonly (string | number)[]): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path) {
    if (node === null || node === undefined || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? (typeof key === 'number' ? node[key] : undefined) : (node as JsonObject)[String(key)];
  }
  return node;
}

function arrayAt(doc: Json, path: readonly (string | number)[]): Json[] {
  const node = get(doc, path);
  return Array.isArray(node) ? node : [];
}

/** Turns a localization key such as `bots[0].commandLists[1].commands[2].title` into a path into the manifest. */
export function localizationKeyPath(key: string): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  for (const part of key.split('.')) {
    const m = /^([A-Za-z][A-Za-z0-9]*)((?:\[\d+\])*)$/.exec(part);
    if (m === null) return undefined;
    path.push(m[1]);
    for (const index of m[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/** Every string in the manifest a user reads that Teams lets a localization file translate. */
export function localizableKeys(manifest: Json): string[] {
  const keys: string[] = [];
  const add = (key: string): void => {
    const path = localizationKeyPath(key);
    if (path !== undefined && typeof get(manifest, path) === 'string') keys.push(key);
  };
  ['name.short', 'name.full', 'description.short', 'description.full'].forEach(add);
  arrayAt(manifest, ['description', 'features']).forEach((_f, f) => {
    add(`description.features[${f}].title`);
    add(`description.features[${f}].description`);
  });
  arrayAt(manifest, ['bots', 0, 'commandLists']).forEach((_list, l) =>
    arrayAt(manifest, ['bots', 0, 'commandLists', l, 'commands']).forEach((_c, c) => {
      add(`bots[0].commandLists[${l}].commands[${c}].title`);
      add(`bots[0].commandLists[${l}].commands[${c}].description`);
      add(`bots[0].commandLists[${l}].commands[${c}].prompt`);
    }),
  );
  add('copilotAgents.customEngineAgents[0].disclaimer.text');
  arrayAt(manifest, ['composeExtensions', 0, 'commands']).forEach((_c, c) => {
    add(`composeExtensions[0].commands[${c}].title`);
    add(`composeExtensions[0].commands[${c}].description`);
    arrayAt(manifest, ['composeExtensions', 0, 'commands', c, 'parameters']).forEach((_p, p) => {
      add(`composeExtensions[0].commands[${c}].parameters[${p}].title`);
      add(`composeExtensions[0].commands[${c}].parameters[${p}].description`);
    });
  });
  arrayAt(manifest, ['staticTabs']).forEach((_t, t) => add(`staticTabs[${t}].name`));
  return keys;
}

/**
 * Checks a localization file against the manifest it translates: every key names a string that exists, every
 * localizable string is translated, and translated command titles keep Teams' limits.
 */
export function checkLocalization(manifest: Json, localization: Json, label: string): string[] {
  const problems: string[] = [];
  if (!isObject(localization)) return [`${label} must be a JSON object.`];
  const keys = Object.keys(localization).filter((k) => k !== '$schema' && k !== 'localizationKeys');
  for (const key of keys) {
    const path = localizationKeyPath(key);
    if (path === undefined || typeof get(manifest, path) !== 'string') {
      problems.push(`${label} translates "${key}", which is not a text in manifest.json.`);
    }
  }
  for (const key of localizableKeys(manifest)) {
    if (!keys.includes(key)) problems.push(`${label} has no translation for "${key}".`);
  }
  for (const key of keys) {
    const text = localization[key];
    if (typeof text !== 'string') continue;
    if (/\.commands\[\d+\]\.title$/.test(key) && key.startsWith('bots') && text.length > COMMAND_TITLE_MAX) {
      problems.push(`${label} "${key}" is longer than ${COMMAND_TITLE_MAX} characters.`);
    }
    if (/\.commands\[\d+\]\.description$/.test(key) && key.startsWith('bots') && text.length > COMMAND_DESCRIPTION_MAX) {
      problems.push(`${label} "${key}" is longer than ${COMMAND_DESCRIPTION_MAX} characters.`);
    }
    if (text.trim() === '') problems.push(`${label} "${key}" is empty.`);
  }
  return problems;
}

function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  const d = domain.toLowerCase();
  return d.startsWith('*.') ? h.endsWith(d.slice(1)) && h.length > d.length - 1 : h === d;
}

/** Rules Teams enforces on upload that the JSON schema does not express (https, domains, command limits). */
export function checkManifestRules(manifest: Json): string[] {
  const problems: string[] = [];
  const domains = arrayAt(manifest, ['validDomains']).filter((d): d is string => typeof d === 'string');
  for (const domain of domains) {
    if (!/^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:\d{1,5})?$/.test(domain)) {
      problems.push(`validDomains entry "${domain}" must be a host name such as advisor.contoso.com, without https:// or a path.`);
    }
  }
  const urls: [string, Json | undefined][] = [
    ['developer.websiteUrl', get(manifest, ['developer', 'websiteUrl'])],
    ['developer.privacyUrl', get(manifest, ['developer', 'privacyUrl'])],
    ['developer.termsOfUseUrl', get(manifest, ['developer', 'termsOfUseUrl'])],
  ];
  arrayAt(manifest, ['staticTabs']).forEach((_tab, i) => {
    urls.push([`staticTabs[${i}].contentUrl`, get(manifest, ['staticTabs', i, 'contentUrl'])]);
    urls.push([`staticTabs[${i}].websiteUrl`, get(manifest, ['staticTabs', i, 'websiteUrl'])]);
  });
  for (const [name, value] of urls) {
    if (value === undefined) continue;
    let url: URL | undefined;
    try {
      url = new URL(String(value));
    } catch {
      url = undefined;
    }
    if (url === undefined || url.protocol !== 'https:') {
      problems.push(`${name} must be an https:// address (got "${String(value)}").`);
    } else if (name.startsWith('staticTabs') && !domains.some((d) => hostMatches(url.host, d))) {
      problems.push(`${name} is on ${url.host}, which is not in validDomains (${domains.join(', ') || 'empty'}).`);
    }
  }
  const botId = get(manifest, ['bots', 0, 'botId']);
  const botScopes = arrayAt(manifest, ['bots', 0, 'scopes']);
  const seenScopes = new Set<string>();
  arrayAt(manifest, ['bots', 0, 'commandLists']).forEach((_list, l) => {
    for (const scope of arrayAt(manifest, ['bots', 0, 'commandLists', l, 'scopes'])) {
      if (!botScopes.includes(scope)) problems.push(`bots[0].commandLists[${l}] lists scope "${String(scope)}", which the bot does not have.`);
      if (seenScopes.has(String(scope))) problems.push(`Scope "${String(scope)}" has more than one command list.`);
      seenScopes.add(String(scope));
    }
    const titles = new Set<string>();
    arrayAt(manifest, ['bots', 0, 'commandLists', l, 'commands']).forEach((command, c) => {
      const title = String(get(command, ['title']) ?? '');
      const description = String(get(command, ['description']) ?? '');
      const at = `bots[0].commandLists[${l}].commands[${c}]`;
      if (title.length > COMMAND_TITLE_MAX) problems.push(`${at}.title is longer than ${COMMAND_TITLE_MAX} characters.`);
      if (description.length > COMMAND_DESCRIPTION_MAX) {
        problems.push(`${at}.description is longer than ${COMMAND_DESCRIPTION_MAX} characters.`);
      }
      if (titles.has(title.toLowerCase())) problems.push(`${at}.title "${title}" appears twice in the same list.`);
      titles.add(title.toLowerCase());
    });
  });
  problems.push(...checkCopilotAgent(manifest));
  arrayAt(manifest, ['composeExtensions']).forEach((ext, i) => {
    const extBot = get(ext, ['botId']);
    if (extBot !== undefined && extBot !== botId) {
      problems.push(`composeExtensions[${i}].botId must be the bot's id (${String(botId)}), got ${String(extBot)}.`);
    }
  });
  return problems;
}

/**
 * The custom engine agent rules the schema states only in words ("root copilot agents custom engine agents",
 * Microsoft Learn app manifest reference, 1.30): the agent's id is the bot's id, that bot has personal scope, and a
 * bot in the copilot scope is declared as the agent. Prompt commands need a prompt (Learn, "Highlight agent
 * capabilities with prompt starters", 17 July 2026).
 */
function checkCopilotAgent(manifest: Json): string[] {
  const problems: string[] = [];
  const bots = arrayAt(manifest, ['bots']);
  const agents = arrayAt(manifest, ['copilotAgents', 'customEngineAgents']);
  agents.forEach((agent, i) => {
    const id = get(agent, ['id']);
    const bot = bots.find((b) => get(b, ['botId']) === id);
    if (bot === undefined) {
      problems.push(`copilotAgents.customEngineAgents[${i}].id must be the id of a bot in "bots" (got ${String(id)}).`);
    } else if (!arrayAt(bot, ['scopes']).includes('personal')) {
      problems.push(`copilotAgents.customEngineAgents[${i}] names a bot without the "personal" scope, which Copilot requires.`);
    }
  });
  bots.forEach((bot, b) => {
    const inCopilot = arrayAt(bot, ['scopes']).includes('copilot');
    if (inCopilot && !agents.some((a) => get(a, ['id']) === get(bot, ['botId']))) {
      problems.push(`bots[${b}] has the "copilot" scope but is not declared in copilotAgents.customEngineAgents.`);
    }
    if (inCopilot && !arrayAt(bot, ['scopes']).includes('personal')) {
      problems.push(`bots[${b}] has the "copilot" scope without "personal", which Copilot requires.`);
    }
    arrayAt(bot, ['commandLists']).forEach((_list, l) =>
      arrayAt(bot, ['commandLists', l, 'commands']).forEach((command, c) => {
        const prompt = get(command, ['prompt']);
        if (get(command, ['type']) === 'prompt' && (typeof prompt !== 'string' || prompt.trim() === '')) {
          problems.push(`bots[${b}].commandLists[${l}].commands[${c}] is a prompt starter without a prompt.`);
        }
      }),
    );
  });
  return problems;
}

/** Checks an icon the way Teams does: its size, and for the outline icon white-on-transparent only. */
export function checkIcon(kind: 'color' | 'outline', bytes: Uint8Array, label: string): string[] {
  let image: { width: number; height: number; data: Buffer };
  try {
    image = PNG.sync.read(Buffer.from(bytes));
  } catch (error) {
    return [`${label} is not a readable PNG (${error instanceof Error ? error.message : 'unknown format'}).`];
  }
  const size = ICON_SIZES[kind];
  if (image.width !== size || image.height !== size) {
    return [`${label} must be ${size}x${size} pixels, not ${image.width}x${image.height}.`];
  }
  const problems: string[] = [];
  const pixels = image.width * image.height;
  let transparent = 0;
  let coloured = 0;
  const colours = new Set<number>();
  for (let p = 0; p < pixels; p++) {
    const [r, g, b, a] = image.data.subarray(p * 4, p * 4 + 4);
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255) coloured++;
    colours.add((r << 24) | (g << 16) | (b << 8) | a);
  }
  if (kind === 'outline') {
    if (coloured > 0) problems.push(`${label} must be white on transparent only; ${coloured} pixels have another colour.`);
    if (transparent === pixels) problems.push(`${label} is fully transparent: it has no drawing.`);
    if (transparent === 0) problems.push(`${label} has no transparent background.`);
  } else if (colours.size < 3) {
    problems.push(`${label} is (almost) a single flat colour: it needs a recognizable symbol.`);
  }
  return problems;
}

export interface BuildOptions {
  /** The folder holding manifest/ and env/ (the repository root). */
  readonly repoRoot: string;
  /** Which env/.env.<envName> to fill the placeholders from. */
  readonly envName: string;
  /** Shell variables; they override the env files for the names the templates use. */
  readonly shellEnv?: Readonly<Record<string, string | undefined>>;
  /** Where the zip goes; default <repoRoot>/build. */
  readonly outDir?: string;
  /** Folder of the Teams schemas by version; default the copy in @microsoft/app-manifest. */
  readonly schemaRoot?: string;
}

export interface BuildResult {
  readonly zipPath: string;
  /** The filled manifest as it is in the zip. */
  readonly manifest: JsonObject;
  /** File names inside the zip. */
  readonly files: readonly string[];
  /** Things that do not block sideloading but need attention, such as example values still in place. */
  readonly warnings: readonly string[];
  /** Env files that were read. */
  readonly envFiles: readonly string[];
}

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Values the packager can work out itself when the env files leave them out. */
function withDerivedValues(values: Record<string, string>, repoRoot: string, problems: string[]): Record<string, string> {
  const out = { ...values };
  const base = out.PUBLIC_BASE_URL;
  if (base !== undefined && base !== '') {
    let url: URL | undefined;
    try {
      url = new URL(base);
    } catch {
      url = undefined;
    }
    if (url === undefined || url.protocol !== 'https:') {
      problems.push(`PUBLIC_BASE_URL must be an https:// address, because Teams reaches the bot and tab only over https (got "${base}").`);
    } else {
      out.PUBLIC_BASE_URL = base.replace(/\/+$/, '');
      if (out.BOT_DOMAIN === undefined) out.BOT_DOMAIN = url.host;
    }
  }
  if (out.APP_VERSION === undefined) {
    const pkg = readJson(join(repoRoot, 'package.json'), 'package.json', []);
    const version = get(pkg ?? null, ['version']);
    if (typeof version === 'string') out.APP_VERSION = version;
  }
  return out;
}

function exampleWarnings(values: Readonly<Record<string, string>>, used: ReadonlySet<string>): string[] {
  const warnings: string[] = [];
  for (const name of used) {
    const value = values[name] ?? '';
    if (/^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(value)) {
      warnings.push(`${name} is the example all-zero id: replace it with your own before sideloading.`);
    }
    if (/(^|[./@])(contoso\.example|example\.(com|org|net))([/:]|$)|\.example([/:]|$)/i.test(value) || /\(example\)/i.test(value)) {
      warnings.push(`${name} is an example value ("${value}"): replace it with your organization's.`);
    }
  }
  return warnings;
}

/**
 * Fills manifest/manifest.json and its localization files from env/.env.<envName> (+ .user + shell), validates
 * everything offline against the official schema and Teams' upload rules, checks the icons, and writes
 * <outDir>/appPackage.<envName>.zip. Throws AppPackageError listing every problem; writes nothing then.
 */
export async function buildAppPackage(options: BuildOptions): Promise<BuildResult> {
  const { repoRoot, envName } = options;
  const manifestDir = join(repoRoot, 'manifest');
  const problems: string[] = [];

  const templateText = existsSync(join(manifestDir, 'manifest.json'))
    ? readFileSync(join(manifestDir, 'manifest.json'), 'utf8')
    : '';
  const template = readJson(join(manifestDir, 'manifest.json'), 'manifest/manifest.json', problems);
  if (template === undefined || !isObject(template)) {
    if (template !== undefined) problems.push('manifest/manifest.json must be a JSON object.');
    throw new AppPackageError(problems);
  }

  const languages = arrayAt(template, ['localizationInfo', 'additionalLanguages']);
  const localizationFiles = languages
    .map((l) => get(l, ['file']))
    .filter((f): f is string => typeof f === 'string');
  const localizationTexts = localizationFiles.map((f) =>
    existsSync(join(manifestDir, f)) ? readFileSync(join(manifestDir, f), 'utf8') : '',
  );
  const referenced = [...new Set([templateText, ...localizationTexts].flatMap(placeholdersIn))];

  const env = loadEnvironment(repoRoot, envName, options.shellEnv ?? {}, [...referenced, 'BOT_DOMAIN', 'APP_VERSION']);
  const values = withDerivedValues({ ...env.values }, repoRoot, problems);
  const where = `${env.files.join(' or ')}`;

  const filled = fillTemplate(template, values);
  const localizations = localizationFiles.map((file) => {
    const doc = readJson(join(manifestDir, file), `manifest/${file}`, problems);
    return { file, filled: doc === undefined ? undefined : fillTemplate(doc, values) };
  });

  const allUses = new Map<string, string[]>();
  const noteUses = (uses: ReadonlyMap<string, readonly string[]>, file: string): void => {
    for (const [name, pointers] of uses) {
      allUses.set(name, [...(allUses.get(name) ?? []), ...pointers.map((p) => `${file}${p === '' ? '' : ` ${p}`}`)]);
    }
  };
  noteUses(filled.uses, 'manifest.json');
  localizations.forEach((l) => l.filled && noteUses(l.filled.uses, l.file));
  for (const [name, places] of allUses) {
    const shown = places.slice(0, 3).join(', ') + (places.length > 3 ? ', …' : '');
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      // A derived value is missing because its source is wrong, and that problem is already listed.
      if (DERIVED_FROM[name] === 'PUBLIC_BASE_URL' && values.PUBLIC_BASE_URL !== undefined) continue;
      const derived = DERIVED_FROM[name] !== undefined ? ` (or a valid ${DERIVED_FROM[name]}, which it is derived from)` : '';
      problems.push(`Missing variable ${name} (used in ${shown}): set it${derived} in ${where}.`);
    } else if (values[name] === '' && !MAY_BE_EMPTY.has(name)) {
      problems.push(`Variable ${name} is empty (used in ${shown}): give it a value in ${where}.`);
    }
  }
  // Without every value the schema would only repeat the same problems less clearly.
  if (problems.length > 0) throw new AppPackageError(problems);

  const manifest = filled.value as JsonObject;
  const version = String(manifest.manifestVersion ?? '');
  const schemas = schemaFiles(options.schemaRoot ?? defaultSchemaRoot(), version);
  if (typeof schemas === 'string') throw new AppPackageError([schemas]);

  problems.push(...validateAgainstSchema(manifest, schemas.manifest, 'manifest.json', filled.origins));
  problems.push(...checkManifestRules(manifest));
  const defaultTag = String(get(manifest, ['localizationInfo', 'defaultLanguageTag']) ?? '');
  const tags = new Set<string>([defaultTag.toLowerCase()]);
  for (const lang of languages) {
    const tag = String(get(lang, ['languageTag']) ?? '').toLowerCase();
    if (tags.has(tag)) problems.push(`Language "${tag}" appears more than once in localizationInfo.`);
    tags.add(tag);
  }
  for (const { file, filled: loc } of localizations) {
    if (loc === undefined) continue;
    problems.push(...validateAgainstSchema(loc.value, schemas.localization, file, loc.origins));
    problems.push(...checkLocalization(manifest, loc.value, file));
  }

  const icons: [string, Buffer][] = [];
  for (const kind of ['color', 'outline'] as const) {
    const file = get(manifest, ['icons', kind]);
    if (typeof file !== 'string') continue;
    const path = join(manifestDir, file);
    if (!existsSync(path)) {
      problems.push(`icons.${kind} names manifest/${file}, which does not exist.`);
      continue;
    }
    const bytes = readFileSync(path);
    problems.push(...checkIcon(kind, bytes, `manifest/${file}`));
    icons.push([file, bytes]);
  }
  if (problems.length > 0) throw new AppPackageError(problems);

  const zip = new JSZip();
  // A fixed timestamp keeps the zip byte-identical for identical inputs.
  const date = new Date(Date.UTC(2024, 0, 1));
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const [file, bytes] of icons) zip.file(file, bytes, { date });
  for (const { file, filled: loc } of localizations) {
    if (loc !== undefined) zip.file(file, `${JSON.stringify(loc.value, null, 2)}\n`, { date });
  }
  const outDir = options.outDir ?? join(repoRoot, 'build');
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  writeFileSync(join(outDir, `manifest.${envName}.json`), `${JSON.stringify(manifest, null, 2)}\n`);

  return {
    zipPath,
    manifest,
    files: Object.keys(zip.files).sort(),
    warnings: exampleWarnings(values, new Set([...allUses.keys()].filter((n) => n in env.values))),
    envFiles: env.files,
  };
}
