import { resolveInstructionsArgument } from '../../src/bot/instructions-argument';
import { detectIntent, isTooLong, normalizeText, parseCommand } from '../../src/bot/text-input';
import { parseEmployeeTypedAnswer, parseTypedAnswer } from '../../src/bot/typed-answer';
import type { CommandId } from '../../src/content/bot';
import type { EmployeeQuestionId, QuestionId } from '../../src/engine/types';
import { statedAtQuestion } from '../../src/understanding';

describe('commands in English and Dutch', () => {
  test.each<[string, CommandId, string]>([
    ['help', 'help', ''],
    ['Hulp', 'help', ''],
    ['?', 'help', ''],
    ['start', 'start', ''],
    ['Advies!', 'start', ''],
    ['advise', 'start', ''],
    ['recommend', 'start', ''],
    ['begin', 'start', ''],
    ['compare', 'compare', ''],
    ['vergelijk', 'compare', ''],
    ['instructions', 'instructions', ''],
    ['instructies autopilot', 'instructions', 'autopilot'],
    ['Instructions  Group   Policy', 'instructions', 'group policy'],
    ['restart', 'restart', ''],
    ['opnieuw', 'restart', ''],
    ['start over', 'restart', ''],
    ['cancel', 'cancel', ''],
    ['STOP', 'cancel', ''],
    ['back', 'back', ''],
    ['terug', 'back', ''],
    ['language en', 'language', 'en'],
    ['taal nl', 'language', 'nl'],
    ['taal', 'language', ''],
    ['settings', 'settings', ''],
    ['instellingen', 'settings', ''],
    ['taken', 'tasks', ''],
  ])('"%s" is %s with argument "%s"', (text, command, argument) => {
    expect(parseCommand(text)).toEqual({ command, argument });
  });

  test.each(['help me choose a method', 'start over again please', 'stop it now', 'the back office', '1', 'yes', ''])(
    '"%s" is not a command (sentences are not commands)',
    (text) => {
      expect(parseCommand(text)).toBeUndefined();
    },
  );
});

describe('first-message intent', () => {
  test.each([
    ['How do I enroll my laptop?', 'employee'],
    ['hoe schrijf ik mijn apparaat in', 'employee'],
    ['intune', 'employee'],
    ['enroll', 'employee'],
    ['Inschrijven', 'employee'],
    ['Which method should we use for our devices?', 'admin'],
    ['How should we enroll our devices in Intune?', 'admin'],
    ['Welke methode raad je aan voor onze apparaten?', 'admin'],
    ['I need advice on co-management', 'admin'],
    ['hello', undefined],
    ['enrollments-r-us is a shop', undefined],
  ] as const)('"%s" → %s', (text, intent) => {
    expect(detectIntent(text)).toBe(intent);
  });
});

