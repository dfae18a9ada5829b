import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { AppPackageError, buildAppPackage } from '../../scripts/lib/app-package';
import { EnvFileError, parseEnvFile } from '../../scripts/lib/env-files';
import { PNG } from 'pngjs';
import { HELP_COMMAND_IDS, type HelpCommandId, uiText } from '../../src/content/ui';
import { REPO_ROOT, makeTempRepo, unzip, type TempRepo } from './helpers';

const SCHEMAS = join(REPO_ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');
/** The newest manifest schema that @microsoft/app-manifest ships, found on disk rather than restated. */
const NEWEST = readdirSync(SCHEMAS)
  .filter((d) => /^v\d+\.\d+$/.test(d))
  .sort((a, b) => a.slice(1).localeCompare(b.slice(1), 'en', { numeric: true }))
  .at(-1) as string;
const devEnv = parseEnvFile(readFileSync(join(REPO_ROOT, 'env', '.env.dev'), 'utf8'), 'env/.env.dev');

type Json = ReturnType<typeof JSON.parse>;

function schemaErrors(doc: unknown, file: string): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, NEWEST, file), 'utf8')));
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function solidPng(width: number, height: number, rgba: [number, number, number, number]): Buffer {
  const png = new PNG({ width, height });
  for (let p = 0; p < width * height; p++) png.data.set(rgba, p * 4);
  return PNG.sync.write(png);
}

