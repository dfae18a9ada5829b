import {
  EMPLOYEE_QUESTION_VALUES,
  employeeInstructionSet,
  employeeNextQuestion,
  employeeQuestionTotal,
  isEmployeeAnswerValue,
  managesPersonalDevices,
  type EmployeeAnswerValue,
  type EmployeeAnswers,
  type EmployeeQuestionId,
  type InstructionSetId,
  type OrganizationSettings,
} from '../../src/engine';
import { ORGANIZATION, PERSONAL } from '../fixtures/employee-rows';

type Edition = EmployeeAnswerValue<'edition'>;

/** Runs the flow like an employee would: answer each question asked until done; returns the questions and the set. */
function runFlow(given: EmployeeAnswers, org: OrganizationSettings): { asked: EmployeeQuestionId[]; set: InstructionSetId } {
  const asked: EmployeeQuestionId[] = [];
  let answers: EmployeeAnswers = {};
  for (let i = 0; i < 5; i++) {
    const next = employeeNextQuestion(answers, org);
    if (next.done) return { asked, set: employeeInstructionSet(answers, org) };
    asked.push(next.question);
    const value = given[next.question];
    if (value === undefined) throw new Error(`the flow asked ${next.question}, which this row does not answer`);
    answers = { ...answers, [next.question]: value };
  }
  throw new Error('the flow did not finish');
}

const WORK_DEVICE_ROWS = ORGANIZATION.flatMap((row) =>
  EMPLOYEE_QUESTION_VALUES.obtained.map((obtained) => ({
    name: `${row.name}: work device, ${obtained}`,
    org: row.org,
    obtained,
    set: row.sets[obtained],
    // Only a device bought in a shop is asked about its edition before join steps.
    asked: obtained === 'own-purchase' ? ['deviceOwner', 'obtained', 'edition'] : ['deviceOwner', 'obtained'],
  })),
);

describe('employee flow: work devices, every published method × how the device was obtained', () => {
  test.each(WORK_DEVICE_ROWS)('$name → $set', ({ org, obtained, set, asked }) => {
    const flow = runFlow({ deviceOwner: 'organization', obtained, edition: 'pro-or-higher' }, org);
    expect(flow).toEqual({ asked, set });
  });

  test.each(ORGANIZATION)('$name: a work device bought on Windows Home gets the Home set, not join steps', ({ org }) => {
    expect(runFlow({ deviceOwner: 'organization', obtained: 'own-purchase', edition: 'home' }, org).set).toBe('windows-home-no-join');
  });

  test.each(ORGANIZATION)('$name: "not sure" of the edition still gets the join steps, which start with the edition check', ({ org }) => {
    expect(runFlow({ deviceOwner: 'organization', obtained: 'own-purchase', edition: 'not-sure' }, org).set).toBe('automatic-organization-existing');
  });
});

const PERSONAL_ROWS = PERSONAL.flatMap((row) =>
  typeof row.byEdition === 'string'
    ? [{ name: row.name, org: row.org, edition: 'pro-or-higher' as Edition, set: row.byEdition, asked: ['deviceOwner'] }]
    : EMPLOYEE_QUESTION_VALUES.edition.map((edition) => ({
        name: `${row.name}, ${edition}`,
        org: row.org,
        edition,
        set: (row.byEdition as Readonly<Record<Edition, InstructionSetId>>)[edition],
        asked: ['deviceOwner', 'edition'],
      })),
);

describe('employee flow: personal devices, every published personal choice', () => {
  test.each(PERSONAL_ROWS)('$name → $set', ({ org, edition, set, asked }) => {
    expect(runFlow({ deviceOwner: 'personal', edition }, org)).toEqual({ asked, set });
  });

  const everyOrg: OrganizationSettings[] = [...ORGANIZATION.map((r) => r.org), ...PERSONAL.map((r) => r.org)].flatMap((org) => [
    org,
    { ...org, personalScopes: { mdm: 'none', mam: 'none' } },
    { ...org, personalMethod: 'automatic' },
  ]);

  test.each(everyOrg.filter((org) => !managesPersonalDevices(org)))(
    'no published "manage personal devices" choice (%j): never a join set, for any edition',
    (org) => {
      for (const edition of EMPLOYEE_QUESTION_VALUES.edition) {
        const set = runFlow({ deviceOwner: 'personal', edition }, org).set;
        expect(set).not.toBe('automatic-personal-join');
        expect(set).not.toBe('automatic-organization-existing');
        expect(set.startsWith('automatic-personal-register')).toBe(true);
      }
    },
  );
});

describe('employee flow: what it asks', () => {
  test.each<[EmployeeAnswers, OrganizationSettings, number]>([
    [{}, {}, 2],
    [{ deviceOwner: 'personal' }, {}, 1],
    [{ deviceOwner: 'personal' }, { personalMethod: 'coManagement' }, 2],
    [{ deviceOwner: 'organization', obtained: 'own-purchase' }, {}, 3],
    [{ deviceOwner: 'organization', obtained: 'existing' }, {}, 2],
  ])('%j with %j: at most %i questions', (answers, org, total) => {
    expect(employeeQuestionTotal(answers, org)).toBe(total);
  });

  test.each([
    ['deviceOwner', 'personal', true],
    ['deviceOwner', 'mine', false],
    ['obtained', 'shipped-new', true],
    ['obtained', 'organization', false],
    ['edition', 'home', true],
    ['edition', 'Home', false],
    ['obtained', 42, false],
    ['__proto__', 'personal', false],
  ] as const)('isEmployeeAnswerValue(%s, %p) → %p', (q, v, ok) => {
    expect(isEmployeeAnswerValue(q as 'obtained', v)).toBe(ok);
  });
});
