import {
  EMPLOYEE_QUESTION_VALUES,
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

/**
 * Whether the organization has published that it manages personal devices: personal users inside the MDM user
 * scope (their devices get enrolled, so joining is what IT asked for), or co-management of personal devices, which
 * needs joined devices. Anything else keeps personal devices on "register" (add the work account only).
 */
export function managesPersonalDevices(org: OrganizationSettings): boolean {
  return org.personalMethod === 'coManagement' || org.personalScopes?.mdm === 'some-or-all';
}

/**
 * A device that arrives new, by the organization's method.
 * Windows Autopilot overview and user-driven Microsoft Entra (hybrid) join tutorials (learn.microsoft.com/autopilot,
 * checked 2026-12): self-deploying is Entra join only and needs nobody to sign in; existing-devices mode is for
 * machines already in use, so a new device gets the user-driven screens.
 */
function forNewDevice(org: OrganizationSettings, shipped: boolean): InstructionSetId {
  switch (org.organizationMethod) {
    case 'autopilot':
      if (org.autopilotMode === 'self-deploying') return 'autopilot-self-deploying';
      if (org.autopilotJoin === 'hybrid') return 'autopilot-hybrid';
      return org.autopilotMode === 'pre-provisioned' ? 'autopilot-pre-provisioned' : 'autopilot-user-driven';
    case 'groupPolicy':
      // IT domain-joins a device before handing it over; one shipped straight from the shop never reached the
      // domain, so it can only go through the out-of-box sign-in (Group Policy enrollment builds on automatic enrollment).
      return shipped ? 'automatic-organization' : 'group-policy';
    case 'coManagement':
      // Co-management path "new devices": Entra join in the out-of-box experience first, the Configuration Manager
      // client follows from Intune (Learn: "Co-management for Windows devices", paths, 2024).
      return 'co-management-new';
    default:
      return 'automatic-organization';
  }
}

/** A device the employee already uses, by the organization's method. */
function forExistingDevice(org: OrganizationSettings): InstructionSetId {
  switch (org.organizationMethod) {
    case 'autopilot':
      // Other Autopilot modes need a new or reset device; joining from Settings still uses automatic enrollment.
      return org.autopilotMode === 'existing-devices' ? 'autopilot-existing-devices' : 'automatic-organization-existing';
    case 'groupPolicy':
      return 'group-policy';
    case 'coManagement':
      return 'co-management-existing';
    default:
      return 'automatic-organization-existing';
  }
}

/** The set for the answers before the edition is known (the edition only ever swaps a join set for the Home set). */
function setBeforeEdition(e: EmployeeAnswers, org: OrganizationSettings): InstructionSetId {
  if (e.deviceOwner === 'personal') {
    if (managesPersonalDevices(org)) return 'automatic-personal-join';
    return org.personalScopes === undefined ? 'automatic-personal-register-general' : 'automatic-personal-register';
  }
  switch (e.obtained) {
    case 'existing':
      return forExistingDevice(org);
    case 'own-purchase':
      // Bought in a shop: not registered with Autopilot, not in the domain, no Configuration Manager client.
      return 'automatic-organization-existing';
    case 'shipped-new':
      return forNewDevice(org, true);
    default:
      return forNewDevice(org, false);
  }
}

/** True when these answers lead to joining from Settings on a device IT did not prepare (its edition is unknown). */
function needsEditionCheck(e: EmployeeAnswers, org: OrganizationSettings): boolean {
  const set = setBeforeEdition(e, org);
  return set === 'automatic-personal-join' || (set === 'automatic-organization-existing' && e.obtained === 'own-purchase');
}

/**
 * Asks only what changes the outcome: whose device, then (work devices) how the employee got it, then, before any
 * steps that join a device IT did not prepare, its Windows edition.
 */
export function employeeNextQuestion(e: EmployeeAnswers, org: OrganizationSettings = {}): EmployeeNextQuestion {
  if (e.deviceOwner === undefined) return { done: false, question: 'deviceOwner' };
  if (e.deviceOwner === 'organization' && e.obtained === undefined) return { done: false, question: 'obtained' };
  if (e.edition === undefined && needsEditionCheck(e, org)) return { done: false, question: 'edition' };
  return { done: true };
}

/**
 * The instruction set for an employee's device, from the organization's published settings (general without).
 * Personal devices register unless the organization published that it manages them; Windows Home never gets join
 * steps (Learn: "Microsoft Entra joined devices", 2024-02-26: all Windows 10/11 editions except Home).
 */
export function employeeInstructionSet(e: EmployeeAnswers, org: OrganizationSettings = {}): InstructionSetId {
  const set = setBeforeEdition(e, org);
  return e.edition === 'home' && needsEditionCheck(e, org) ? 'windows-home-no-join' : set;
}

/** How many questions the flow can ask at most for these answers and settings (for "question n of m"). */
export function employeeQuestionTotal(e: EmployeeAnswers, org: OrganizationSettings = {}): number {
  const owner = e.deviceOwner ?? 'organization';
  if (owner === 'personal') return managesPersonalDevices(org) ? 2 : 1;
  return e.obtained !== undefined && needsEditionCheck({ ...e, deviceOwner: owner }, org) ? 3 : 2;
}
