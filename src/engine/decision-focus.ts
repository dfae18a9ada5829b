import { recommend } from './recommend';
import type { Answers, QuestionId, Recommendation } from './types';

/**
 * Asked by the focused interview too, whenever the full one would ask them (issue 9's rule): who owns the devices,
 * Entra ID P1, another MDM and Configuration Manager are where advice most often goes wrong when guessed.
 */
export const HARD_STOPS: readonly QuestionId[] = ['ownership', 'azureAdPremium', 'otherMdm', 'configMgr'];

function part(r: Recommendation): string {
  return `${r.recommended}/${r.autopilotMode}/${r.autopilotJoin}/${r.coManagementPath}/${r.registerPersonal}/${r.scopes?.mdm}`;
}

/**
 * The decision of a recommendation as one comparable string: the method, Autopilot's mode and join, co-management's
 * path, the MDM scope and how personal devices stay registered; for a mixed fleet also each segment's.
 */
export function decisionKey(r: Recommendation): string {
  return r.segments === undefined ? part(r) : `${part(r)}|${part(r.segments.organization)}|${part(r.segments.personal)}`;
}

/** The decision for these answers (every open question counted as "don't know"). */
export function decisionOf(answers: Answers): string {
  return decisionKey(recommend(answers));
}
