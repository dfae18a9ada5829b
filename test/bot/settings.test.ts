import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import { createBotRuntime } from '../../src/bot/runtime';
import type { SettingsAdmin } from '../../src/bot/handlers/settings';
import { settingsStorage } from '../../src/bot/state/settings-storage';
import { ConflictAwareMemoryStorage } from '../../src/bot/state/storage-stores';
import { publishedMethods } from '../../src/cards';
import { localizeInstructions } from '../../src/content';
import { conversationText } from '../../src/content/conversation';
import { settingsFieldName, settingsText } from '../../src/content/settings';
import { uiText } from '../../src/content/ui';
import { LANGS, type Lang } from '../../src/content/types';
import { recommend } from '../../src/engine';
import type { Answers } from '../../src/engine/types';
import { createStorageSettingsStore, type KeyValueStore, type OrgSettingsData, type SettingsStore } from '../../src/settings';
import { answerButtons, buttonData, cardOf, cardText, Conversation, finishAdvice, LOCALE, questionOf, replyText, titleOf } from './harness';
import { CONVERSATION_SCENARIOS } from './scenarios';

const CONTOSO_TENANT = '6d3c8e2a-1b4f-4c7e-9a2d-5f8b0c1e7a93';
const FABRIKAM_TENANT = '9b1e2c3d-4f5a-4b6c-8d7e-0f1a2b3c4d5e';
const ADMIN = '0f9c7b7e-3c1a-4d2e-8f4b-2a6d9e1c5b70';
const EMPLOYEE = '5e2f1a3b-7c4d-4e8f-9a0b-1c2d3e4f5a61';
const SETTINGS_WORD: Readonly<Record<Lang, string>> = { en: 'settings', nl: 'instellingen' };

