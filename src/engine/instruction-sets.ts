import { coManagementPath } from './admin-tasks';
import { resolveAnswers, type ResolvedAnswers } from './answers';
import type { Answers, InstructionSetId, Recommendation } from './types';

/** Personal devices register (work account only) unless the admin manages the device; unknown: register, ask IT. */
function personalAutomaticSets(a: ResolvedAnswers): InstructionSetId[] {
  switch (a.manage) {
    case 'account':
      return ['automatic-personal-register'];
    case 'device':
    case 'both':
      return ['automatic-personal-join'];
    default:
      return ['automatic-personal-register-general'];
  }
}

/** Organization devices under automatic enrollment: out-of-box sign-in for new ones, Settings for those in use. */
function organizationAutomaticSets(a: ResolvedAnswers): InstructionSetId[] {
  const byAge: InstructionSetId[] =
    a.deviceAge === 'existing' ? ['automatic-organization-existing'] : a.deviceAge === 'both' ? ['automatic-organization', 'automatic-organization-existing'] : ['automatic-organization'];
  return a.volume === 'bulk' ? [...byAge, 'automatic-bulk'] : byAge;
}

/** Autopilot by mode and join type (self-deploying is Entra join only, so never the hybrid set). */
function autopilotSets(rec: Recommendation): InstructionSetId[] {
  switch (rec.autopilotMode) {
    case 'self-deploying':
      return ['autopilot-self-deploying'];
    case 'existing-devices':
      return ['autopilot-existing-devices'];
    case 'pre-provisioned':
      return [rec.autopilotJoin === 'hybrid' ? 'autopilot-hybrid' : 'autopilot-pre-provisioned'];
    default:
      return [rec.autopilotJoin === 'hybrid' ? 'autopilot-hybrid' : 'autopilot-user-driven'];
  }
}

/** Co-management by set-up path (the recommendation's, else the answers'); both when it is not known yet. */
function coManagementSets(rec: Recommendation, answers: Answers): InstructionSetId[] {
  switch (rec.coManagementPath ?? coManagementPath(answers)) {
    case 'existing-clients':
      return ['co-management-existing'];
    case 'new-devices':
      return ['co-management-new'];
    default:
      return ['co-management-existing', 'co-management-new'];
  }
}

/** The single-user sets for one fleet whose ownership is not mixed. */
function singleUserSets(rec: Recommendation, a: ResolvedAnswers): InstructionSetId[] {
  switch (rec.recommended) {
    case null:
      return [];
    case 'automatic':
      return a.ownership === 'personal' ? personalAutomaticSets(a) : organizationAutomaticSets(a);
    case 'autopilot':
      return autopilotSets(rec);
    case 'groupPolicy':
      return ['group-policy'];
    case 'coManagement':
      return coManagementSets(rec, a);
  }
}

/**
 * User-less (kiosk, shared) devices are set up by IT or by themselves: their employees get "nothing to do", never
 * single-user steps. Self-deploying Autopilot is already the user-less set.
 */
function setsFor(rec: Recommendation, a: ResolvedAnswers): InstructionSetId[] {
  const single = singleUserSets(rec, a);
  if (single.length === 0 || single.includes('autopilot-self-deploying')) return single;
  switch (a.userAffinity) {
    case 'userless':
      return ['userless-nothing-to-do'];
    case 'both':
      return [...single, 'userless-nothing-to-do'];
    default:
      return single;
  }
}

/**
 * The end-user instruction sets helpdesk can forward for this recommendation: a mixed fleet gets its
 * organization segment's sets followed by its personal segment's. Empty for contradictory answers.
 */
export function instructionSets(rec: Recommendation, answers: Answers): InstructionSetId[] {
  const a = resolveAnswers(answers);
  if (rec.recommended === null) return [];
  if (rec.segments === undefined) return setsFor(rec, a);
  return [
    ...new Set([
      ...setsFor(rec.segments.organization, { ...a, ownership: 'organization' }),
      ...setsFor(rec.segments.personal, { ...a, ownership: 'personal', userAffinity: 'single' }),
    ]),
  ];
}