describe('typed answers to admin questions', () => {
  test.each<[QuestionId, string, string | undefined]>([
    ['ownership', '1', 'organization'],
    ['ownership', '3', 'mixed'],
    ['ownership', '4', 'unknown'],
    ['ownership', '5', undefined],
    ['ownership', '0', undefined],
    ['ownership', 'personal', 'personal'],
    ['ownership', 'Both', 'mixed'],
    ['ownership', 'beide', 'mixed'],
    ['ownership', 'BYOD', 'personal'],
    ['ownership', 'Employees', 'personal'],
    ['ownership', '2. Employees (personal / BYOD)', 'personal'],
    ['ownership', 'yes', undefined],
    ['windowsVersion', 'win10-1803-plus', 'win10-1803-plus'],
    ['windowsVersion', 'WIN10-1803-PLUS', 'win10-1803-plus'],
    ['windowsVersion', 'Windows 11', 'win11'],
    ['windowsVersion', 'windows 10', undefined],
    ['windowsVersion', '6', 'unknown'],
    ['azureAdPremium', 'yes', 'yes'],
    ['azureAdPremium', 'Ja', 'yes'],
    ['azureAdPremium', 'nee', 'no'],
    ['azureAdPremium', 'nope.', 'no'],
    ['azureAdPremium', "don't know", 'unknown'],
    ['azureAdPremium', 'I don\u2019t know', 'unknown'],
    ['azureAdPremium', 'weet niet', 'unknown'],
    ['azureAdPremium', 'Geen idee!', 'unknown'],
    ['azureAdPremium', 'unknown', 'unknown'],
    ['configMgr', 'ja', 'keep'],
    ['configMgr', 'no', 'none'],
    ['configMgr', 'keep', 'keep'],
    ['identity', 'hybride', 'hybrid'],
    ['identity', 'cloud only', 'cloud'],
    ['userAffinity', 'kiosk', 'userless'],
    ['manage', 'account', 'account'],
    ['demAccount', 'maybe', undefined],
    ['otherMdm', '', undefined],
  ])('%s: "%s" → %s', (q, text, value) => {
    expect(parseTypedAnswer(q, text)).toBe(value);
  });

  test('a Dutch option label works in an English conversation and vice versa', () => {
    expect(parseTypedAnswer('ownership', 'Beide')).toBe('mixed');
    expect(parseTypedAnswer('configMgr', 'Yes, and we want to keep using it')).toBe('keep');
  });
});

describe('typed answers to employee questions', () => {
  test.each<[EmployeeQuestionId, string, string | undefined]>([
    ['deviceOwner', '1', 'organization'],
    ['deviceOwner', '2', 'personal'],
    ['deviceOwner', '3', undefined],
    ['deviceOwner', 'my own device', 'personal'],
    ['deviceOwner', 'Mijn eigen apparaat', 'personal'],
    ['deviceOwner', 'werk', 'organization'],
    ['obtained', 'shipped-new', 'shipped-new'],
    ['obtained', 'zelf gekocht', 'own-purchase'],
    ['obtained', 'I already use it', 'existing'],
    ['obtained', 'banana', undefined],
  ])('%s: "%s" → %s', (q, text, value) => {
    expect(parseEmployeeTypedAnswer(q, text)).toBe(value);
  });
});

describe('instructions argument', () => {
  test.each([
    ['autopilot', 'autopilot-user-driven', 4],
    ['groepsbeleid', 'group-policy', 0],
    ['Group Policy', 'group-policy', 0],
    ['co-beheer', 'co-management-existing', 1],
    ['automatisch', 'automatic-organization', 7],
    ['autopilot-existing-devices', 'autopilot-existing-devices', 0],
  ] as const)('"%s" → %s with %i other variants', (arg, set, variants) => {
    expect(resolveInstructionsArgument(arg)).toMatchObject({ set });
    expect(resolveInstructionsArgument(arg)?.variants).toHaveLength(variants);
  });

  test.each(['teleport', '__proto__', 'constructor', ''])('"%s" names no instructions', (arg) => {
    expect(resolveInstructionsArgument(arg)).toBeUndefined();
  });
});

describe('text normalization and length', () => {
  test('quotes, spacing, case and trailing punctuation do not matter', () => {
    expect(normalizeText('  Don\u2019t   KNOW?! ')).toBe("don't know");
    expect(normalizeText('?')).toBe('?');
  });

  test('more than 4,000 characters is too long; 4,000 is fine', () => {
    expect(isTooLong('x'.repeat(4000))).toBe(false);
    expect(isTooLong('x'.repeat(4001))).toBe(true);
  });
});

// The advice skips the free-text reading for an option number (src/bot/handlers/advice.ts); that is only the same
// answer as long as no number states a fact, asks back or asks about a term.
describe('an option number is never read as a description', () => {
  const numbers = Array.from({ length: 100 }, (_, n) => [String(n), ` ${n} `, `${n}.`]).flat();
  test.each(['en', 'nl'] as const)('%s: 0–99 state nothing', (lang) => {
    expect(numbers.filter((text) => statedAtQuestion({}, text, lang, (s) => s) !== undefined)).toEqual([]);
  });
});