function scenarioAnswers(name: string): Answers {
  const found = CONVERSATION_SCENARIOS.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no scenario ${name}`);
  return found.answers;
}
const AUTOPILOT = scenarioAnswers('new laptops from an Autopilot partner, cloud-only');
const MIXED = scenarioAnswers('mixed fleet with remote workers');

/** A Teams activity from `aadObjectId` in `tenantId` (the tenant as Teams sends it, in channelData). */
function teams(tenantId: string | undefined, aadObjectId: string | undefined): Partial<Activity> {
  return {
    channelId: 'msteams',
    ...(tenantId === undefined ? {} : { channelData: { tenant: { id: tenantId } } }),
    from: { id: `29:${aadObjectId ?? 'anonymous'}`, name: 'Someone', ...(aadObjectId === undefined ? {} : { aadObjectId }) },
  };
}

function admins(store: SettingsStore): SettingsAdmin {
  return { store, adminAadObjectIds: [ADMIN], now: () => new Date('2026-02-01T09:30:00.000Z') };
}

interface Setup {
  readonly store: SettingsStore;
  readonly conversation: (tenantId: string | undefined, user: string | undefined, lang?: Lang) => Conversation;
}

/** One settings store shared by every conversation (as all tenants share the bot's storage). */
function setup(kv: KeyValueStore = new MemoryStorage()): Setup {
  const store = createStorageSettingsStore(kv);
  let count = 0;
  return {
    store,
    // Each conversation has its own id, as in Teams (activity ids repeat across test conversations).
    conversation: (tenantId, user, lang = 'en') =>
      new Conversation(
        { locale: LOCALE[lang], settingsAdmin: admins(store) },
        { ...teams(tenantId, user), conversation: { id: `conversation-${++count}`, isGroup: false, conversationType: 'personal', name: '' } },
      ),
  };
}

/**
 * Clicks "Use this for our organization" on the result card, checks the card now asks for confirmation (nothing
 * posted), clicks "Yes, publish" with `change` applied to its data, and returns the replies to that.
 */
async function publishConfirmed(
  c: Conversation,
  advice: { readonly result: Partial<Activity> | undefined },
  change: (data: Record<string, unknown>) => Record<string, unknown> = (d) => d,
): Promise<Partial<Activity>[]> {
  expect(await c.clickOn(advice.result, publishButton(advice))).toEqual([]);
  const asking = cardOf(c.adapter.updates.at(-1));
  const yes = buttonData(asking).find((d) => d.verb === 'publish' && d.confirmed === true);
  expect(yes).toBeDefined();
  const replies = await c.clickOn(advice.result, change(yes ?? {}));
  return replies;
}

function publishButton(advice: { readonly result: Partial<Activity> | undefined }): Record<string, unknown> {
  const found = buttonData(cardOf(advice.result)).find((d) => d.verb === 'publish');
  if (found === undefined) throw new Error('no publish button on the recommendation card');
  return found;
}

/** The data of the settings card's Save button (verb and revision). */
function saveButton(replies: readonly Partial<Activity>[]): Record<string, unknown> {
  for (const reply of replies) {
    const found = buttonData(cardOf(reply)).find((d) => d.verb === 'saveSettings');
    if (found !== undefined) return found;
  }
  throw new Error('no settings card in the replies');
}

/** The settings card's input values by id. */
function formValues(reply: Partial<Activity> | undefined): Record<string, unknown> {
  const body = (cardOf(reply)?.body ?? []) as { type?: string; id?: string; value?: unknown }[];
  return Object.fromEntries(body.filter((e) => String(e.type).startsWith('Input.')).map((e) => [e.id, e.value]));
}

const FORM = {
  organizationName: 'Contoso',
  enrollmentServer: 'EnterpriseEnrollment.contoso.com',
  supportText: 'Call the Contoso helpdesk on 1234.',
  supportUrl: 'https://help.contoso.com/enroll',
  organizationMethod: 'autopilot',
  autopilotMode: 'self-deploying',
  personalMethod: 'automatic',
  personalMdmScope: 'none',
  personalMamScope: 'some-or-all',
} as const;

const FORM_SETTINGS: OrgSettingsData = {
  organizationName: 'Contoso',
  enrollmentServer: 'EnterpriseEnrollment.contoso.com',
  supportText: 'Call the Contoso helpdesk on 1234.',
  supportUrl: 'https://help.contoso.com/enroll',
  organizationMethod: 'autopilot',
  autopilotMode: 'self-deploying',
  personalMethod: 'automatic',
  personalScopes: { mdm: 'none', mam: 'some-or-all' },
};

/** Opens the settings card as the admin and saves `inputs` with its Save button. */
async function saveForm(c: Conversation, lang: Lang, inputs: Record<string, unknown>): Promise<Partial<Activity>[]> {
  const form = await c.say(SETTINGS_WORD[lang]);
  return c.click({ ...saveButton(form), ...inputs });
}

describe.each(LANGS)('organization settings in %s', (lang) => {
  const t = settingsText(lang);

  test('an administrator publishes the advice: the methods come from the stored result, the bot lists what changed', async () => {
    const { store, conversation } = setup();
    const c = conversation(CONTOSO_TENANT, ADMIN, lang);
    const result = await finishAdvice(c, AUTOPILOT, lang === 'nl' ? 'advies' : 'start');
    const replies = await publishConfirmed(c, result);
    expect(titleOf(replies[0])).toBe(t.published.title);
    // The result card's button now reads "Published" and cannot be clicked again.
    const card = cardOf(c.adapter.updates.at(-1));
    expect(JSON.stringify(card)).toContain(`\u2714 ${conversationText(lang).publish.published}`);
    expect(JSON.stringify(card)).toContain('"isEnabled":false');
    const text = cardText(cardOf(replies[0]));
    expect(text).toContain(`${settingsFieldName('organizationMethod', lang)}: ${t.notSet} \u2192 Windows Autopilot`);
    expect(text).toContain(t.published.addValues);
    expect(buttonData(cardOf(replies[0]))).toContainEqual({ verb: 'settings' });
    expect(await store.read(CONTOSO_TENANT)).toEqual(publishedMethods(recommend(AUTOPILOT), AUTOPILOT));
    expect((await store.readRecord(CONTOSO_TENANT))?.history).toEqual([
      { at: '2026-02-01T09:30:00.000Z', by: ADMIN, source: 'publish', fields: ['organizationMethod', 'autopilotMode'] },
    ]);
  });

  test('someone who is not an administrator is refused politely and nothing changes', async () => {
    const { store, conversation } = setup();
    const c = conversation(CONTOSO_TENANT, EMPLOYEE, lang);
    const result = await finishAdvice(c, AUTOPILOT, lang === 'nl' ? 'advies' : 'start');
    for (const attempt of [publishButton(result), { verb: 'settings' }, { verb: 'saveSettings', ...FORM }]) {
      const replies = await c.click(attempt);
      expect(replies).toHaveLength(1);
      expect(titleOf(replies[0])).toBe(t.refused.title);
    }
    expect(titleOf((await c.say(SETTINGS_WORD[lang]))[0])).toBe(t.refused.title);
    expect(await store.readRecord(CONTOSO_TENANT)).toBeUndefined();
    const refusals = c.log.lines().filter((l) => l.msg === 'organization settings change refused: not an administrator');
    expect(refusals.map((l) => l.action)).toEqual(['publish', 'view', 'save', 'view']);
    expect(refusals.every((l) => l.userAadObjectId === EMPLOYEE && l.tenantId === CONTOSO_TENANT)).toBe(true);
  });

  test('an administrator saves the settings card: the bot confirms each change and employees get the values', async () => {
    const { store, conversation } = setup();
    const admin = conversation(CONTOSO_TENANT, ADMIN, lang);
    const form = await admin.say(SETTINGS_WORD[lang]);
    expect(titleOf(form[0])).toBe(uiText(lang).settings.title);
    expect(saveButton(form)).toEqual({ verb: 'saveSettings', revision: 0 });
    const saved = await admin.click({ ...saveButton(form), ...FORM });
    expect(titleOf(saved[0])).toBe(`\u2714 ${t.saved.title}`);
    const text = cardText(cardOf(saved[0]));
    expect(text).toContain(`${settingsFieldName('enrollmentServer', lang)}: ${t.notSet} \u2192 \u201cEnterpriseEnrollment.contoso.com\u201d`);
    expect(text).toContain(`${settingsFieldName('organizationMethod', lang)}: ${t.notSet} \u2192 Windows Autopilot`);
    expect(await store.read(CONTOSO_TENANT)).toEqual(FORM_SETTINGS);
    // The next form shows what is stored, at the new revision.
    const again = await admin.say(SETTINGS_WORD[lang]);
    expect(formValues(again[0])).toEqual(FORM);
    expect(saveButton(again)).toEqual({ verb: 'saveSettings', revision: 1 });

    const employee = conversation(CONTOSO_TENANT, EMPLOYEE, lang);
    const instructions = await employee.say(lang === 'nl' ? 'instructies autopilot' : 'instructions autopilot');
    const card = cardText(cardOf(instructions[0]));
    expect(card).toContain('Contoso');
    expect(card).toContain('Call the Contoso helpdesk on 1234.');
    expect(card).not.toContain(uiText(lang).instructions.generalNotice);
  });

  test('invalid fields are listed on the card by name, what was typed is kept, and nothing is saved', async () => {
    const { store, conversation } = setup();
    const c = conversation(CONTOSO_TENANT, ADMIN, lang);
    const replies = await saveForm(c, lang, { ...FORM, enrollmentServer: 'https://enroll.contoso.com/x', supportUrl: 'http://help.contoso.com', personalMethod: 'groupPolicy' });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toBe(t.form.problemsLead);
    const text = cardText(cardOf(replies[0]));
    for (const field of ['enrollmentServer', 'supportUrl', 'personalMethod'] as const) expect(text).toContain(`${settingsFieldName(field, lang)}:`);
    expect(text).not.toContain(`${settingsFieldName('organizationName', lang)}:`);
    expect(formValues(replies[0])).toMatchObject({ enrollmentServer: 'https://enroll.contoso.com/x', organizationName: 'Contoso' });
    expect(await store.readRecord(CONTOSO_TENANT)).toBeUndefined();
  });

  test('a form opened before another administrator saved is not saved over their change', async () => {
    const { store, conversation } = setup();
    const first = conversation(CONTOSO_TENANT, ADMIN, lang);
    const second = conversation(CONTOSO_TENANT, ADMIN, lang);
    const staleForm = await second.say(SETTINGS_WORD[lang]);
    await saveForm(first, lang, FORM);
    const replies = await second.click({ ...saveButton(staleForm), organizationName: 'Overwritten' });
    expect(titleOf(replies[0])).toBe(t.conflict.title);
    expect(formValues(replies[1])).toEqual(FORM);
    expect(await store.read(CONTOSO_TENANT)).toEqual(FORM_SETTINGS);
  });

  test('closing the settings card saves nothing and leaves a running advice at the same question', async () => {
    const { store, conversation } = setup();
    const c = conversation(CONTOSO_TENANT, ADMIN, lang);
    const firstQuestion = await c.say(lang === 'nl' ? 'advies' : 'start');
    const asked = questionOf(cardOf(firstQuestion[0]));
    expect(asked).toBeDefined();
    const form = await c.say(SETTINGS_WORD[lang]);
    const close = buttonData(cardOf(form[0])).find((d) => d.verb === 'closeSettings');
    expect(close).toEqual({ verb: 'closeSettings' });
    const closed = await c.click(close);
    expect(closed).toHaveLength(1);
    expect(titleOf(closed[0])).toBe(t.closed.title);
    expect(await store.readRecord(CONTOSO_TENANT)).toBeUndefined();
    // The advice still runs: an answer to the question asked before opening the settings moves it on.
    const answerButton = answerButtons(cardOf(firstQuestion[0]))[0];
    const next = await c.clickOn(firstQuestion[0], answerButton);
    expect(next.some((reply) => titleOf(reply) === t.closed.title)).toBe(false);
    expect(questionOf(cardOf(c.liveCard()))).not.toBe(asked);
    expect(questionOf(cardOf(c.liveCard()))).toBeDefined();
  });

  test('saving the same values says nothing changed', async () => {
    const { conversation } = setup();
    const c = conversation(CONTOSO_TENANT, ADMIN, lang);
    await saveForm(c, lang, FORM);
    expect(titleOf((await saveForm(c, lang, FORM))[0])).toBe(`\u2714 ${t.unchanged.title}`);
  });

  test('after Save the same card shows the saved values and "Saved"; Save again on it is not someone else\u2019s change', async () => {
    const { conversation } = setup();
    const c = conversation(CONTOSO_TENANT, ADMIN, lang);
    const form = await c.say(SETTINGS_WORD[lang]);
    expect(await c.clickOn(form[0], { ...saveButton(form), ...FORM })).toEqual([]);
    const updated = c.adapter.updates.at(-1);
    expect(updated?.id).toBe(form[0]?.id);
    expect(titleOf(updated)).toBe(`\u2714 ${t.saved.title}`);
    expect(formValues(updated)).toEqual(FORM);
    expect(saveButton([updated ?? {}])).toEqual({ verb: 'saveSettings', revision: 1 });
    // The old Save (revision 0) with the same values: nothing changed, not "changed by someone else".
    await c.clickOn(form[0], { ...saveButton(form), ...FORM });
    expect(titleOf(c.adapter.updates.at(-1))).toBe(`\u2714 ${t.unchanged.title}`);
  });
});

describe('employees served with the published settings', () => {
  /** Asks how to enroll and clicks the employee answers; returns the final replies (instruction card, plain text). */
  async function employeeFlow(c: Conversation, ask: string, values: readonly string[]): Promise<Partial<Activity>[]> {
    let replies = await c.say(ask);
    for (const value of values) {
      const button = buttonData(cardOf(replies[0])).find((d) => d.verb === 'employeeAnswer' && d.value === value);
      if (button === undefined) throw new Error(`no employee button ${value}`);
      replies = await c.click(button);
    }
    return replies;
  }

  test.each(LANGS)('[%s] own device: the method the admin chose, the server name where it must be typed, the support contact at the end', async (lang) => {
    const { conversation } = setup();
    await saveForm(conversation(CONTOSO_TENANT, ADMIN, lang), lang, FORM);
    const employee = conversation(CONTOSO_TENANT, EMPLOYEE, lang);
    const done = await employeeFlow(employee, lang === 'nl' ? 'Hoe schrijf ik mijn laptop in?' : 'How do I enroll my laptop?', ['personal']);
    const expected = localizeInstructions('automatic-personal-register', lang, FORM_SETTINGS);
    expect(titleOf(done[0])).toBe(expected.title);
    const card = cardText(cardOf(done[0]));
    expect(card).toContain('EnterpriseEnrollment.contoso.com');
    expect(card).toContain(expected.outro);
    expect(expected.outro).toContain('Call the Contoso helpdesk on 1234.');
    // Employees get the card only; the plain text for e-mail is a link on it.
    expect(done).toHaveLength(1);
  });

  test.each(LANGS)('[%s] a work device in an Autopilot organization gets the published Autopilot mode', async (lang) => {
    const { conversation } = setup();
    await saveForm(conversation(CONTOSO_TENANT, ADMIN, lang), lang, FORM);
    const done = await employeeFlow(conversation(CONTOSO_TENANT, EMPLOYEE, lang), lang === 'nl' ? 'Hoe schrijf ik mijn laptop in?' : 'How do I enroll my laptop?', [
      'organization',
      'new-from-it',
    ]);
    expect(titleOf(done[0])).toBe(localizeInstructions('autopilot-self-deploying', lang).title);
  });

  test.each(LANGS)('[%s] without published settings: the general instructions, and a sentence saying so', async (lang) => {
    const { conversation } = setup();
    const done = await employeeFlow(conversation(CONTOSO_TENANT, EMPLOYEE, lang), lang === 'nl' ? 'Hoe schrijf ik mijn laptop in?' : 'How do I enroll my laptop?', ['personal']);
    const card = cardText(cardOf(done[0]));
    expect(titleOf(done[0])).toBe(localizeInstructions('automatic-personal-register-general', lang).title);
    expect(card).toContain(uiText(lang).instructions.generalNotice);
    expect(card).not.toContain('contoso');
  });
});

describe('tenant isolation', () => {
  test('tenant B never sees or changes tenant A’s settings, whatever ids its submits carry', async () => {
    const { store, conversation } = setup();
    await saveForm(conversation(CONTOSO_TENANT, ADMIN), 'en', FORM);

    const fabrikam = conversation(FABRIKAM_TENANT, ADMIN);
    const form = await fabrikam.say('settings');
    expect(Object.values(formValues(form[0])).filter((v) => v !== '' && v !== 'not-set')).toEqual([]);
    // Ids smuggled into the submit are ignored: the tenant is the activity's.
    const saved = await fabrikam.click({ ...saveButton(form), organizationName: 'Fabrikam', tenantId: CONTOSO_TENANT, tenant: { id: CONTOSO_TENANT } });
    expect(titleOf(saved[0])).toBe('\u2714 Settings saved');
    expect(await store.read(CONTOSO_TENANT)).toEqual(FORM_SETTINGS);
    expect(await store.read(FABRIKAM_TENANT)).toEqual({ organizationName: 'Fabrikam' });

    const employee = conversation(FABRIKAM_TENANT, EMPLOYEE);
    const card = cardText(cardOf((await employee.say('instructions autopilot'))[0]));
    expect(card).not.toContain('Contoso');
    expect(card).toContain('Fabrikam');
  });

  test('channelData.tenant wins over conversation.tenantId', async () => {
    const { store } = setup();
    const c = new Conversation(
      { locale: 'en-US', settingsAdmin: admins(store) },
      { ...teams(FABRIKAM_TENANT, ADMIN), conversation: { id: 'conv-1', tenantId: CONTOSO_TENANT, isGroup: false, conversationType: 'personal', name: '' } },
    );
    await saveForm(c, 'en', { organizationName: 'Fabrikam' });
    expect(await store.read(FABRIKAM_TENANT)).toEqual({ organizationName: 'Fabrikam' });
    expect(await store.read(CONTOSO_TENANT)).toBeUndefined();
  });

  test('without any tenant the bot says settings need an organization, and saves nothing', async () => {
    const { conversation } = setup();
    const replies = await conversation(undefined, ADMIN).say('settings');
    expect(titleOf(replies[0])).toBe(settingsText('en').noTenant.title);
  });
});

describe('publishing', () => {
  test('method ids in a tampered publish button are ignored: the stored advice is published, and the tampering logged', async () => {
    const { store, conversation } = setup();
    const c = conversation(CONTOSO_TENANT, ADMIN);
    const result = await finishAdvice(c, AUTOPILOT);
    const replies = await publishConfirmed(c, result, (yes) => ({ ...yes, settings: { organizationMethod: 'groupPolicy', personalMethod: 'autopilot' } }));
    expect(titleOf(replies[0])).toBe('Published for your organization');
    expect((await store.read(CONTOSO_TENANT))?.organizationMethod).toBe('autopilot');
    expect(c.log.lines().some((l) => l.msg === 'publish button carried methods that differ from the stored advice; published the stored advice')).toBe(true);
  });

  test('a publish button of an advice that is no longer kept changes nothing', async () => {
    const { store, conversation } = setup();
    const c = conversation(CONTOSO_TENANT, ADMIN);
    const old = publishButton(await finishAdvice(c, AUTOPILOT));
    await finishAdvice(c, MIXED);
    const replies = await c.click(old);
    expect(titleOf(replies[0])).toBe('That advice is no longer here');
    expect(await store.readRecord(CONTOSO_TENANT)).toBeUndefined();
  });

  test('a mixed fleet publishes both kinds of device; publishing again changes nothing; the form values stay', async () => {
    const { store, conversation } = setup();
    const c = conversation(CONTOSO_TENANT, ADMIN);
    await saveForm(c, 'en', { organizationName: 'Contoso', enrollmentServer: 'EnterpriseEnrollment.contoso.com', supportText: 'Call 1234' });
    const result = await finishAdvice(c, MIXED);
    const published = await publishConfirmed(c, result);
    // What the bot recommended from the questions it asked (the interview may stop before every answer is used).
    const expected = publishButton(result).settings as ReturnType<typeof publishedMethods>;
    expect(expected.organizationMethod).toBeDefined();
    expect(expected.personalMethod).toBeDefined();
    expect(await store.read(CONTOSO_TENANT)).toEqual({ organizationName: 'Contoso', enrollmentServer: 'EnterpriseEnrollment.contoso.com', supportText: 'Call 1234', ...expected });
    expect(cardText(cardOf(published[0]))).not.toContain(settingsText('en').published.addValues);
    expect(titleOf((await publishConfirmed(c, result))[0])).toBe('Nothing changed');
  });
});

describe('failures and wiring', () => {
  test('a store that cannot be written answers "not saved", logs the error, and the conversation goes on', async () => {
    const failing: KeyValueStore = {
      read: async () => ({}),
      write: async () => {
        throw new Error('blob storage unreachable');
      },
    };
    const { conversation } = setup(failing);
    const c = conversation(CONTOSO_TENANT, ADMIN);
    const replies = await saveForm(c, 'en', FORM);
    expect(titleOf(replies[0])).toBe('Not saved');
    expect(replyText(replies[0] ?? {})).not.toContain('unreachable');
    expect(c.log.lines().some((l) => l.msg === 'could not save organization settings')).toBe(true);
    expect(titleOf((await c.say('help'))[0])).toBe('What you can type');
  });

  test('every change is logged with who, when and what — and only then', async () => {
    const { conversation } = setup();
    const c = conversation(CONTOSO_TENANT, ADMIN);
    await saveForm(c, 'en', { organizationName: 'Contoso' });
    const logged = c.log.lines().filter((l) => l.msg === 'organization settings changed');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      tenantId: CONTOSO_TENANT,
      changedBy: ADMIN,
      at: '2026-02-01T09:30:00.000Z',
      source: 'form',
      revision: 1,
      changes: [{ field: 'organizationName', from: null, to: 'Contoso' }],
    });
  });

  test('without a settings store every settings action says it is not available', async () => {
    const c = new Conversation({ locale: 'nl-NL' }, teams(CONTOSO_TENANT, ADMIN));
    expect(titleOf((await c.say('instellingen'))[0])).toBe(settingsText('nl').unavailable.title);
  });

  test('the runtime keeps settings in the bot’s own Storage, with ADMIN_AAD_OBJECT_IDS from the config', async () => {
    const storage = new ConflictAwareMemoryStorage();
    const runtime = createBotRuntime({
      config: { bot: { appType: 'MultiTenant' }, publicBaseUrl: 'https://advisor.example.com', adminAadObjectIds: [ADMIN] },
      logger: pino({ level: 'silent' }),
      storage,
    });
    const adapter = new TestAdapter((context) => runtime.bot.run(context));
    const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
      await adapter.processActivity({ type: 'message', ...teams(CONTOSO_TENANT, ADMIN), ...activity });
      return adapter.activeQueue.splice(0);
    };
    const form = await send({ text: 'settings' });
    expect(titleOf((await send({ value: { ...saveButton(form), organizationName: 'Contoso' } }))[0])).toBe('\u2714 Settings saved');
    expect(await runtime.settings.read(CONTOSO_TENANT)).toEqual({ organizationName: 'Contoso' });
    // Another process over the same storage (e.g. a second instance on blob storage) reads the same settings.
    expect(await createStorageSettingsStore(settingsStorage(storage, pino({ level: 'silent' }))).read(CONTOSO_TENANT)).toEqual({ organizationName: 'Contoso' });
  });
});
