import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { loadEnvironment } from './env-files';
import { arrayAt, get, isObject, type Json, type JsonObject } from './json-tree';
import { checkIcon, checkLocalization, checkManifestRules } from './manifest-rules';

/** Every reason a package was refused, so one run shows them all. */
export class AppPackageError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The app package was not built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'AppPackageError';
    this.problems = problems;
  }
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Variables that may be deliberately empty (e.g. no name suffix in production); any other empty one is a mistake. */
const MAY_BE_EMPTY: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);
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
  // The Teams schemas use patterns such as \b inside brackets, which are invalid with the "u" flag. That is also why
  // this is not @microsoft/app-manifest's AppManifestUtils.validateAgainstSchema: it compiles with the "u" flag and
  // throws "Lone quantifier brackets" on the 1.30 localization schema.
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
