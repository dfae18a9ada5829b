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
import { TYPICAL_ORGANIZATION } from './support';

const ORG = TYPICAL_ORGANIZATION;

interface Row {
  readonly name: string;
  readonly answers: Answers;
  readonly tasks: readonly AdminTaskId[];
  readonly sets: readonly InstructionSetId[];
}

/** What every enrollment needs first: licences, the admin role for the MDM user scope. */
const COMMON: readonly AdminTaskId[] = ['intune-licences', 'mdm-scope-role'];
/** Devices that join Microsoft Entra ID themselves need "Users may join devices" and room under the device limit. */
const JOIN: readonly AdminTaskId[] = [...COMMON, 'entra-device-settings'];
const AUTO: readonly AdminTaskId[] = ['auto-windows-version', 'auto-cname', 'auto-scopes'];
const BYOD_PROTECTION: readonly AdminTaskId[] = [
  'byod-disable-mdm-on-add-account',
  'byod-app-protection-edge',
  'byod-conditional-access',
  'byod-security-center-connector',
];

const ROWS: readonly Row[] = [
  {
    name: 'automatic enrollment, a few organization devices',
    answers: ORG,
    tasks: [...JOIN, ...AUTO, 'guide-users'],
    sets: ['automatic-organization'],
  },
  {
    name: 'no Entra ID P1: getting it is the first task, before anything else works',
    answers: { ...ORG, azureAdPremium: 'no' },
    tasks: ['intune-licences', 'entra-p1-licences', 'mdm-scope-role', 'entra-device-settings', ...AUTO, 'guide-users'],
    sets: ['automatic-organization'],
  },
  {
    name: 'automatic enrollment in bulk: the WCD package, and its account excluded from MFA Conditional Access',
    answers: { ...ORG, volume: 'bulk' },
    tasks: [...JOIN, ...AUTO, 'auto-bulk-package', 'bulk-exclude-mfa', 'guide-users'],
    sets: ['automatic-organization', 'automatic-bulk'],
  },
  {
    name: 'bulk with a DEM account: the DEM task, since automatic enrollment is where DEM is used',
    answers: { ...ORG, volume: 'bulk', demAccount: 'yes' },
    tasks: [...JOIN, 'dem-account', ...AUTO, 'auto-bulk-package', 'bulk-exclude-mfa', 'guide-users'],
    sets: ['automatic-organization', 'automatic-bulk'],
  },
  {
    name: 'personal devices in bulk: no bulk package (bulk is for organization devices)',
    answers: { ownership: 'personal', volume: 'bulk', manage: 'device', azureAdPremium: 'yes' },
    tasks: [...JOIN, ...AUTO, 'guide-users'],
    sets: ['automatic-personal-join'],
  },
  {
    name: 'personal devices, account only: registered, their own task set (out of the MDM scope, app protection for Edge)',
    answers: { ownership: 'personal', manage: 'account' },
    tasks: [...COMMON, ...AUTO, 'byod-keep-registered', ...BYOD_PROTECTION, 'guide-users'],
    sets: ['automatic-personal-register'],
  },
  {
    name: 'personal devices, both managed: users join (WIP is retired, so no account-only set)',
    answers: { ownership: 'personal', manage: 'both', azureAdPremium: 'yes' },
    tasks: [...JOIN, ...AUTO, 'guide-users'],
    sets: ['automatic-personal-join'],
  },
  {
    name: 'Autopilot, cloud-only: Entra join, an ESP, no Intune Connector',
    answers: { ...ORG, purchase: 'autopilot-partner' },
    tasks: [...JOIN, 'ap-automatic-enrollment', 'ap-register-devices', 'ap-esp', 'ap-deployment-profile', 'ap-devices-appear', 'guide-users'],
    sets: ['autopilot-user-driven'],
  },
  {
    name: 'Autopilot, hybrid domain, new devices: Entra join as Microsoft recommends, so no connector',
    answers: { ...ORG, purchase: 'autopilot-partner', identity: 'hybrid', volume: 'bulk', deviceAge: 'new' },
    tasks: [...JOIN, 'ap-automatic-enrollment', 'ap-register-devices', 'ap-esp', 'ap-deployment-profile', 'ap-devices-appear', 'guide-users'],
    sets: ['autopilot-pre-provisioned'],
  },
  {
    name: 'Autopilot for existing hybrid joined devices: the Intune Connector for AD and a Domain Join profile',
    answers: { ...ORG, purchase: 'autopilot-partner', identity: 'hybrid', volume: 'bulk', deviceAge: 'existing' },
    tasks: [
      ...COMMON,
      'ap-automatic-enrollment',
      'ap-register-devices',
      'ap-esp',
      'ap-deployment-profile',
      'ap-intune-connector',
      'ap-domain-join-profile',
      'ap-devices-appear',
      'guide-users',
    ],
    sets: ['autopilot-hybrid'],
  },
  {
    name: 'Autopilot for existing Windows 7 devices: the task sequence, hybrid join',
    answers: { ...ORG, windowsVersion: 'win7', configMgr: 'keep', identity: 'hybrid' },
    tasks: [
      ...COMMON,
      'ap-automatic-enrollment',
      'ap-register-devices',
      'ap-esp',
      'ap-deployment-profile',
      'ap-intune-connector',
      'ap-domain-join-profile',
      'ap-existing-devices-task-sequence',
      'ap-devices-appear',
      'guide-users',
    ],
    sets: ['autopilot-existing-devices'],
  },
  {
    name: 'Autopilot self-deploying kiosks: Entra join only',
    answers: { ...ORG, remoteWorkers: 'yes', userAffinity: 'userless', identity: 'hybrid', deviceAge: 'existing' },
    tasks: [...JOIN, 'ap-automatic-enrollment', 'ap-register-devices', 'ap-esp', 'ap-deployment-profile', 'ap-devices-appear', 'guide-users'],
    sets: ['autopilot-self-deploying'],
  },
  {
    name: 'Group Policy for existing domain-joined devices: no Entra "join" settings (hybrid join)',
    answers: { ...ORG, identity: 'hybrid', deviceAge: 'existing' },
    tasks: [...COMMON, 'gp-supported-devices', 'gp-register-ad', 'gp-hybrid-join', 'gp-create-policy', 'guide-users'],
    sets: ['group-policy'],
  },
  {
    name: 'co-management, existing hybrid joined clients: path a only, no path b',
    answers: { ...ORG, configMgr: 'keep', identity: 'hybrid', deviceAge: 'existing' },
    tasks: [...COMMON, 'cm-path-configmgr-clients', 'cm-tenant-attach', 'guide-users'],
    sets: ['co-management-existing'],
  },
  {
    name: 'co-management, cloud identity: path b only (Entra join, then the client through a CMG)',
    answers: { ...ORG, configMgr: 'keep' },
    tasks: [...JOIN, 'cm-path-intune-devices', 'cm-tenant-attach', 'guide-users'],
    sets: ['co-management-new'],
  },
  {
    name: 'co-management with a DEM account: no DEM task (Microsoft: not needed with co-management)',
    answers: { ...ORG, configMgr: 'keep', identity: 'hybrid', deviceAge: 'existing', demAccount: 'yes' },
    tasks: [...COMMON, 'cm-path-configmgr-clients', 'cm-tenant-attach', 'guide-users'],
    sets: ['co-management-existing'],
  },
  {
    name: 'Configuration Manager phased out: path a for the existing clients, then move the workloads',
    answers: { ...ORG, configMgr: 'phasing-out', identity: 'hybrid', deviceAge: 'existing' },
    tasks: [...COMMON, 'cm-path-configmgr-clients', 'cm-move-workloads', 'cm-tenant-attach', 'guide-users'],
    sets: ['co-management-existing'],
  },
  {
    name: 'mixed fleet, work account only on personal devices: Autopilot tasks plus the block and its corporate identifiers',
    answers: { ...ORG, ownership: 'mixed', purchase: 'autopilot-partner', manage: 'account' },
    tasks: [
      ...JOIN,
      ...AUTO,
      'byod-block-personal-enrollment',
      'byod-corporate-identifiers',
      ...BYOD_PROTECTION,
      'ap-automatic-enrollment',
      'ap-register-devices',
      'ap-esp',
      'ap-deployment-profile',
      'ap-devices-appear',
      'guide-users',
    ],
    sets: ['autopilot-user-driven', 'automatic-personal-register'],
  },
  {
    name: 'mixed fleet in bulk with automatic for both: organization and personal sets',
    answers: { ...ORG, ownership: 'mixed', volume: 'bulk', manage: 'device' },
    tasks: [...JOIN, ...AUTO, 'auto-bulk-package', 'bulk-exclude-mfa', 'guide-users'],
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

describe('which co-management path applies: chosen from the answers, and the same in the result', () => {
  test.each<[Answers, CoManagementPath]>([
    [{ alreadyInIntune: 'yes', identity: 'hybrid', deviceAge: 'existing' }, 'new-devices'],
    [{ alreadyInIntune: 'no', identity: 'hybrid', deviceAge: 'existing' }, 'existing-clients'],
    [{ identity: 'cloud' }, 'new-devices'],
    [{ identity: 'hybrid', deviceAge: 'new' }, 'new-devices'],
    [{ identity: 'onprem', deviceAge: 'both' }, 'existing-clients'],
    [{}, 'existing-clients'],
  ])('%j → %p', (answers, path) => {
    expect(coManagementPath(answers)).toBe(path);
    expect(recommend({ ownership: 'organization', configMgr: 'keep', ...answers }).coManagementPath).toBe(path);
  });
});
