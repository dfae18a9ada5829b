import { resolveAnswers, type ResolvedAnswers } from './answers';
import { CRITERION_IDS, type Answers, type CriterionId, type SituationMark } from './types';

const yesNo = (v: string, yes: readonly string[], no: readonly string[]): SituationMark =>
  yes.includes(v) ? 'applies' : no.includes(v) ? 'doesNotApply' : 'unknown';

/** For each row of the comparison table: does it describe the admin's devices, not, or do we not know. */
const SITUATION = {
  premium: (a) => yesNo(a.azureAdPremium, ['yes'], ['no']),
  // Conditional access on bulk-enrolled devices: both parts must hold.
  caBulk: (a) =>
    a.conditionalAccess === 'yes' && a.volume === 'bulk'
      ? 'applies'
      : a.conditionalAccess === 'no' || a.volume === 'few'
        ? 'doesNotApply'
        : 'unknown',
  personal: (a) => yesNo(a.ownership, ['personal', 'mixed'], ['organization']),
  organization: (a) => yesNo(a.ownership, ['organization', 'mixed'], ['personal']),
  // Every device is new or existing; the row is about the admin once we know anything about the devices' age or Windows.
  newOrExisting: (a) => (a.deviceAge !== 'unknown' || a.windowsVersion !== 'unknown' ? 'applies' : 'unknown'),
  // "A few devices or many" covers both answers.
  volume: (a) => (a.volume === 'unknown' ? 'unknown' : 'applies'),
  singleUser: (a) => yesNo(a.userAffinity, ['single', 'both'], ['userless']),
  userless: (a) => yesNo(a.userAffinity, ['userless', 'both'], ['single']),
  dem: (a) => yesNo(a.demAccount, ['yes'], ['no']),
  otherMdm: (a) => yesNo(a.otherMdm, ['yes'], ['no']),
  autopilotPartner: (a) => yesNo(a.purchase, ['autopilot-partner'], ['other']),
  hybridJoined: (a) => yesNo(a.identity, ['hybrid'], ['cloud', 'onprem']),
  remoteWorkers: (a) => yesNo(a.remoteWorkers, ['yes'], ['no']),
  configMgr: (a) => yesNo(a.configMgr, ['keep', 'phasing-out'], ['none']),
  enrolledInIntune: (a) => yesNo(a.alreadyInIntune, ['yes'], ['no']),
} satisfies Record<CriterionId, (a: ResolvedAnswers) => SituationMark>;

/** Which rows of the comparison table describe the admin's situation, for highlighting. */
export function situation(answers: Answers): Readonly<Record<CriterionId, SituationMark>> {
  const a = resolveAnswers(answers);
  const marks = {} as Record<CriterionId, SituationMark>;
  for (const c of CRITERION_IDS) marks[c] = SITUATION[c](a);
  return marks;
}
