import { resolveAnswers, type ResolvedAnswers } from './answers';
import type { Answers, AutopilotMode, InstructionSetId, Recommendation } from './types';

const AUTOPILOT_SETS: { readonly [M in AutopilotMode]: InstructionSetId } = {
  'user-driven': 'autopilot-user-driven',
  'pre-provisioned': 'autopilot-pre-provisioned',
  'self-deploying': 'autopilot-self-deploying',
  'existing-devices': 'autopilot-existing-devices',
};

/** Personal devices register (work account only) when the admin manages only the account; otherwise they join. */
function personalAutomaticSet(a: ResolvedAnswers): InstructionSetId {
  return a.manage === 'account' ? 'automatic-personal-register' : 'automatic-personal-join';
}

/** The sets for one fleet whose ownership is not mixed. */
function setsFor(rec: Recommendation, a: ResolvedAnswers): InstructionSetId[] {
  switch (rec.recommended) {
    case null:
      return [];
    case 'automatic':
      if (a.ownership === 'personal') return [personalAutomaticSet(a)];
      // Organization-owned (or not known): OOBE sign-in; the bulk package is an organization-only route.
      return a.volume === 'bulk' ? ['automatic-organization', 'automatic-bulk'] : ['automatic-organization'];
    case 'autopilot':
      return [AUTOPILOT_SETS[rec.autopilotMode ?? 'user-driven']];
    case 'groupPolicy':
      return ['group-policy'];
    case 'coManagement':
      return ['co-management'];
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
      ...setsFor(rec.segments.personal, { ...a, ownership: 'personal' }),
    ]),
  ];
}
