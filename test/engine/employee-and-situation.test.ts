import {
  CRITERION_IDS,
  employeeInstructionSet,
  employeeNextQuestion,
  isEmployeeAnswerValue,
  situation,
  type Answers,
  type CriterionId,
  type EmployeeAnswers,
  type EmployeeNextQuestion,
  type InstructionSetId,
  type OrganizationSettings,
  type SituationMark,
} from '../../src/engine';

describe('employee flow: at most two questions', () => {
  test.each<[EmployeeAnswers, EmployeeNextQuestion]>([
    [{}, { done: false, question: 'deviceOwner' }],
    [{ deviceOwner: 'organization' }, { done: false, question: 'obtained' }],
    [{ deviceOwner: 'personal' }, { done: true }],
    [{ deviceOwner: 'organization', obtained: 'existing' }, { done: true }],
  ])('%j → %j', (answers, next) => {
    expect(employeeNextQuestion(answers)).toEqual(next);
  });

  test.each([
    ['deviceOwner', 'personal', true],
    ['deviceOwner', 'mine', false],
    ['obtained', 'shipped-new', true],
    ['obtained', 'organization', false],
    ['obtained', 42, false],
    ['__proto__', 'personal', false],
  ] as const)('isEmployeeAnswerValue(%s, %p) → %p', (q, v, ok) => {
    expect(isEmployeeAnswerValue(q as 'obtained', v)).toBe(ok);
  });
});

interface EmployeeRow {
  readonly name: string;
  readonly answers: EmployeeAnswers;
  readonly org?: OrganizationSettings;
  readonly set: InstructionSetId;
}

const EMPLOYEE: readonly EmployeeRow[] = [
  { name: 'no settings, organization device → automatic (organization)', answers: { deviceOwner: 'organization', obtained: 'new-from-it' }, set: 'automatic-organization' },
  { name: 'no settings, shipped new → still automatic: Autopilot only when the organization says so', answers: { deviceOwner: 'organization', obtained: 'shipped-new' }, set: 'automatic-organization' },
  { name: 'no settings, personal device → join', answers: { deviceOwner: 'personal' }, set: 'automatic-personal-join' },
  {
    name: 'personal device, scopes manage only the account → register',
    answers: { deviceOwner: 'personal' },
    org: { personalScopes: { mdm: 'none', mam: 'some-or-all' } },
    set: 'automatic-personal-register',
  },
  {
    name: 'personal device, both scopes → join',
    answers: { deviceOwner: 'personal', obtained: 'own-purchase' },
    org: { personalScopes: { mdm: 'some-or-all', mam: 'some-or-all' } },
    set: 'automatic-personal-join',
  },
  { name: 'personal device, co-managed organization → co-management', answers: { deviceOwner: 'personal' }, org: { personalMethod: 'coManagement' }, set: 'co-management' },
  {
    name: 'Autopilot organization, shipped new → its mode',
    answers: { deviceOwner: 'organization', obtained: 'shipped-new' },
    org: { organizationMethod: 'autopilot', autopilotMode: 'user-driven' },
    set: 'autopilot-user-driven',
  },
  {
    name: 'Autopilot organization, new from IT, pre-provisioned',
    answers: { deviceOwner: 'organization', obtained: 'new-from-it' },
    org: { organizationMethod: 'autopilot', autopilotMode: 'pre-provisioned' },
    set: 'autopilot-pre-provisioned',
  },
  {
    name: 'Autopilot organization, kiosk device new from IT',
    answers: { deviceOwner: 'organization', obtained: 'new-from-it' },
    org: { organizationMethod: 'autopilot', autopilotMode: 'self-deploying' },
    set: 'autopilot-self-deploying',
  },
  {
    name: 'Autopilot for existing devices, device already in use',
    answers: { deviceOwner: 'organization', obtained: 'existing' },
    org: { organizationMethod: 'autopilot', autopilotMode: 'existing-devices' },
    set: 'autopilot-existing-devices',
  },
  {
    name: 'Autopilot for existing devices, but this device is new → user-driven',
    answers: { deviceOwner: 'organization', obtained: 'new-from-it' },
    org: { organizationMethod: 'autopilot', autopilotMode: 'existing-devices' },
    set: 'autopilot-user-driven',
  },
  {
    name: 'user-driven Autopilot, device already in use → automatic (Autopilot needs a new or reset device)',
    answers: { deviceOwner: 'organization', obtained: 'existing' },
    org: { organizationMethod: 'autopilot', autopilotMode: 'user-driven' },
    set: 'automatic-organization',
  },
  { name: 'Group Policy organization', answers: { deviceOwner: 'organization', obtained: 'existing' }, org: { organizationMethod: 'groupPolicy' }, set: 'group-policy' },
  { name: 'co-management organization', answers: { deviceOwner: 'organization', obtained: 'new-from-it' }, org: { organizationMethod: 'coManagement' }, set: 'co-management' },
  {
    name: 'organization device the employee bought: not registered with Autopilot, not domain-joined',
    answers: { deviceOwner: 'organization', obtained: 'own-purchase' },
    org: { organizationMethod: 'groupPolicy' },
    set: 'automatic-organization',
  },
];

describe('employeeInstructionSet', () => {
  test.each(EMPLOYEE)('$name', ({ answers, org, set }) => {
    expect(employeeInstructionSet(answers, org)).toBe(set);
  });
});

describe('situation: which comparison rows describe the admin', () => {
  const expectRows = (answers: Answers, rows: Partial<Record<CriterionId, SituationMark>>): void => {
    const marks = situation(answers);
    expect(Object.keys(marks)).toEqual([...CRITERION_IDS]);
    for (const c of CRITERION_IDS) expect([c, marks[c]]).toEqual([c, rows[c] ?? 'unknown']);
  };

  test('nothing answered: nothing known', () => expectRows({}, {}));

  test('a hybrid, ConfigMgr organization with kiosks and remote staff', () =>
    expectRows(
      {
        ownership: 'organization',
        azureAdPremium: 'yes',
        identity: 'hybrid',
        configMgr: 'keep',
        userAffinity: 'userless',
        remoteWorkers: 'yes',
        purchase: 'other',
        demAccount: 'no',
        otherMdm: 'no',
        alreadyInIntune: 'yes',
        windowsVersion: 'win11',
        volume: 'bulk',
        conditionalAccess: 'yes',
      },
      {
        premium: 'applies',
        caBulk: 'applies',
        personal: 'doesNotApply',
        organization: 'applies',
        newOrExisting: 'applies',
        volume: 'applies',
        singleUser: 'doesNotApply',
        userless: 'applies',
        dem: 'doesNotApply',
        otherMdm: 'doesNotApply',
        autopilotPartner: 'doesNotApply',
        hybridJoined: 'applies',
        remoteWorkers: 'applies',
        configMgr: 'applies',
        enrolledInIntune: 'applies',
      },
    ));

  test('a mixed cloud fleet without Premium, few devices', () =>
    expectRows(
      { ownership: 'mixed', azureAdPremium: 'no', identity: 'cloud', configMgr: 'none', userAffinity: 'both', volume: 'few', demAccount: 'yes' },
      {
        premium: 'doesNotApply',
        caBulk: 'doesNotApply',
        personal: 'applies',
        organization: 'applies',
        volume: 'applies',
        singleUser: 'applies',
        userless: 'applies',
        dem: 'applies',
        hybridJoined: 'doesNotApply',
        configMgr: 'doesNotApply',
      },
    ));
});
