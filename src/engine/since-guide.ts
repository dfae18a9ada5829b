import { resolveAnswers, type ResolvedAnswers } from './answers';
import { MATRIX } from './matrix';
import { needsEntraP1 } from './policy';
import {
  GUIDE_COPY_NOTE_CODES,
  SINCE_GUIDE_CHANGE_IDS,
  type Answers,
  type GuideCopyNoteCode,
  type Recommendation,
  type SinceGuideChangeId,
} from './types';

/** The recommendation and its segments, so a rule sees every result the admin is shown. */
function results(rec: Recommendation): readonly Recommendation[] {
  return rec.segments === undefined ? [rec] : [rec, rec.segments.organization, rec.segments.personal];
}

const domainJoined = (a: ResolvedAnswers): boolean => a.identity === 'hybrid' || a.identity === 'onprem';

type Rule = (a: ResolvedAnswers, rs: readonly Recommendation[]) => boolean;

/** When a current Microsoft fact changed this advice compared with the customer's April 2021 copy. */
const CHANGES = {
  // The guide: P1 "may be needed" for automatic enrollment and co-management; now the MDM user scope needs it.
  'p1-required': (a, rs) =>
    rs.some((r) => (r.recommended === 'automatic' || r.recommended === 'coManagement') && needsEntraP1(r.recommended, a)),
  'wip-retired': (_a, rs) => rs.some((r) => r.warnings.includes('wip-deprecated')),
  'registered-not-enrolled': (_a, rs) => rs.some((r) => r.registerPersonal !== undefined),
  // Domain-joined organization, new devices: Entra join instead of Group Policy or hybrid join.
  'entra-join-for-new-devices': (a, rs) =>
    domainJoined(a) &&
    a.deviceAge === 'new' &&
    rs.some((r) => r.recommended === 'automatic' || r.autopilotJoin === 'entra' || r.coManagementPath === 'new-devices'),
  'self-deploying-entra-only': (a, rs) => domainJoined(a) && rs.some((r) => r.autopilotMode === 'self-deploying'),
  'dem-not-a-blocker': (a, rs) => a.demAccount === 'yes' && rs.some((r) => r.recommended !== null && r.recommended !== 'automatic'),
  'windows-11-target': (a) => a.windowsVersion !== 'win11' && a.windowsVersion !== 'unknown',
  'bulk-ca-any-version': (a) => a.conditionalAccess === 'yes' && a.volume === 'bulk' && a.windowsVersion === 'win10-1709-or-older',
  'group-policy-is-automatic-variant': (_a, rs) => rs.some((r) => r.recommended === 'groupPolicy'),
  'configmgr-phasing-out': (a, rs) => a.configMgr === 'phasing-out' && rs.some((r) => r.recommended !== null),
} satisfies Record<SinceGuideChangeId, Rule>;

/** A method's reasons rest on one of the guide's ✘ cells (the marks the Dutch copy lost). */
const onLostCross = (rs: readonly Recommendation[]): boolean =>
  rs.some((r) => r.methods.some((m) => m.reasons.some((reason) => MATRIX[m.id][reason.criterion].mark === 'no')));

/** Where the advice depends on a place the customer's Dutch copy gets wrong. */
const COPY_NOTES = {
  'nl-autopilot-personal': (a, rs) => rs.some((r) => r.recommended === 'autopilot') || a.ownership === 'personal' || a.ownership === 'mixed',
  'nl-lost-cross': (_a, rs) => onLostCross(rs),
  'nl-autopilot-tasks-missing': (_a, rs) => rs.some((r) => r.recommended === 'autopilot'),
  'nl-comanagement-paths-missing': (_a, rs) => rs.some((r) => r.recommended === 'coManagement'),
  'nl-registered-means-enrolled': (_a, rs) => rs.some((r) => r.recommended === 'coManagement' || r.registerPersonal !== undefined),
} satisfies Record<GuideCopyNoteCode, Rule>;

/** The since-guide changes that changed this advice, in SINCE_GUIDE_CHANGE_IDS order; none for contradictory answers. */
export function sinceGuideChanges(rec: Recommendation, answers: Answers): SinceGuideChangeId[] {
  if (rec.recommended === null) return [];
  const a = resolveAnswers(answers);
  const rs = results(rec);
  return SINCE_GUIDE_CHANGE_IDS.filter((id) => CHANGES[id](a, rs));
}

/** The places of the customer's Dutch copy this advice depends on, in GUIDE_COPY_NOTE_CODES order. */
export function guideCopyNotes(rec: Recommendation, answers: Answers): GuideCopyNoteCode[] {
  if (rec.recommended === null) return [];
  const a = resolveAnswers(answers);
  const rs = results(rec);
  return GUIDE_COPY_NOTE_CODES.filter((code) => COPY_NOTES[code](a, rs));
}
