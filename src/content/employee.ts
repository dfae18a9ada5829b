import { pick } from './lang';
import type { EmployeeQuestionId, EmployeeValue, Lang, LocalizedEmployeeQuestion } from './types';
import { EMPLOYEE_VALUES } from './types';

type EmployeeTexts = {
  readonly [Q in EmployeeQuestionId]: {
    readonly text: string;
    readonly why: string;
    readonly options: Readonly<Record<EmployeeValue<Q>, string>>;
  };
};

/** Questions an employee can answer without knowing anything about Intune. */
const TEXTS = {
  en: {
    deviceOwner: {
      text: 'Whose device do you want to set up?',
      why: 'A work device and your own device are set up in different ways.',
      options: { organization: 'A work device from my employer or school', personal: 'My own device' },
    },
    obtained: {
      text: 'How did you get this device?',
      why: 'This tells us which set-up screens you will see.',
      options: {
        'new-from-it': 'New, handed to me by IT',
        'shipped-new': 'New, sent straight to me',
        existing: 'I already use it',
        'own-purchase': 'I bought it myself',
      },
    },
    edition: {
      text: 'Which edition of Windows does the device run?',
      why: 'Windows Home cannot be joined to an organization. To check: Settings > System > About, under Windows specifications, Edition.',
      options: { 'pro-or-higher': 'Pro, Enterprise or Education', home: 'Home', 'not-sure': 'I am not sure' },
    },
  },
  nl: {
    deviceOwner: {
      text: 'Welk apparaat wilt u instellen?',
      why: 'Een werkapparaat en uw eigen apparaat worden op een andere manier ingesteld.',
      options: { organization: 'Een werkapparaat van mijn werkgever of school', personal: 'Mijn eigen apparaat' },
    },
    obtained: {
      text: 'Hoe hebt u dit apparaat gekregen?',
      why: 'Zo weten wij welke installatieschermen u te zien krijgt.',
      options: {
        'new-from-it': 'Nieuw, van IT gekregen',
        'shipped-new': 'Nieuw, rechtstreeks naar mij opgestuurd',
        existing: 'Ik gebruik het al',
        'own-purchase': 'Zelf gekocht',
      },
    },
    edition: {
      text: 'Welke editie van Windows draait het apparaat?',
      why: 'Windows Home kan niet aan een organisatie worden toegevoegd. Controleren: Instellingen > Systeem > Info, onder Windows-specificaties, Editie.',
      options: { 'pro-or-higher': 'Pro, Enterprise of Education', home: 'Home-editie', 'not-sure': 'Weet ik niet zeker' },
    },
  },
} satisfies Record<Lang, EmployeeTexts>;

/** One employee-flow question in `lang`: text, why we ask, and a label for every value in the engine's order. */
export function employeeQuestion(id: EmployeeQuestionId, lang: Lang): LocalizedEmployeeQuestion {
  const texts = pick(TEXTS, lang)[id];
  const labels: Readonly<Record<string, string>> = texts.options;
  const values: readonly string[] = EMPLOYEE_VALUES[id];
  return { id, text: texts.text, why: texts.why, options: values.map((value) => ({ value, label: labels[value] ?? value })) };
}
