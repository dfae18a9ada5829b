import { SETTINGS_INPUT_IDS, SETTINGS_MAX_LENGTH } from '../../src/cards/settings-card';
import {
  applyPublishedMethods,
  checkPublishedMethods,
  diffSettings,
  parseSettingsForm,
  readStoredSettings,
  SETTINGS_FIELDS,
  type OrgSettingsData,
  type SettingsProblem,
} from '../../src/settings';

/** A complete, valid settings form as the card submits it. */
function form(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organizationName: 'Contoso',
    enrollmentServer: 'EnterpriseEnrollment.contoso.com',
    supportText: 'IT helpdesk, extension 1234',
    supportUrl: 'https://help.contoso.com/enroll',
    organizationMethod: 'autopilot',
    autopilotMode: 'user-driven',
    personalMethod: 'automatic',
    personalMdmScope: 'none',
    personalMamScope: 'some-or-all',
    ...overrides,
  };
}

const CONTOSO: OrgSettingsData = {
  organizationName: 'Contoso',
  enrollmentServer: 'EnterpriseEnrollment.contoso.com',
  supportText: 'IT helpdesk, extension 1234',
  supportUrl: 'https://help.contoso.com/enroll',
  organizationMethod: 'autopilot',
  autopilotMode: 'user-driven',
  personalMethod: 'automatic',
  personalScopes: { mdm: 'none', mam: 'some-or-all' },
};

function problemsOf(inputs: Record<string, unknown>): SettingsProblem[] {
  const parsed = parseSettingsForm(inputs);
  return parsed.ok ? [] : [...parsed.problems];
}