describe('the dev app package', () => {
  let repo: TempRepo;
  let entries: Map<string, Buffer>;
  let manifest: Json;
  let dutch: Json;
  let warnings: readonly string[];

  beforeAll(async () => {
    repo = makeTempRepo();
    const result = await buildAppPackage({ repoRoot: repo.root, envName: 'dev', shellEnv: {} });
    expect(result.zipPath).toBe(join(repo.root, 'build', 'appPackage.dev.zip'));
    warnings = result.warnings;
    entries = await unzip(result.zipPath);
    manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? 'null');
    dutch = JSON.parse(entries.get('nl.json')?.toString('utf8') ?? 'null');
  });
  afterAll(() => repo.cleanup());

  it('holds exactly the manifest, both icons and the Dutch file, at the root of the zip', () => {
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'nl.json', 'outline.png']);
  });

  it('has every placeholder filled, in the manifest and in the Dutch file', () => {
    for (const name of ['manifest.json', 'nl.json']) expect(entries.get(name)?.toString('utf8')).not.toMatch(/\$\{\{/);
  });

  it('takes the ids and addresses from env/.env.dev', () => {
    expect(manifest.id).toBe(devEnv.TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(devEnv.BOT_ID);
    expect(manifest.composeExtensions[0].botId).toBe(devEnv.BOT_ID);
    expect(manifest.validDomains).toEqual([new URL(devEnv.PUBLIC_BASE_URL).host]);
    expect(manifest.staticTabs.find((t: Json) => t.entityId === 'advisor').contentUrl).toBe(`${devEnv.PUBLIC_BASE_URL}/tab/`);
    expect(manifest.developer.privacyUrl).toBe(devEnv.DEVELOPER_PRIVACY_URL);
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
    expect(manifest.name.short).toBe(`Enrollment Advisor${devEnv.APP_NAME_SUFFIX}`);
  });

  it('is on the newest manifest schema that ships, and validates against it independently of the packager', () => {
    expect(NEWEST).toBe('v1.30');
    expect(`v${manifest.manifestVersion}`).toBe(NEWEST);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/${NEWEST}/MicrosoftTeams.schema.json`);
    expect(dutch.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/${NEWEST}/MicrosoftTeams.Localization.schema.json`);
    expect(schemaErrors(manifest, 'MicrosoftTeams.schema.json')).toEqual([]);
    expect(schemaErrors(dutch, 'MicrosoftTeams.Localization.schema.json')).toEqual([]);
  });

  it('offers the bot in personal chats, teams, group chats and Copilot, with a command menu for each', () => {
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat', 'copilot']);
    const listed = manifest.bots[0].commandLists.flatMap((l: Json) => l.scopes).sort();
    expect(listed).toEqual(['copilot', 'groupChat', 'personal', 'team']);
    const personal = manifest.bots[0].commandLists.find((l: Json) => l.scopes.includes('personal'));
    expect(personal.commands.map((c: Json) => c.title)).toEqual(
      expect.arrayContaining(['help', 'start', 'compare', 'instructions', 'language', 'settings']),
    );
  });

  it('declares the helpdesk search extension and the personal Advisor tab', () => {
    expect(manifest.composeExtensions[0].commands[0]).toMatchObject({
      id: 'searchInstructions',
      type: 'query',
      context: ['compose', 'commandBox'],
      parameters: [expect.objectContaining({ name: 'query' })],
    });
    expect(manifest.staticTabs.map((t: Json) => t.entityId)).toEqual(['conversations', 'advisor']);
    expect(manifest.staticTabs[1].name).toBe('Advisor');
  });

  it('declares English as the default language and Dutch in nl.json', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: [{ languageTag: 'nl', file: 'nl.json' }],
    });
  });

  it('translates every text a user sees into Dutch, not just copies it', () => {
    const texts: [string, string][] = [
      ['name.short', manifest.name.short],
      ['name.full', manifest.name.full],
      ['description.short', manifest.description.short],
      ['description.full', manifest.description.full],
      ...manifest.description.features.flatMap((f: Json, i: number) => [
        [`description.features[${i}].title`, f.title],
        [`description.features[${i}].description`, f.description],
      ]),
      ['staticTabs[1].name', manifest.staticTabs[1].name],
      ['composeExtensions[0].commands[0].title', manifest.composeExtensions[0].commands[0].title],
      ['composeExtensions[0].commands[0].description', manifest.composeExtensions[0].commands[0].description],
      ['composeExtensions[0].commands[0].parameters[0].title', manifest.composeExtensions[0].commands[0].parameters[0].title],
    ];
    manifest.bots[0].commandLists.forEach((list: Json, l: number) =>
      list.commands.forEach((command: Json, c: number) => {
        texts.push([`bots[0].commandLists[${l}].commands[${c}].title`, command.title]);
        texts.push([`bots[0].commandLists[${l}].commands[${c}].description`, command.description]);
        if (command.type === 'prompt') texts.push([`bots[0].commandLists[${l}].commands[${c}].prompt`, command.prompt]);
      }),
    );
    for (const [key, english] of texts) {
      expect({ key, dutch: typeof dutch[key] }).toEqual({ key, dutch: 'string' });
      expect({ key, same: dutch[key] === english }).toEqual({ key, same: false });
    }
  });

  it('lists only commands the bot understands, in the words its help card gives for each language', () => {
    const en = uiText('en').help.commands;
    const nl = uiText('nl').help.commands;
    const words = (usage: string): string[] => usage.split(/[\s·]+/).filter((w) => /^[a-z]+$/.test(w));
    manifest.bots[0].commandLists.forEach((list: Json, l: number) =>
      list.commands.forEach((command: Json, c: number) => {
        if (command.type === 'prompt') return;
        const id = HELP_COMMAND_IDS.find((h: HelpCommandId) => words(en[h].usage).includes(command.title));
        expect({ title: command.title, known: id !== undefined }).toEqual({ title: command.title, known: true });
        const dutchTitle = dutch[`bots[0].commandLists[${l}].commands[${c}].title`];
        expect(words(nl[id as HelpCommandId].usage)).toContain(dutchTitle);
      }),
    );
  });

  it('ships a 192x192 colour icon and a 32x32 white-on-transparent outline icon', () => {
    const color = PNG.sync.read(entries.get('color.png') as Buffer);
    const outline = PNG.sync.read(entries.get('outline.png') as Buffer);
    // The size is also read straight from the PNG header, independently of the decoder.
    expect([(entries.get('color.png') as Buffer).readUInt32BE(16), (entries.get('color.png') as Buffer).readUInt32BE(20)]).toEqual([192, 192]);
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
    let white = 0;
    let clear = 0;
    for (let p = 0; p < 32 * 32; p++) {
      const [r, g, b, a] = outline.data.subarray(p * 4, p * 4 + 4);
      if (a === 0) clear++;
      else if (r === 255 && g === 255 && b === 255) white++;
    }
    expect(white + clear).toBe(32 * 32);
    expect(white).toBeGreaterThan(150);
    expect(clear).toBeGreaterThan(400);
    const colours = new Set<number>();
    for (let p = 0; p < 192 * 192; p++) colours.add(Buffer.from(color.data.subarray(p * 4, p * 4 + 4)).readUInt32BE(0));
    expect(colours.size).toBeGreaterThan(50);
  });

  it('warns that the committed example values must be replaced before sideloading', () => {
    expect(warnings.join('\n')).toMatch(/BOT_ID is the example all-zero id/);
    expect(warnings.join('\n')).toMatch(/DEVELOPER_PRIVACY_URL is an example value/);
  });
});

