import { HOSTNAME_PATTERN, HTTPS_URL_PATTERN, SETTING_NOT_SET, SETTINGS_MAX_LENGTH } from '../cards/settings-card';
import { MATRIX } from '../engine/matrix';
import { AUTOPILOT_MODES, METHOD_IDS, type AutopilotMode, type MethodId, type OrganizationSettings, type Scopes, type ScopeSetting } from '../engine/types';
import { isScopeSetting, type OrgSettingsData, type SettingsField, type TextField } from './fields';

/** Why one field of a settings form was refused; the content layer words it and names the field. */
export type SettingsProblem =
  | { readonly field: TextField; readonly code: 'too-long'; readonly max: number }
  | {
      readonly field: SettingsField;
      readonly code: 'not-text' | 'not-a-hostname' | 'not-https' | 'contains-link' | 'unknown-choice' | 'not-for-personal' | 'scope-missing';
    };

/** What a settings form submit turned into: the complete new settings, or every problem at once. */
export type SettingsFormResult =
  | { readonly ok: true; readonly settings: OrgSettingsData }
  | {
      readonly ok: false;
      readonly problems: readonly SettingsProblem[];
      /** What the admin entered, cleaned and capped, so the form can be shown again without losing their typing. */
      readonly entered: OrgSettingsData;
    };

const HOSTNAME = new RegExp(HOSTNAME_PATTERN);
// The card checks the same pattern case-sensitively; typing HTTPS:// is not worth an error.
const HTTPS_URL = new RegExp(HTTPS_URL_PATTERN, 'i');
/** Markdown links, URLs and bare www. addresses: Teams would render them as links nobody checked for https. */
const LINK_IN_TEXT = /\[[^\]]*\]\([^)]*\)|\b[a-z][a-z0-9+.-]*:\/\/|\bwww\./i;

/** Methods the guide allows for personal devices (its tables ✘ Autopilot and Group Policy for them). */
export const PERSONAL_METHODS: readonly MethodId[] = METHOD_IDS.filter((m) => MATRIX[m].personal.mark !== 'no');

function isMethodId(v: unknown): v is MethodId {
  return typeof v === 'string' && (METHOD_IDS as readonly string[]).includes(v);
}

function isAutopilotMode(v: unknown): v is AutopilotMode {
  return typeof v === 'string' && (AUTOPILOT_MODES as readonly string[]).includes(v);
}

/** Invisible format characters: zero-width spaces and joiners, bidi overrides and isolates, the byte-order mark. */
const FORMAT_CHARS = /\p{Cf}/gu;

/**
 * NFKC-normalized (full-width and look-alike forms folded), invisible format characters removed, C0 and C1 control
 * characters turned into spaces and runs of whitespace into one space, so a value always fits on one card line and
 * shows exactly what it is.
 */
