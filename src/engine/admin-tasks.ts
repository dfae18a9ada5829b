import { resolveAnswers, type ResolvedAnswers } from './answers';
import { coManagementPathFor, needsEntraP1 } from './policy';
import { ADMIN_TASK_IDS, type AdminTaskId, type Answers, type CoManagementPath, type MethodId, type Recommendation } from './types';

/** One admin task, and when it belongs in the list (absent = always for its method). */
interface TaskRow {
  readonly id: AdminTaskId;
  readonly when?: (a: ResolvedAnswers, rec: Recommendation) => boolean;
}

/** Organization-owned devices may be among them: organization, mixed, or not known. */
const organizationDevicesInPlay = (a: ResolvedAnswers): boolean => a.ownership !== 'personal';
const bulkPackage = (a: ResolvedAnswers): boolean => a.volume === 'bulk' && organizationDevicesInPlay(a);

/**
 * Devices that join Microsoft Entra ID themselves (OOBE, Settings, Autopilot with Entra join, co-management path b):
 * those need "Users may join devices to Microsoft Entra ID" and a per-user device limit that fits.
 */
function joinsEntra(a: ResolvedAnswers, rec: Recommendation): boolean {
  switch (rec.recommended) {
    case 'automatic':
      return rec.registerPersonal === undefined || organizationDevicesInPlay(a);
    case 'autopilot':
      return rec.autopilotJoin === 'entra';
    case 'coManagement':
      return rec.coManagementPath === 'new-devices';
    default:
      return false;
  }
}

/** Tasks every method needs that the guide never lists; added before the method's own tasks. */
const COMMON: readonly TaskRow[] = [
  // Every enrolled user needs an Intune licence (Learn, "Licenses available for Microsoft Intune", 04/30/2024).
  { id: 'intune-licences' },
  // Blocking until bought: the method needs P1 and it is not confirmed.
  { id: 'entra-p1-licences', when: (a, rec) => a.azureAdPremium !== 'yes' && needsEntraP1(rec.recommended, a) },
  // Setting the MDM user scope takes the Intune Administrator role (Learn, "Enable MDM automatic enrollment for Windows", 02/13/2026).
  { id: 'mdm-scope-role' },
  { id: 'entra-device-settings', when: joinsEntra },
  // A DEM account only where it is used: automatic enrollment (elsewhere Microsoft says it is not needed).
  { id: 'dem-account', when: (a, rec) => a.demAccount === 'yes' && rec.recommended === 'automatic' },
];

/** The reference's "Administrator tasks" per method, in the guide's order, with the tasks the current guidance adds. */
const TASKS: { readonly [M in MethodId]: readonly TaskRow[] } = {
  automatic: [
    { id: 'auto-windows-version' },
    { id: 'auto-cname' },
    { id: 'auto-scopes' },
    // The WCD package is for bulk enrollment, which is for organization-owned devices only.
    { id: 'auto-bulk-package', when: bulkPackage },
    // The package's enrollment account cannot answer an MFA prompt.
    { id: 'bulk-exclude-mfa', when: bulkPackage },
    // The registered-personal-device set: how the devices stay registered and how their data is protected.
    { id: 'byod-keep-registered', when: (_a, rec) => rec.registerPersonal === 'outside-mdm-scope' },
    { id: 'byod-block-personal-enrollment', when: (_a, rec) => rec.registerPersonal === 'block-personal-enrollment' },
    { id: 'byod-corporate-identifiers', when: (_a, rec) => rec.registerPersonal === 'block-personal-enrollment' },
    { id: 'byod-disable-mdm-on-add-account', when: (_a, rec) => rec.registerPersonal !== undefined },
    { id: 'byod-app-protection-edge', when: (_a, rec) => rec.registerPersonal !== undefined },
    { id: 'byod-conditional-access', when: (_a, rec) => rec.registerPersonal !== undefined },
    { id: 'byod-security-center-connector', when: (_a, rec) => rec.registerPersonal !== undefined },
  ],
  autopilot: [
    { id: 'ap-automatic-enrollment' },
    { id: 'ap-register-devices' },
    { id: 'ap-esp' },
    { id: 'ap-deployment-profile' },
    // Hybrid join Autopilot needs the Intune Connector for AD and a Domain Join profile.
    { id: 'ap-intune-connector', when: (_a, rec) => rec.autopilotJoin === 'hybrid' },
    { id: 'ap-domain-join-profile', when: (_a, rec) => rec.autopilotJoin === 'hybrid' },
    { id: 'ap-existing-devices-task-sequence', when: (_a, rec) => rec.autopilotMode === 'existing-devices' },
    { id: 'ap-devices-appear' },
  ],
  groupPolicy: [{ id: 'gp-supported-devices' }, { id: 'gp-register-ad' }, { id: 'gp-hybrid-join' }, { id: 'gp-create-policy' }],
  // Only the path the answers decided; tenant attach sits beside it.
  coManagement: [
    { id: 'cm-path-configmgr-clients', when: (_a, rec) => rec.coManagementPath === 'existing-clients' },
    { id: 'cm-path-intune-devices', when: (_a, rec) => rec.coManagementPath === 'new-devices' },
    { id: 'cm-move-workloads', when: (a) => a.configMgr === 'phasing-out' },
    { id: 'cm-tenant-attach' },
  ],
};

function tasksFor(rec: Recommendation, a: ResolvedAnswers, into: Set<AdminTaskId>): void {
  if (rec.recommended === null) return;
  for (const row of [...COMMON, ...TASKS[rec.recommended]]) if (row.when === undefined || row.when(a, rec)) into.add(row.id);
}

/**
 * The admin tasks that apply, in ADMIN_TASK_IDS order (what every method needs first, 'guide-users' last); a mixed
 * fleet gets the union of its segments' tasks. Empty when the answers contradict each other (nothing to set up yet).
 */
export function adminTasks(rec: Recommendation, answers: Answers): AdminTaskId[] {
  const a = resolveAnswers(answers);
  if (rec.recommended === null) return [];
  const ids = new Set<AdminTaskId>(['guide-users']);
  if (rec.segments === undefined) {
    tasksFor(rec, a, ids);
  } else {
    tasksFor(rec.segments.organization, { ...a, ownership: 'organization' }, ids);
    tasksFor(rec.segments.personal, { ...a, ownership: 'personal' }, ids);
  }
  return ADMIN_TASK_IDS.filter((id) => ids.has(id));
}

/**
 * Which co-management path the answers point to: devices already in Intune, new devices or cloud-only identity take
 * path b (new-devices); existing Configuration Manager clients take path a (existing-clients).
 */
export function coManagementPath(answers: Answers): CoManagementPath {
  return coManagementPathFor(resolveAnswers(answers));
}