describe('where the values come from', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo();
  });
  afterEach(() => repo.cleanup());

  it('lets env/.env.dev.user override the committed file, and the shell override both', async () => {
    repo.write('env/.env.dev.user', 'BOT_ID=11111111-2222-4333-8444-555555555555\nTEAMS_APP_ID=aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee\n');
    const result = await buildAppPackage({
      repoRoot: repo.root,
      envName: 'dev',
      shellEnv: { TEAMS_APP_ID: '99999999-8888-4777-8666-555555555555', UNRELATED: 'x' },
    });
    expect(result.manifest.id).toBe('99999999-8888-4777-8666-555555555555');
    expect((result.manifest.bots as Json)[0].botId).toBe('11111111-2222-4333-8444-555555555555');
    expect(result.envFiles).toEqual(['env/.env.dev', 'env/.env.dev.user']);
    expect(result.warnings.join('\n')).not.toMatch(/BOT_ID/);
  });

  it('uses BOT_DOMAIN when it is set, instead of deriving it from PUBLIC_BASE_URL', async () => {
    const result = await buildAppPackage({
      repoRoot: repo.root,
      envName: 'dev',
      shellEnv: { PUBLIC_BASE_URL: 'https://advisor.fabrikam.com/', BOT_DOMAIN: '*.fabrikam.com' },
    });
    expect(result.manifest.validDomains).toEqual(['*.fabrikam.com']);
    expect((result.manifest.staticTabs as Json)[1].contentUrl).toBe('https://advisor.fabrikam.com/tab/');
  });

  it('builds with an empty name suffix, as production would', async () => {
    const result = await buildAppPackage({ repoRoot: repo.root, envName: 'dev', shellEnv: { APP_NAME_SUFFIX: '' } });
    expect((result.manifest.name as Json).short).toBe('Enrollment Advisor');
  });
});

interface BadCase {
  readonly name: string;
  readonly shell?: Record<string, string>;
  readonly change?: (repo: TempRepo) => void;
  /** Every fragment must appear in one of the reported problems. */
  readonly expected: readonly string[];
}

const removeLine = (name: string) => (repo: TempRepo) =>
  repo.edit('env/.env.dev', (t) => t.replace(new RegExp(`^${name}=.*$`, 'm'), ''));