function normalizeText(v: string): string {
  return Array.from(v.normalize('NFKC').replace(FORMAT_CHARS, ''), (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? ' ' : ch;
  })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What the settings form promises for the support link, after normalization: https://, a host name, and then only
 * the unreserved and delimiter characters of RFC 3986 without brackets, quotes or parentheses, so it cannot carry
 * another scheme (mailto:, msteams:) in angle or nested brackets, nor break out of a Markdown link.
 */
const SUPPORT_LINK = /^https:\/\/[a-z0-9.-]+(:\d{1,5})?(\/[a-z0-9\-._~%!$&*+,;=:@/]*)?(\?[a-z0-9\-._~%!$&*+,;=:@/?]*)?(#[a-z0-9\-._~%!$&*+,;=:@/?]*)?$/i;

type FieldCheck<T> = { readonly value?: T; readonly problem?: SettingsProblem; readonly entered?: string };

/** A missing, empty or "not set" value clears the setting (Adaptive Cards omit inputs left empty). */
function isCleared(raw: unknown): boolean {
  return raw === undefined || raw === null || raw === '' || raw === SETTING_NOT_SET;
}

function checkText(field: TextField, raw: unknown): FieldCheck<string> {
  if (isCleared(raw)) return {};
  if (typeof raw !== 'string') return { problem: { field, code: 'not-text' } };
  const max = SETTINGS_MAX_LENGTH[field];
  let text = normalizeText(raw);
  if (field === 'enrollmentServer') text = text.replace(/\.$/, '');
  const entered = text.slice(0, max);
  if (text === '') return {};
  if (text.length > max) return { problem: { field, code: 'too-long', max }, entered };
  switch (field) {
    case 'enrollmentServer':
      return HOSTNAME.test(text) ? { value: text } : { problem: { field, code: 'not-a-hostname' }, entered };
    case 'supportUrl':
      return isHttpsLink(text) ? { value: text } : { problem: { field, code: 'not-https' }, entered };
    case 'organizationName':
    case 'supportText':
      return LINK_IN_TEXT.test(text) ? { problem: { field, code: 'contains-link' }, entered } : { value: text };
  }
}

/** An absolute https link to a named host, with no user name or password in it (those would be secrets in a card). */
function isHttpsLink(text: string): boolean {
  if (!HTTPS_URL.test(text) || !SUPPORT_LINK.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

function checkChoice<T extends string>(field: SettingsField, raw: unknown, allowed: (v: unknown) => v is T): FieldCheck<T> {
  if (isCleared(raw)) return {};
  return allowed(raw) ? { value: raw } : { problem: { field, code: 'unknown-choice' } };
}

function checkPersonalMethod(raw: unknown): FieldCheck<MethodId> {
  if (isCleared(raw)) return {};
  if (!isMethodId(raw)) return { problem: { field: 'personalMethod', code: 'unknown-choice' } };
  return PERSONAL_METHODS.includes(raw) ? { value: raw } : { problem: { field: 'personalMethod', code: 'not-for-personal' } };
}

/** Both scopes or neither: one alone says nothing about how personal devices enroll. */
function checkScopes(rawMdm: unknown, rawMam: unknown): { readonly value?: Scopes; readonly problems: SettingsProblem[] } {
  const mdm = checkChoice<ScopeSetting>('personalMdmScope', rawMdm, isScopeSetting);
  const mam = checkChoice<ScopeSetting>('personalMamScope', rawMam, isScopeSetting);
  const problems = [mdm.problem, mam.problem].filter((p): p is SettingsProblem => p !== undefined);
  if (problems.length > 0) return { problems };
  if (mdm.value !== undefined && mam.value !== undefined) return { value: { mdm: mdm.value, mam: mam.value }, problems };
  if (mdm.value !== undefined) return { problems: [{ field: 'personalMamScope', code: 'scope-missing' }] };
  if (mam.value !== undefined) return { problems: [{ field: 'personalMdmScope', code: 'scope-missing' }] };
  return { problems };
}

/** Own properties only, so a submitted `__proto__` or inherited field is never read as a setting. */
function own(obj: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/**
 * Settings that only mean something together with a method are dropped when that method is not chosen: an Autopilot
 * mode without Autopilot, scopes for personal devices that are co-managed.
 */
function coherent(s: OrgSettingsData): OrgSettingsData {
  const { autopilotMode, personalScopes, ...rest } = s;
  return {
    ...rest,
    ...(autopilotMode !== undefined && s.organizationMethod === 'autopilot' ? { autopilotMode } : {}),
    ...(personalScopes !== undefined && s.personalMethod !== 'coManagement' ? { personalScopes } : {}),
  };
}

/**
 * Validates a settings card submit (inputs keyed by SETTINGS_INPUT_IDS; unknown keys are ignored) into the complete
 * new settings. A field left empty or "not set" clears it. Every problem is reported at once, naming its field.
 */
export function parseSettingsForm(inputs: Readonly<Record<string, unknown>>): SettingsFormResult {
  const organizationName = checkText('organizationName', own(inputs, 'organizationName'));
  const enrollmentServer = checkText('enrollmentServer', own(inputs, 'enrollmentServer'));
  const supportText = checkText('supportText', own(inputs, 'supportText'));
  const supportUrl = checkText('supportUrl', own(inputs, 'supportUrl'));
  const organizationMethod = checkChoice('organizationMethod', own(inputs, 'organizationMethod'), isMethodId);
  const autopilotMode = checkChoice('autopilotMode', own(inputs, 'autopilotMode'), isAutopilotMode);
  const personalMethod = checkPersonalMethod(own(inputs, 'personalMethod'));
  const scopes = checkScopes(own(inputs, 'personalMdmScope'), own(inputs, 'personalMamScope'));

  const texts = { organizationName, enrollmentServer, supportText, supportUrl };
  const problems = [
    ...[organizationName, enrollmentServer, supportText, supportUrl, organizationMethod, autopilotMode, personalMethod]
      .map((c) => c.problem)
      .filter((p): p is SettingsProblem => p !== undefined),
    ...scopes.problems,
  ];
  const choices: OrgSettingsData = {
    ...(organizationMethod.value === undefined ? {} : { organizationMethod: organizationMethod.value }),
    ...(autopilotMode.value === undefined ? {} : { autopilotMode: autopilotMode.value }),
    ...(personalMethod.value === undefined ? {} : { personalMethod: personalMethod.value }),
    ...(scopes.value === undefined ? {} : { personalScopes: scopes.value }),
  };
  if (problems.length > 0) {
    const entered: Record<string, string> = {};
    for (const [field, check] of Object.entries(texts)) {
      const shown = check.value ?? check.entered;
      if (shown !== undefined) entered[field] = shown;
    }
    return { ok: false, problems, entered: { ...entered, ...choices } };
  }
  const values: Record<string, string> = {};
  for (const [field, check] of Object.entries(texts)) if (check.value !== undefined) values[field] = check.value;
  return { ok: true, settings: coherent({ ...values, ...choices }) };
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads settings back from storage defensively: every field passes the same checks as the form, and anything that
 * does not (an older format, a hand-edited blob) is dropped rather than shown to employees.
 */
export function readStoredSettings(raw: unknown): OrgSettingsData {
  if (!isRecord(raw)) return {};
  const scopesRaw = own(raw, 'personalScopes');
  const scopeInputs = isRecord(scopesRaw) ? { personalMdmScope: own(scopesRaw, 'mdm'), personalMamScope: own(scopesRaw, 'mam') } : {};
  const inputs: Record<string, unknown> = { ...scopeInputs };
  for (const key of ['organizationName', 'enrollmentServer', 'supportText', 'supportUrl', 'organizationMethod', 'autopilotMode', 'personalMethod']) {
    inputs[key] = own(raw, key);
  }
  const parsed = parseSettingsForm(inputs);
  if (parsed.ok) return parsed.settings;
  // Keep the fields that are fine: parse once more with the refused ones cleared.
  const refused = new Set(parsed.problems.map((p) => p.field));
  for (const field of refused) inputs[field] = undefined;
  if (refused.has('personalMdmScope') || refused.has('personalMamScope')) {
    inputs.personalMdmScope = undefined;
    inputs.personalMamScope = undefined;
  }
  const retry = parseSettingsForm(inputs);
  return retry.ok ? retry.settings : {};
}

/**
 * Checks the methods "Use this for our organization" would publish (computed by the bot from the stored result):
 * each id must be a known method or mode and allowed for its kind of device. Undefined when any is not, or when
 * there is nothing to publish.
 */
export function checkPublishedMethods(raw: unknown): OrganizationSettings | undefined {
  if (!isRecord(raw)) return undefined;
  const scopes = own(raw, 'personalScopes');
  const org = checkChoice('organizationMethod', own(raw, 'organizationMethod'), isMethodId);
  const mode = checkChoice('autopilotMode', own(raw, 'autopilotMode'), isAutopilotMode);
  const personal = checkPersonalMethod(own(raw, 'personalMethod'));
  const scopeCheck = scopes === undefined ? { problems: [] } : isRecord(scopes) ? checkScopes(own(scopes, 'mdm'), own(scopes, 'mam')) : undefined;
  if (org.problem || mode.problem || personal.problem || scopeCheck === undefined || scopeCheck.problems.length > 0) return undefined;
  if (org.value === undefined && personal.value === undefined) return undefined;
  if (mode.value !== undefined && org.value !== 'autopilot') return undefined;
  if (scopeCheck.value !== undefined && personal.value === undefined) return undefined;
  return {
    ...(org.value === undefined ? {} : { organizationMethod: org.value }),
    ...(mode.value === undefined ? {} : { autopilotMode: mode.value }),
    ...(personal.value === undefined ? {} : { personalMethod: personal.value }),
    ...(scopeCheck.value === undefined ? {} : { personalScopes: scopeCheck.value }),
  };
}

/**
 * The settings after publishing `methods`: the kinds of device the advice covered get its method (with its Autopilot
 * mode or scopes, replacing older ones); the other kind and the organization's own values stay as they were.
 */
export function applyPublishedMethods(current: OrgSettingsData, methods: OrganizationSettings): OrgSettingsData {
  const next: { -readonly [K in keyof OrgSettingsData]: OrgSettingsData[K] } = { ...current };
  if (methods.organizationMethod !== undefined) {
    next.organizationMethod = methods.organizationMethod;
    if (methods.autopilotMode === undefined) delete next.autopilotMode;
    else next.autopilotMode = methods.autopilotMode;
  }
  if (methods.personalMethod !== undefined) {
    next.personalMethod = methods.personalMethod;
    if (methods.personalScopes === undefined) delete next.personalScopes;
    else next.personalScopes = methods.personalScopes;
  }
  return coherent(next);
}