describe('parseSettingsForm', () => {
  test('the settings card inputs and the settings fields are the same set', () => {
    expect([...SETTINGS_FIELDS].sort()).toEqual(Object.keys(SETTINGS_INPUT_IDS).sort());
  });

  test('a complete, valid form becomes the settings', () => {
    expect(parseSettingsForm(form())).toEqual({ ok: true, settings: CONTOSO });
  });

  type CleanRow = { name: string; inputs: Record<string, unknown>; settings: OrgSettingsData };
  test.each<CleanRow>([
    {
      name: 'values are trimmed and whitespace (incl. control characters) collapsed',
      inputs: { organizationName: '  Contoso\u0000  Ltd\n', supportText: 'Call\t1234 ' },
      settings: { organizationName: 'Contoso Ltd', supportText: 'Call 1234' },
    },
    { name: 'a trailing dot on the server name is dropped', inputs: { enrollmentServer: 'EnterpriseEnrollment.contoso.com.' }, settings: { enrollmentServer: 'EnterpriseEnrollment.contoso.com' } },
    { name: 'HTTPS in capitals is still https', inputs: { supportUrl: 'HTTPS://help.contoso.com' }, settings: { supportUrl: 'HTTPS://help.contoso.com' } },
    { name: 'missing inputs (Adaptive Cards omit empty ones) clear the settings', inputs: {}, settings: {} },
    {
      name: 'empty strings and "not-set" clear the settings',
      inputs: { organizationName: '', enrollmentServer: '   ', organizationMethod: 'not-set', personalMethod: 'not-set', personalMdmScope: '', personalMamScope: '' },
      settings: {},
    },
    {
      name: 'an Autopilot mode without Autopilot is dropped',
      inputs: { organizationMethod: 'automatic', autopilotMode: 'self-deploying' },
      settings: { organizationMethod: 'automatic' },
    },
    {
      name: 'scopes for co-managed personal devices are dropped',
      inputs: { personalMethod: 'coManagement', personalMdmScope: 'some-or-all', personalMamScope: 'none' },
      settings: { personalMethod: 'coManagement' },
    },
    {
      name: 'scopes without a personal method are kept (the employee flow reads them)',
      inputs: { personalMdmScope: 'none', personalMamScope: 'some-or-all' },
      settings: { personalScopes: { mdm: 'none', mam: 'some-or-all' } },
    },
    { name: 'unknown keys are ignored', inputs: { organizationName: 'Contoso', revision: 3, somethingElse: 'x' }, settings: { organizationName: 'Contoso' } },
    {
      name: 'a value of exactly the maximum length is accepted',
      inputs: { supportText: 'a'.repeat(SETTINGS_MAX_LENGTH.supportText) },
      settings: { supportText: 'a'.repeat(SETTINGS_MAX_LENGTH.supportText) },
    },
  ])('$name', ({ inputs, settings }) => {
    expect(parseSettingsForm(inputs)).toEqual({ ok: true, settings });
  });

  type ProblemRow = { name: string; inputs: Record<string, unknown>; problems: SettingsProblem[] };
  test.each<ProblemRow>([
    { name: 'organization name too long', inputs: { organizationName: 'x'.repeat(101) }, problems: [{ field: 'organizationName', code: 'too-long', max: 100 }] },
    { name: 'support text too long', inputs: { supportText: 'x'.repeat(301) }, problems: [{ field: 'supportText', code: 'too-long', max: 300 }] },
    { name: 'support link too long', inputs: { supportUrl: `https://help.contoso.com/${'x'.repeat(480)}` }, problems: [{ field: 'supportUrl', code: 'too-long', max: 500 }] },
    { name: 'server name with https://', inputs: { enrollmentServer: 'https://EnterpriseEnrollment.contoso.com' }, problems: [{ field: 'enrollmentServer', code: 'not-a-hostname' }] },
    { name: 'server name with a path', inputs: { enrollmentServer: 'contoso.com/enroll' }, problems: [{ field: 'enrollmentServer', code: 'not-a-hostname' }] },
    { name: 'server name with a space', inputs: { enrollmentServer: 'enterprise enrollment.contoso.com' }, problems: [{ field: 'enrollmentServer', code: 'not-a-hostname' }] },
    { name: 'server name without a dot', inputs: { enrollmentServer: 'localhost' }, problems: [{ field: 'enrollmentServer', code: 'not-a-hostname' }] },
    { name: 'server name label starting with a hyphen', inputs: { enrollmentServer: '-x.contoso.com' }, problems: [{ field: 'enrollmentServer', code: 'not-a-hostname' }] },
    { name: 'server name with a 64-character label', inputs: { enrollmentServer: `${'a'.repeat(64)}.contoso.com` }, problems: [{ field: 'enrollmentServer', code: 'not-a-hostname' }] },
    { name: 'http link', inputs: { supportUrl: 'http://help.contoso.com' }, problems: [{ field: 'supportUrl', code: 'not-https' }] },
    { name: 'javascript: link', inputs: { supportUrl: 'javascript:alert(1)' }, problems: [{ field: 'supportUrl', code: 'not-https' }] },
    { name: 'link without a scheme', inputs: { supportUrl: 'help.contoso.com' }, problems: [{ field: 'supportUrl', code: 'not-https' }] },
    { name: 'link with a password in it', inputs: { supportUrl: 'https://admin:secret@help.contoso.com' }, problems: [{ field: 'supportUrl', code: 'not-https' }] },
    { name: 'link with a space', inputs: { supportUrl: 'https://help.contoso.com/a b' }, problems: [{ field: 'supportUrl', code: 'not-https' }] },
    { name: 'markdown link in the support text', inputs: { supportText: 'Go [here](http://evil.example)' }, problems: [{ field: 'supportText', code: 'contains-link' }] },
    { name: 'a URL in the support text', inputs: { supportText: 'See http://help.contoso.com' }, problems: [{ field: 'supportText', code: 'contains-link' }] },
    { name: 'a www. address in the organization name', inputs: { organizationName: 'www.contoso.com' }, problems: [{ field: 'organizationName', code: 'contains-link' }] },
    { name: 'a number instead of text', inputs: { organizationName: 42 }, problems: [{ field: 'organizationName', code: 'not-text' }] },
    { name: 'an unknown method', inputs: { organizationMethod: 'teleport' }, problems: [{ field: 'organizationMethod', code: 'unknown-choice' }] },
    { name: 'an unknown Autopilot mode', inputs: { organizationMethod: 'autopilot', autopilotMode: 'turbo' }, problems: [{ field: 'autopilotMode', code: 'unknown-choice' }] },
    { name: 'Autopilot for personal devices', inputs: { personalMethod: 'autopilot' }, problems: [{ field: 'personalMethod', code: 'not-for-personal' }] },
    { name: 'Group Policy for personal devices', inputs: { personalMethod: 'groupPolicy' }, problems: [{ field: 'personalMethod', code: 'not-for-personal' }] },
    { name: 'an object as a choice', inputs: { personalMethod: { toString: 'automatic' } }, problems: [{ field: 'personalMethod', code: 'unknown-choice' }] },
    { name: 'only the MDM scope', inputs: { personalMdmScope: 'none' }, problems: [{ field: 'personalMamScope', code: 'scope-missing' }] },
    { name: 'only the MAM scope', inputs: { personalMamScope: 'none' }, problems: [{ field: 'personalMdmScope', code: 'scope-missing' }] },
    { name: 'an unknown scope', inputs: { personalMdmScope: 'all', personalMamScope: 'none' }, problems: [{ field: 'personalMdmScope', code: 'unknown-choice' }] },
    {
      name: 'every problem at once, in field order',
      inputs: { organizationName: 'x'.repeat(101), enrollmentServer: 'nope', supportUrl: 'http://x.example', organizationMethod: 'x', personalMethod: 'groupPolicy' },
      problems: [
        { field: 'organizationName', code: 'too-long', max: 100 },
        { field: 'enrollmentServer', code: 'not-a-hostname' },
        { field: 'supportUrl', code: 'not-https' },
        { field: 'organizationMethod', code: 'unknown-choice' },
        { field: 'personalMethod', code: 'not-for-personal' },
      ],
    },
  ])('refused: $name', ({ inputs, problems }) => {
    expect(problemsOf(inputs)).toEqual(problems);
  });

  test('a refused form keeps what the admin typed (capped at the field length) and the valid choices, to show again', () => {
    const parsed = parseSettingsForm(form({ enrollmentServer: 'https://enroll.contoso.com', organizationName: 'y'.repeat(150) }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.entered).toEqual({ ...CONTOSO, enrollmentServer: 'https://enroll.contoso.com', organizationName: 'y'.repeat(100) });
  });

  test('a submitted __proto__ key is never read as a setting', () => {
    const inputs = JSON.parse('{"__proto__": {"organizationName": "Evil"}, "supportText": "Call 1234"}') as Record<string, unknown>;
    expect(parseSettingsForm(inputs)).toEqual({ ok: true, settings: { supportText: 'Call 1234' } });
  });
});

describe('readStoredSettings', () => {
  test('valid stored settings come back unchanged', () => {
    expect(readStoredSettings(CONTOSO)).toEqual(CONTOSO);
  });

  test('fields that would not pass the form are dropped, the others kept', () => {
    const stored = { ...CONTOSO, supportUrl: 'http://insecure.example', personalMethod: 'autopilot', personalScopes: { mdm: 'x' }, extra: 'ignored' };
    expect(readStoredSettings(stored)).toEqual({
      organizationName: 'Contoso',
      enrollmentServer: 'EnterpriseEnrollment.contoso.com',
      supportText: 'IT helpdesk, extension 1234',
      organizationMethod: 'autopilot',
      autopilotMode: 'user-driven',
    });
  });

  test.each([null, 'text', 42, ['a']])('%p reads as no settings', (raw) => {
    expect(readStoredSettings(raw)).toEqual({});
  });
});

describe('publishing the methods of an advice', () => {
  type PublishRow = { name: string; raw: unknown; ok: boolean };
  test.each<PublishRow>([
    { name: 'organization method with its mode', raw: { organizationMethod: 'autopilot', autopilotMode: 'self-deploying' }, ok: true },
    { name: 'personal method with its scopes', raw: { personalMethod: 'automatic', personalScopes: { mdm: 'none', mam: 'some-or-all' } }, ok: true },
    { name: 'nothing to publish', raw: {}, ok: false },
    { name: 'an unknown method', raw: { organizationMethod: 'teleport' }, ok: false },
    { name: 'Group Policy for personal devices', raw: { personalMethod: 'groupPolicy' }, ok: false },
    { name: 'a mode without Autopilot', raw: { organizationMethod: 'automatic', autopilotMode: 'self-deploying' }, ok: false },
    { name: 'scopes without a personal method', raw: { organizationMethod: 'automatic', personalScopes: { mdm: 'none', mam: 'none' } }, ok: false },
    { name: 'broken scopes', raw: { personalMethod: 'automatic', personalScopes: 'all' }, ok: false },
    { name: 'not an object', raw: 'automatic', ok: false },
  ])('checkPublishedMethods: $name → $ok', ({ raw, ok }) => {
    expect(checkPublishedMethods(raw) !== undefined).toBe(ok);
  });

  test('the covered kind of device gets the new method and loses stale extras; the rest stays', () => {
    const next = applyPublishedMethods(CONTOSO, { organizationMethod: 'groupPolicy' });
    expect(next).toEqual({ ...CONTOSO, organizationMethod: 'groupPolicy', autopilotMode: undefined });
    expect('autopilotMode' in next).toBe(false);
    expect(applyPublishedMethods(CONTOSO, { personalMethod: 'coManagement' })).toEqual({
      organizationName: 'Contoso',
      enrollmentServer: 'EnterpriseEnrollment.contoso.com',
      supportText: 'IT helpdesk, extension 1234',
      supportUrl: 'https://help.contoso.com/enroll',
      organizationMethod: 'autopilot',
      autopilotMode: 'user-driven',
      personalMethod: 'coManagement',
    });
  });
});

describe('diffSettings', () => {
  test('lists changed fields in form order with raw values; scopes as two fields', () => {
    const after: OrgSettingsData = { ...CONTOSO, organizationName: 'Fabrikam', supportUrl: undefined, personalScopes: { mdm: 'some-or-all', mam: 'some-or-all' } };
    expect(diffSettings(CONTOSO, after)).toEqual([
      { field: 'organizationName', before: 'Contoso', after: 'Fabrikam' },
      { field: 'supportUrl', before: 'https://help.contoso.com/enroll' },
      { field: 'personalMdmScope', before: 'none', after: 'some-or-all' },
    ]);
  });

  test('no differences, no changes', () => {
    expect(diffSettings(CONTOSO, { ...CONTOSO })).toEqual([]);
  });
});
