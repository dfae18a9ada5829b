import { HOSTNAME_PATTERN, HTTPS_URL_PATTERN, SETTINGS_INPUT_IDS, SETTING_NOT_SET, VERBS, buildSettingsCard, collectActions } from '../../src/cards';
import { methodName } from '../../src/content';
import { LANGS } from '../../src/content/types';
import { uiText } from '../../src/content/ui';

interface Input {
  readonly type: string;
  readonly id: string;
  readonly label: string;
  readonly value?: string;
  readonly choices?: readonly { title: string; value: string }[];
}

function inputs(card: { body: readonly unknown[] }): Input[] {
  return card.body.filter((e) => String((e as { type?: string }).type).startsWith('Input.')) as Input[];
}

describe('settings card', () => {
  test.each(LANGS)('[%s] one input per setting, ids as SETTINGS_INPUT_IDS, labels in the user\u2019s language', (lang) => {
    const card = buildSettingsCard({}, lang);
    const found = inputs(card);
    expect(found.map((i) => i.id).sort()).toEqual(Object.values(SETTINGS_INPUT_IDS).sort());
    const s = uiText(lang).settings;
    expect(found.map((i) => i.label)).toEqual([
      s.organizationName,
      s.enrollmentServer,
      s.supportText,
      s.supportUrl,
      s.organizationMethod,
      s.autopilotMode,
      s.personalMethod,
      s.personalMdmScope,
      s.personalMamScope,
    ]);
  });

  test('prefills the current settings', () => {
    const card = buildSettingsCard(
      {
        current: {
          organizationName: 'Contoso',
          enrollmentServer: 'EnterpriseEnrollment.contoso.com',
          supportText: 'Helpdesk 1234',
          supportUrl: 'https://help.contoso.com',
          organizationMethod: 'autopilot',
          autopilotMode: 'pre-provisioned',
          personalMethod: 'automatic',
          personalScopes: { mdm: 'none', mam: 'some-or-all' },
        },
      },
      'en',
    );
    const byId = Object.fromEntries(inputs(card).map((i) => [i.id, i.value]));
    expect(byId).toEqual({
      organizationName: 'Contoso',
      enrollmentServer: 'EnterpriseEnrollment.contoso.com',
      supportText: 'Helpdesk 1234',
      supportUrl: 'https://help.contoso.com',
      organizationMethod: 'autopilot',
      autopilotMode: 'pre-provisioned',
      personalMethod: 'automatic',
      personalMdmScope: 'none',
      personalMamScope: 'some-or-all',
    });
  });

  test('nothing set: every choice set shows "Not set" explicitly, the scopes too', () => {
    const byId = Object.fromEntries(inputs(buildSettingsCard({}, 'nl')).map((i) => [i.id, i]));
    for (const id of ['organizationMethod', 'autopilotMode', 'personalMethod', 'personalMdmScope', 'personalMamScope']) {
      expect(byId[id]?.value).toBe(SETTING_NOT_SET);
      expect(byId[id]?.choices?.[0]).toEqual({ title: 'Niet ingesteld', value: SETTING_NOT_SET });
    }
  });

  test('personal devices can only get the methods the guide allows for them (not Autopilot, not Group Policy)', () => {
    const personal = inputs(buildSettingsCard({}, 'en')).find((i) => i.id === SETTINGS_INPUT_IDS.personalMethod);
    expect(personal?.choices?.map((c) => c.value)).toEqual([SETTING_NOT_SET, 'automatic', 'coManagement']);
    expect(personal?.choices?.[1]?.title).toBe(methodName('automatic', 'en'));
  });

  test('save submits verb saveSettings with the inputs; Cancel closes the form (never stops a running advice) and sends no inputs, so it works while a field is invalid', () => {
    const actions = collectActions(buildSettingsCard({}, 'en'));
    expect(actions.map((a) => a.data)).toEqual([{ verb: VERBS.saveSettings }, { verb: VERBS.closeSettings }]);
    const raw = buildSettingsCard({}, 'en').actions as readonly { associatedInputs: string }[];
    expect(raw.map((a) => a.associatedInputs)).toEqual(['auto', 'none']);
  });

  test.each(LANGS)('[%s] validation problems from the last save are listed above the fields', (lang) => {
    const card = buildSettingsCard({ problems: ['The support link must start with https://.'] }, lang);
    const json = JSON.stringify(card.body.slice(0, 3));
    expect(json).toContain(uiText(lang).settings.problems);
    expect(json).toContain('The support link must start with https://.');
    expect(JSON.stringify(buildSettingsCard({}, lang))).not.toContain(uiText(lang).settings.problems);
  });

  test.each([
    { value: 'EnterpriseEnrollment.contoso.com', host: true },
    { value: 'enterpriseenrollment-s.manage.microsoft.com', host: true },
    { value: 'localhost', host: false },
    { value: 'bad host.com', host: false },
    { value: '-x.contoso.com', host: false },
    { value: 'https://contoso.com', host: false },
  ])('host name check "$value" → $host', ({ value, host }) => {
    expect(new RegExp(HOSTNAME_PATTERN).test(value)).toBe(host);
  });

  test.each([
    { value: 'https://help.contoso.com/x', ok: true },
    { value: 'http://help.contoso.com', ok: false },
    { value: 'javascript:alert(1)', ok: false },
  ])('support link check "$value" → $ok', ({ value, ok }) => {
    expect(new RegExp(HTTPS_URL_PATTERN).test(value)).toBe(ok);
  });
});
