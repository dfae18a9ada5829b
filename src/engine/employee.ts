import {
  EMPLOYEE_QUESTION_VALUES,
  type AutopilotMode,
  type EmployeeAnswerValue,
  type EmployeeAnswers,
  type EmployeeNextQuestion,
  type EmployeeQuestionId,
  type InstructionSetId,
  type OrganizationSettings,
} from './types';

/** True when `v` is one of the values the employee question `q` offers. */
export function isEmployeeAnswerValue<Q extends EmployeeQuestionId>(q: Q, v: unknown): v is EmployeeAnswerValue<Q> {
  const values: readonly string[] | undefined = Object.prototype.hasOwnProperty.call(EMPLOYEE_QUESTION_VALUES, q)
    ? EMPLOYEE_QUESTION_VALUES[q]
    : undefined;
  return typeof v === 'string' && values !== undefined && values.includes(v);
}

/** At most two questions: who owns the device, then (organization devices only) how the employee got it. */
export function employeeNextQuestion(e: EmployeeAnswers): EmployeeNextQuestion {
  if (e.deviceOwner === undefined) return { done: false, question: 'deviceOwner' };
  // A personal device is enrolled the same way however it was bought.
  if (e.deviceOwner === 'organization' && e.obtained === undefined) return { done: false, question: 'obtained' };
  return { done: true };
}

/** Autopilot for a device that arrives new: existing-devices mode is for machines already in use. */
function autopilotForNew(mode: AutopilotMode | undefined): InstructionSetId {
  switch (mode) {
    case 'self-deploying':
      return 'autopilot-self-deploying';
    case 'pre-provisioned':
      return 'autopilot-pre-provisioned';
    default:
      return 'autopilot-user-driven';
  }
}

/** New devices follow the organization's method; without settings, the general default is automatic enrollment. */
function forNewDevice(org: OrganizationSettings): InstructionSetId {
  switch (org.organizationMethod) {
    case 'autopilot':
      return autopilotForNew(org.autopilotMode);
    case 'groupPolicy':
      return 'group-policy';
    case 'coManagement':
      return 'co-management';
    default:
      return 'automatic-organization';
  }
}

/**
 * Organization devices, by how the employee got them:
 *
 * | obtained      | organization method → instruction set                                                        |
 * |---------------|----------------------------------------------------------------------------------------------|
 * | new-from-it   | autopilot → its mode (existing-devices → user-driven); groupPolicy; coManagement; else automatic-organization |
 * | shipped-new   | same as new-from-it: only an organization that uses Autopilot gets Autopilot instructions   |
 * | existing      | autopilot in existing-devices mode → autopilot-existing-devices; other Autopilot modes need a new or reset device, so automatic-organization; groupPolicy; coManagement; else automatic-organization |
 * | own-purchase  | automatic-organization: not registered with Autopilot, not domain-joined, not a Configuration Manager client |
 * | (not given)   | same as new-from-it                                                                          |
 */
const ORGANIZATION_DEVICE: { readonly [V in EmployeeAnswerValue<'obtained'>]: (org: OrganizationSettings) => InstructionSetId } = {
  'new-from-it': forNewDevice,
  'shipped-new': forNewDevice,
  existing: (org) =>
    org.organizationMethod === 'autopilot'
      ? org.autopilotMode === 'existing-devices'
        ? 'autopilot-existing-devices'
        : 'automatic-organization'
      : forNewDevice(org),
  'own-purchase': () => 'automatic-organization',
};

/**
 * Personal devices: co-management when the organization co-manages personal devices; otherwise automatic
 * enrollment, registering (work account only) when the scopes manage only the account, else joining.
 */
function personalDevice(org: OrganizationSettings): InstructionSetId {
  if (org.personalMethod === 'coManagement') return 'co-management';
  const scopes = org.personalScopes;
  return scopes !== undefined && scopes.mdm === 'none' && scopes.mam === 'some-or-all'
    ? 'automatic-personal-register'
    : 'automatic-personal-join';
}

/** The instruction set for an employee's device, using the organization's published settings when there are any. */
export function employeeInstructionSet(e: EmployeeAnswers, org: OrganizationSettings = {}): InstructionSetId {
  if (e.deviceOwner === 'personal') return personalDevice(org);
  return ORGANIZATION_DEVICE[e.obtained ?? 'new-from-it'](org);
}
