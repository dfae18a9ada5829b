import { resolveAnswers, type ResolvedAnswers } from './answers';
import type { AdminTaskId, Answers, CoManagementPath, MethodId, Recommendation } from './types';

/** One admin task, and when it belongs in the list (absent = always for its method). */
interface TaskRow {
  readonly id: AdminTaskId;
  readonly when?: (a: ResolvedAnswers, rec: Recommendation) => boolean;
}

/** Organization-owned devices may be among them: organization, mixed, or not known. */
const organizationDevicesInPlay = (a: ResolvedAnswers): boolean => a.ownership !== 'personal';

/** The reference's "Administrator tasks" per method, in the guide's order; 'guide-users' is appended last. */
const TASKS: { readonly [M in MethodId]: readonly TaskRow[] } = {
  automatic: [
    { id: 'auto-windows-version' },
    { id: 'auto-cname' },
    { id: 'auto-scopes' },
    // The WCD package is for bulk enrollment, which is for organization-owned devices only.
    { id: 'auto-bulk-package', when: (a) => a.volume === 'bulk' && organizationDevicesInPlay(a) },
  ],
  autopilot: [
    { id: 'ap-automatic-enrollment' },
    { id: 'ap-register-devices' },
    { id: 'ap-deployment-profile' },
    // Hybrid joined devices (or on-premises ones Autopilot will hybrid join) need the Intune Connector for AD.
    { id: 'ap-intune-connector', when: (a) => a.identity === 'hybrid' || a.identity === 'onprem' },
    { id: 'ap-existing-devices-task-sequence', when: (_a, rec) => rec.autopilotMode === 'existing-devices' },
    { id: 'ap-devices-appear' },
  ],
  groupPolicy: [{ id: 'gp-supported-devices' }, { id: 'gp-register-ad' }, { id: 'gp-hybrid-join' }, { id: 'gp-create-policy' }],
  // Both set-up paths are listed; coManagementPath() says which one applies. Tenant attach sits beside them.
  coManagement: [
    { id: 'cm-choose-path' },
    { id: 'cm-path-configmgr-clients' },
    { id: 'cm-path-intune-devices' },
    { id: 'cm-tenant-attach' },
  ],
};

function tasksFor(rec: Recommendation, a: ResolvedAnswers): AdminTaskId[] {
  if (rec.recommended === null) return [];
  return TASKS[rec.recommended].filter((row) => row.when === undefined || row.when(a, rec)).map((row) => row.id);
}

/**
 * The recommended method's admin tasks in order, 'guide-users' last; a mixed fleet gets the union of its
 * segments' tasks without duplicates. Empty when the answers contradict each other (nothing to set up yet).
 */
export function adminTasks(rec: Recommendation, answers: Answers): AdminTaskId[] {
  const a = resolveAnswers(answers);
  if (rec.recommended === null) return [];
  const ids =
    rec.segments === undefined
      ? tasksFor(rec, a)
      : [
          ...tasksFor(rec.segments.organization, { ...a, ownership: 'organization' }),
          ...tasksFor(rec.segments.personal, { ...a, ownership: 'personal' }),
        ];
  return [...new Set(ids), 'guide-users'];
}

/**
 * Which co-management path applies: devices already in Intune are brought under Configuration Manager (b);
 * devices that are not are existing Configuration Manager clients enrolled automatically (a); null when unknown.
 */
export function coManagementPath(answers: Answers): CoManagementPath | null {
  switch (answers.alreadyInIntune) {
    case 'yes':
      return 'new-devices';
    case 'no':
      return 'existing-clients';
    default:
      return null;
  }
}
