import { PNG } from 'pngjs';
import { arrayAt, get, isObject, type Json } from './json-tree';

/**
 * Teams' limits for bot command menus: the 1.30 schema allows titles of 128 characters (prompt starters), but the
 * command menu and the @mention list still show 32 ("Create a command menu", Microsoft Learn), so every title keeps it.
 */
const COMMAND_TITLE_MAX = 32;
const COMMAND_DESCRIPTION_MAX = 128;
const ICON_SIZES = { color: 192, outline: 32 } as const;

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
