import { instructionSets, recommend, type Answers, type InstructionSetId, type Recommendation } from '../../src/engine';

const ORG: Answers = { ownership: 'organization', windowsVersion: 'win11', azureAdPremium: 'yes', identity: 'cloud', configMgr: 'none', otherMdm: 'no' };

interface Row {
  readonly name: string;
  readonly answers: Answers;
  /** Overrides of the recommendation's shared-contract fields (autopilotJoin, coManagementPath), as issue 9 fills them. */
  readonly rec?: Partial<Pick<Recommendation, 'autopilotJoin' | 'coManagementPath' | 'autopilotMode'>>;
  readonly method: Recommendation['recommended'];
  readonly sets: readonly InstructionSetId[];
}

const ROWS: readonly Row[] = [
  { name: 'automatic, new organization devices', answers: { ...ORG, deviceAge: 'new' }, method: 'automatic', sets: ['automatic-organization'] },
  { name: 'automatic, devices already in use', answers: { ...ORG, deviceAge: 'existing' }, method: 'automatic', sets: ['automatic-organization-existing'] },
  { name: 'automatic, new and existing', answers: { ...ORG, deviceAge: 'both' }, method: 'automatic', sets: ['automatic-organization', 'automatic-organization-existing'] },
  { name: 'automatic in bulk', answers: { ...ORG, volume: 'bulk', deviceAge: 'new' }, method: 'automatic', sets: ['automatic-organization', 'automatic-bulk'] },
  { name: 'personal, manage only the account → register', answers: { ownership: 'personal', manage: 'account' }, method: 'automatic', sets: ['automatic-personal-register'] },
  { name: 'personal, manage the device → join', answers: { ownership: 'personal', manage: 'device' }, method: 'automatic', sets: ['automatic-personal-join'] },
  { name: 'personal, what to manage unknown → register, ask IT', answers: { ownership: 'personal' }, method: 'automatic', sets: ['automatic-personal-register-general'] },
  { name: 'Autopilot user-driven, Entra join', answers: { ...ORG, purchase: 'autopilot-partner' }, rec: { autopilotMode: 'user-driven', autopilotJoin: 'entra' }, method: 'autopilot', sets: ['autopilot-user-driven'] },
  { name: 'Autopilot user-driven, hybrid join', answers: { ...ORG, purchase: 'autopilot-partner' }, rec: { autopilotMode: 'user-driven', autopilotJoin: 'hybrid' }, method: 'autopilot', sets: ['autopilot-hybrid'] },
  { name: 'Autopilot pre-provisioned, hybrid join', answers: { ...ORG, purchase: 'autopilot-partner' }, rec: { autopilotMode: 'pre-provisioned', autopilotJoin: 'hybrid' }, method: 'autopilot', sets: ['autopilot-hybrid'] },
  { name: 'Autopilot pre-provisioned, Entra join', answers: { ...ORG, purchase: 'autopilot-partner' }, rec: { autopilotMode: 'pre-provisioned', autopilotJoin: 'entra' }, method: 'autopilot', sets: ['autopilot-pre-provisioned'] },
  { name: 'Autopilot self-deploying is never hybrid', answers: { ...ORG, purchase: 'autopilot-partner' }, rec: { autopilotMode: 'self-deploying', autopilotJoin: 'hybrid' }, method: 'autopilot', sets: ['autopilot-self-deploying'] },
  { name: 'Autopilot for existing devices', answers: { ...ORG, purchase: 'autopilot-partner' }, rec: { autopilotMode: 'existing-devices' }, method: 'autopilot', sets: ['autopilot-existing-devices'] },
  { name: 'co-management, existing clients', answers: { ...ORG, configMgr: 'keep' }, rec: { coManagementPath: 'existing-clients' }, method: 'coManagement', sets: ['co-management-existing'] },
  { name: 'co-management, new devices', answers: { ...ORG, configMgr: 'keep' }, rec: { coManagementPath: 'new-devices' }, method: 'coManagement', sets: ['co-management-new'] },
  { name: 'co-management, path from the answers (devices already in Intune)', answers: { ...ORG, configMgr: 'keep', alreadyInIntune: 'yes' }, method: 'coManagement', sets: ['co-management-new'] },
  // The engine always decides the path (issue 9): with nothing known about identity or age, existing clients (path a).
  { name: 'co-management, identity and age unknown: the engine decides path a', answers: { ...ORG, configMgr: 'keep', identity: 'unknown' }, method: 'coManagement', sets: ['co-management-existing'] },
  { name: 'kiosks with automatic enrollment: nothing to do, never single-user steps', answers: { ...ORG, userAffinity: 'userless', deviceAge: 'new' }, method: 'automatic', sets: ['userless-nothing-to-do'] },
  { name: 'kiosks with co-management: nothing to do', answers: { ...ORG, configMgr: 'keep', userAffinity: 'userless' }, method: 'coManagement', sets: ['userless-nothing-to-do'] },
  { name: 'single-user and shared devices: both sets', answers: { ...ORG, userAffinity: 'both', deviceAge: 'new' }, method: 'automatic', sets: ['automatic-organization', 'userless-nothing-to-do'] },
  { name: 'contradictory answers: no sets', answers: { ownership: 'personal', userAffinity: 'userless' }, method: null, sets: [] },
];

describe('instruction sets for an admin result', () => {
  test.each(ROWS)('$name', ({ answers, rec, method, sets }) => {
    const base = recommend(answers);
    expect(base.recommended).toBe(method);
    expect(instructionSets({ ...base, ...rec }, answers)).toEqual(sets);
  });

  test.each(ROWS.filter((r) => r.answers.userAffinity === 'userless'))('$name: no single-user set at all', ({ answers, rec }) => {
    const sets = instructionSets({ ...recommend(answers), ...rec }, answers);
    const singleUser: InstructionSetId[] = ['automatic-organization', 'automatic-organization-existing', 'autopilot-user-driven', 'autopilot-hybrid', 'co-management-new'];
    expect(sets.filter((s) => singleUser.includes(s))).toEqual([]);
  });
});