const BAD_CASES: readonly BadCase[] = [
  { name: 'a variable missing from the env file', change: removeLine('BOT_ID'), expected: ['Missing variable BOT_ID', '/bots/0/botId', 'env/.env.dev'] },
  {
    name: 'several variables missing, all named at once',
    change: (repo) => {
      removeLine('BOT_ID')(repo);
      removeLine('TEAMS_APP_ID')(repo);
      removeLine('DEVELOPER_TERMS_URL')(repo);
    },
    expected: ['Missing variable BOT_ID', 'Missing variable TEAMS_APP_ID', 'Missing variable DEVELOPER_TERMS_URL'],
  },
  { name: 'an empty required variable', shell: { TEAMS_APP_ID: '' }, expected: ['Variable TEAMS_APP_ID is empty', '/id'] },
  { name: 'a bot id that is not a GUID', shell: { BOT_ID: 'my-bot' }, expected: ['/bots/0/botId', 'must match pattern', 'BOT_ID'] },
  { name: 'an http base address', shell: { PUBLIC_BASE_URL: 'http://advisor.contoso.com' }, expected: ['PUBLIC_BASE_URL must be an https:// address'] },
  { name: 'a name suffix that makes the name too long', shell: { APP_NAME_SUFFIX: ' (acceptance test)' }, expected: ['manifest.json /name/short', '30 characters', 'APP_NAME_SUFFIX'] },
  { name: 'a domain written as a URL', shell: { BOT_DOMAIN: 'https://advisor.contoso.com' }, expected: ['validDomains entry "https://advisor.contoso.com"'] },
  { name: 'a tab outside validDomains', shell: { BOT_DOMAIN: 'other.contoso.com' }, expected: ['staticTabs[1].contentUrl is on', 'not in validDomains'] },
  { name: 'an http privacy page', shell: { DEVELOPER_PRIVACY_URL: 'http://contoso.com/privacy' }, expected: ['developer.privacyUrl must be an https:// address'] },
  {
    name: 'a placeholder no env file defines',
    change: (repo) => repo.edit('manifest/manifest.json', (t) => t.replace('"accentColor": "#185ABD"', '"accentColor": "${{ACCENT}}"')),
    expected: ['Missing variable ACCENT', '/accentColor'],
  },
  {
    name: 'a Dutch file that misses a command',
    change: (repo) => repo.edit('manifest/nl.json', (t) => t.replace(/^\s*"bots\[0\]\.commandLists\[0\]\.commands\[3\]\.title".*\n/m, '')),
    expected: ['nl.json has no translation for "bots[0].commandLists[0].commands[3].title"'],
  },
  {
    name: 'a Dutch file that translates a command the manifest does not have',
    change: (repo) =>
      repo.edit('manifest/nl.json', (t) => t.replace('"staticTabs[1].name"', '"bots[0].commandLists[1].commands[11].title": "extra",\n  "staticTabs[1].name"')),
    expected: ['nl.json translates "bots[0].commandLists[1].commands[11].title", which is not a text in manifest.json'],
  },
  {
    name: 'a Dutch file with an unknown key',
    change: (repo) => repo.edit('manifest/nl.json', (t) => t.replace('"staticTabs[1].name"', '"tagline": "x",\n  "staticTabs[1].name"')),
    expected: ['nl.json (top level): has an unknown property "tagline"'],
  },
  {
    name: 'a command title over Teams\u2019 32 characters',
    change: (repo) => repo.edit('manifest/manifest.json', (t) => t.replace('{ "title": "compare"', '{ "title": "compare all four enrollment methods now"')),
    expected: ['bots[0].commandLists[0].commands[4].title is longer than 32 characters'],
  },
  {
    name: 'a Copilot agent that is not the bot',
    change: (repo) => repo.edit('manifest/manifest.json', (t) => t.replace(/("type": "bot",\s*"id": )"\$\{\{BOT_ID\}\}"/, '$1"11111111-2222-4333-8444-555555555555"')),
    expected: ['copilotAgents.customEngineAgents[0].id must be the id of a bot', 'bots[0] has the "copilot" scope but is not declared'],
  },
  {
    name: 'the copilot scope without personal',
    change: (repo) => repo.edit('manifest/manifest.json', (t) => t.replace('"scopes": ["personal", "team", "groupChat", "copilot"]', '"scopes": ["team", "groupChat", "copilot"]')),
    expected: ['names a bot without the "personal" scope', 'bots[0] has the "copilot" scope without "personal"'],
  },
  {
    name: 'a starter prompt without its prompt',
    change: (repo) => repo.edit('manifest/manifest.json', (t) => t.replace(', "prompt": "Compare the four methods" }', ' }')),
    expected: ['bots[0].commandLists[0].commands[1] is a prompt starter without a prompt'],
  },
  {
    name: 'a Dutch file that misses a starter prompt and a feature',
    change: (repo) =>
      repo.edit('manifest/nl.json', (t) =>
        t.replace(/^\s*"bots\[0\]\.commandLists\[0\]\.commands\[2\]\.prompt".*\n/m, '').replace(/^\s*"description\.features\[1\]\.title".*\n/m, ''),
      ),
    expected: ['nl.json has no translation for "bots[0].commandLists[0].commands[2].prompt"', 'nl.json has no translation for "description.features[1].title"'],
  },
  {
    name: 'a fourth feature',
    change: (repo) =>
      repo.edit('manifest/manifest.json', (t) => t.replace('"features": [', '"features": [\n      { "title": "Extra", "description": "One too many" },')),
    expected: ['manifest.json /description/features', 'must NOT have more than 3 items'],
  },
  {
    name: 'an outline icon with coloured pixels',
    change: (repo) => repo.write('manifest/outline.png', solidPng(32, 32, [0, 120, 212, 255])),
    expected: ['manifest/outline.png must be white on transparent only'],
  },
  {
    name: 'a colour icon of the wrong size',
    change: (repo) => repo.write('manifest/color.png', solidPng(96, 96, [0, 120, 212, 255])),
    expected: ['manifest/color.png must be 192x192 pixels, not 96x96'],
  },
  {
    name: 'a blank colour icon',
    change: (repo) => repo.write('manifest/color.png', solidPng(192, 192, [0, 120, 212, 255])),
    expected: ['manifest/color.png is (almost) a single flat colour'],
  },
  {
    name: 'an icon that is not a PNG',
    change: (repo) => repo.write('manifest/outline.png', 'GIF89a'),
    expected: ['manifest/outline.png is not a readable PNG'],
  },
  {
    name: 'a manifest that is not JSON',
    change: (repo) => repo.edit('manifest/manifest.json', (t) => t.replace('"manifestVersion"', 'manifestVersion')),
    expected: ['manifest/manifest.json is not valid JSON'],
  },
  {
    name: 'a schema version that does not ship with @microsoft/app-manifest',
    change: (repo) => repo.edit('manifest/manifest.json', (t) => t.replace('"manifestVersion": "1.30"', '"manifestVersion": "1.18"')),
    expected: ['manifestVersion "1.18" has no schema', '1.30'],
  },
];

describe('a package that would not sideload is refused, naming the cause', () => {
  test.each(BAD_CASES)('$name', async ({ shell, change, expected }) => {
    const repo = makeTempRepo();
    try {
      change?.(repo);
      const attempt = buildAppPackage({ repoRoot: repo.root, envName: 'dev', shellEnv: shell ?? {} });
      await expect(attempt).rejects.toBeInstanceOf(AppPackageError);
      const problems = await attempt.then(
        () => [] as readonly string[],
        (e: AppPackageError) => e.problems,
      );
      for (const fragment of expected) {
        expect({ fragment, found: problems.some((p) => p.includes(fragment)) }).toEqual({ fragment, found: true });
      }
      expect(existsSync(join(repo.root, 'build', 'appPackage.dev.zip'))).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  it('refuses an environment without an env file, listing the known ones', async () => {
    const repo = makeTempRepo();
    try {
      const attempt = buildAppPackage({ repoRoot: repo.root, envName: 'prod', shellEnv: {} });
      await expect(attempt).rejects.toBeInstanceOf(EnvFileError);
      await expect(attempt).rejects.toThrow('There is no env/.env.prod. Known environments: dev, playground.');
    } finally {
      repo.cleanup();
    }
  });
});
