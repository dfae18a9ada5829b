import { instructionsPageText } from '../../src/content/instructions-page';
import { messageExtensionText } from '../../src/content/message-extension';
import { settingsChangeText, settingsFieldName, settingsProblemText, settingsText, settingsValueText } from '../../src/content/settings';
import { LANGS, type Lang } from '../../src/content/types';
import { SETTINGS_FIELDS, type SettingsProblem } from '../../src/settings';
import { textProblems } from '../content/text-inventory';
import { SHAPE_MISMATCH, textLeaves, type TextLeaf } from '../helpers/text-leaves';

/** Text functions are called with sample field values. */
const SAMPLE_ARGS = ['Sample', 'Other', 'Third'];

const TABLES = {
  settings: textLeaves(settingsText('en'), settingsText('nl'), SAMPLE_ARGS),
  messageExtension: textLeaves(messageExtensionText('en'), messageExtensionText('nl'), SAMPLE_ARGS),
  instructionsPage: textLeaves(instructionsPageText('en'), instructionsPageText('nl'), SAMPLE_ARGS),
};
const ALL: TextLeaf[] = Object.entries(TABLES).flatMap(([table, rows]) => rows.map((r) => ({ ...r, path: `${table}${r.path}` })));
/** Texts that are the same in both languages on purpose. */
const SAME = new Set(['settings.quote', 'settings.change']);

describe('texts of settings, the helpdesk search and the printable page', () => {
  test('there are texts to check', () => {
    expect(ALL.length).toBeGreaterThan(40);
  });

  test.each(ALL)('$path is clean in both languages', ({ en, nl }) => {
    expect(textProblems(en)).toEqual([]);
    expect(textProblems(nl)).toEqual([]);
    expect(nl).not.toMatch(new RegExp(`^${SHAPE_MISMATCH}`));
  });

  test.each(ALL.filter((l) => !SAME.has(l.path)))('$path is translated', ({ en, nl }) => {
    expect(nl).not.toBe(en);
  });
});

const PROBLEMS: readonly SettingsProblem[] = [
  { field: 'organizationName', code: 'too-long', max: 100 },
  { field: 'organizationName', code: 'not-text' },
  { field: 'enrollmentServer', code: 'not-a-hostname' },
  { field: 'supportUrl', code: 'not-https' },
  { field: 'supportText', code: 'contains-link' },
  { field: 'organizationMethod', code: 'unknown-choice' },
  { field: 'personalMethod', code: 'not-for-personal' },
  { field: 'personalMamScope', code: 'scope-missing' },
];

describe.each(LANGS)('settings wording in %s', (lang: Lang) => {
  test.each(PROBLEMS)('problem $code names the field $field first', (problem) => {
    const text = settingsProblemText(problem, lang);
    expect(text.startsWith(`${settingsFieldName(problem.field, lang)}:`)).toBe(true);
    expect(textProblems(text)).toEqual([]);
  });

  test('the personal-method problem names the methods the guide allows for personal devices', () => {
    const text = settingsProblemText({ field: 'personalMethod', code: 'not-for-personal' }, lang).toLowerCase();
    expect(text).toContain(lang === 'en' ? 'automatic enrollment' : 'automatische inschrijving');
    expect(text).toContain(lang === 'en' ? 'co-management' : 'co-beheer');
    expect(text).not.toContain('autopilot');
  });

  test('every field has its own name', () => {
    const names = SETTINGS_FIELDS.map((f) => settingsFieldName(f, lang));
    expect(new Set(names).size).toBe(SETTINGS_FIELDS.length);
  });

  test('change lines show method, mode and scope names, quoted text, and "not set"', () => {
    const t = settingsText(lang);
    expect(settingsChangeText({ field: 'organizationMethod', after: 'autopilot' }, lang)).toBe(
      `${settingsFieldName('organizationMethod', lang)}: ${t.notSet} \u2192 Windows Autopilot`,
    );
    expect(settingsChangeText({ field: 'organizationName', before: 'Contoso', after: 'Fabrikam' }, lang)).toContain('\u201cContoso\u201d \u2192 \u201cFabrikam\u201d');
    expect(settingsValueText('personalMdmScope', 'some-or-all', lang)).toBe(lang === 'en' ? 'Some or All' : 'Sommige of Alle');
    expect(settingsValueText('autopilotMode', 'self-deploying', lang)).not.toBe('self-deploying');
  });
});
