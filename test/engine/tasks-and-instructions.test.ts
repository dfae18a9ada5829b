import {
  adminTasks,
  coManagementPath,
  instructionSets,
  recommend,
  type AdminTaskId,
  type Answers,
  type CoManagementPath,
  type InstructionSetId,
} from '../../src/engine';
import { makeAnswers } from './support';

const ORG = makeAnswers({
  ownership: 'organization',
  windowsVersion: 'win11',
  azureAdPremium: 'yes',
  identity: 'cloud',
  configMgr: 'none',
  purchase: 'other',
  remoteWorkers: 'no',
  demAccount: 'no',
  otherMdm: 'no',
  userAffinity: 'single',
  volume: 'few',
});

interface Row {
  readonly name: string;
  readonly answers: Answers;
  readonly tasks: readonly AdminTaskId[];
  readonly sets: readonly InstructionSetId[];
}

const ROWS: readonly Row[] = [
  {
    name: 'automatic enrollment, a few organization devices',
    answers: ORG,
    tasks: ['auto-windows-version', 'auto-cname', 'auto-scopes', 'guide-users'],
    sets: ['automatic-organization'],
  },
  {
    name: 'automatic enrollment in bulk: the WCD package and its instructions',
    answers: { ...ORG, volume: 'bulk' },
    tasks: ['auto-windows-version', 'auto-cname', 'auto-scopes', 'auto-bulk-package', 'guide-users'],
    sets: ['automatic-organization', 'automatic-bulk'],
  },
  {
    name: 'personal devices in bulk: no bulk package (bulk is for organization devices)',
    answers: { ownership: 'personal', volume: 'bulk', manage: 'device' },
    tasks: ['auto-windows-version', 'auto-cname', 'auto-scopes', 'guide-users'],
    sets: ['automatic-personal-join'],
  },
  {
    name: 'personal devices, account only: users register the work account',
    answers: { ownership: 'personal', manage: 'account' },
    tasks: ['auto-windows-version', 'auto-cname', 'auto-scopes', 'guide-users'],
    sets: ['automatic-personal-register'],
  },
  {
    name: 'personal devices, both managed: users join',
    answers: { ownership: 'personal', manage: 'both' },
    tasks: ['auto-windows-version', 'auto-cname', 'auto-scopes', 'guide-users'],
    sets: ['automatic-personal-join'],
  },
  {
    name: 'Autopilot, cloud-only: no Intune Connector',
    answers: { ...ORG, purchase: 'autopilot-partner' },
    tasks: ['ap-automatic-enrollment', 'ap-register-devices', 'ap-deployment-profile', 'ap-devices-appear', 'guide-users'],
    sets: ['autopilot-user-driven'],
  },
  {
    name: 'Autopilot for hybrid joined devices: the Intune Connector for AD',
    answers: { ...ORG, purchase: 'autopilot-partner', identity: 'hybrid', volume: 'bulk' },
    tasks: ['ap-automatic-enrollment', 'ap-register-devices', 'ap-deployment-profile', 'ap-intune-connector', 'ap-devices-appear', 'guide-users'],
    sets: ['autopilot-pre-provisioned'],
  },
  {
    name: 'Autopilot for existing Windows 7 devices: the task sequence',
    answers: { ...ORG, windowsVersion: 'win7', configMgr: 'keep', identity: 'hybrid' },
    tasks: [
      'ap-automatic-enrollment',
      'ap-register-devices',
      'ap-deployment-profile',
      'ap-intune-connector',
      'ap-existing-devices-task-sequence',
      'ap-devices-appear',
      'guide-users',
    ],
    sets: ['autopilot-existing-devices'],
  },
  {
    name: 'Autopilot self-deploying kiosks',
    answers: { ...ORG, remoteWorkers: 'yes', userAffinity: 'userless' },
    tasks: ['ap-automatic-enrollment', 'ap-register-devices', 'ap-deployment-profile', 'ap-devices-appear', 'guide-users'],
    sets: ['autopilot-self-deploying'],
  },
  {
    name: 'Group Policy',
    answers: { ...ORG, identity: 'hybrid' },
    tasks: ['gp-supported-devices', 'gp-register-ad', 'gp-hybrid-join', 'gp-create-policy', 'guide-users'],
    sets: ['group-policy'],
  },
  {
    name: 'co-management lists both paths and tenant attach beside them',
    answers: { ...ORG, configMgr: 'keep' },
    tasks: ['cm-choose-path', 'cm-path-configmgr-clients', 'cm-path-intune-devices', 'cm-tenant-attach', 'guide-users'],
    sets: ['co-management-existing', 'co-management-new'],
  },
  {
    name: 'mixed fleet: both segments’ tasks once, guide-users last',
    answers: { ...ORG, ownership: 'mixed', purchase: 'autopilot-partner', manage: 'account' },
    tasks: [
      'ap-automatic-enrollment',
      'ap-register-devices',
      'ap-deployment-profile',
      'ap-devices-appear',
      'auto-windows-version',
      'auto-cname',
      'auto-scopes',
      'guide-users',
    ],
    sets: ['autopilot-user-driven', 'automatic-personal-register'],
  },
  {
    name: 'mixed fleet in bulk with automatic for both: organization and personal sets',
    answers: { ...ORG, ownership: 'mixed', volume: 'bulk', manage: 'device' },
    tasks: ['auto-windows-version', 'auto-cname', 'auto-scopes', 'auto-bulk-package', 'guide-users'],
    sets: ['automatic-organization', 'automatic-bulk', 'automatic-personal-join'],
  },
  {
    name: 'contradictory answers: nothing to set up or forward yet',
    answers: { ownership: 'personal', userAffinity: 'userless' },
    tasks: [],
    sets: [],
  },
];

describe('admin tasks and end-user instruction sets', () => {
  test.each(ROWS)('$name', ({ answers, tasks, sets }) => {
    const rec = recommend(answers);
    expect(adminTasks(rec, answers)).toEqual(tasks);
    expect(instructionSets(rec, answers)).toEqual(sets);
  });
});

describe('which co-management path applies', () => {
  test.each<[Answers, CoManagementPath | null]>([
    [{ alreadyInIntune: 'yes' }, 'new-devices'],
    [{ alreadyInIntune: 'no' }, 'existing-clients'],
    [{ alreadyInIntune: 'unknown' }, null],
    [{}, null],
  ])('%j → %p', (answers, path) => {
    expect(coManagementPath(answers)).toBe(path);
  });
});
