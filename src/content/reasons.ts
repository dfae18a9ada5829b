import type { CriterionId, Effect, MethodId, Reason } from '../engine/types';
import { pick } from './lang';
import { criterionLabel, criterionNegated, criterionTopic, methodName } from './methods';
import { cellNoteClause, sentence } from './notes';
import type { Lang } from './types';

/**
 * A rulesOut reason means the situation holds for the guide's ✘ rows, but means a requirement is
 * missing for the other rows (no Premium, no Configuration Manager, not domain-joined).
 */
const RULES_OUT_BY_CROSS: Readonly<Record<CriterionId, boolean>> = {
  premium: false,
  caBulk: true,
  personal: true,
  organization: false,
  newOrExisting: false,
  volume: true,
  singleUser: false,
  userless: true,
  dem: true,
  otherMdm: true,
  autopilotPartner: false,
  hybridJoined: false,
  remoteWorkers: false,
  configMgr: false,
  enrolledInIntune: false,
};

type Phrases = Readonly<Record<Effect | 'missing', (method: string) => string>>;

/** The second half of a reason: how the criterion weighs on the method; `missing` is rulesOut by an unmet requirement. */
const PHRASES = {
  en: {
    supports: (m) => `the guide marks ${m} ✔ for this`,
    rulesOut: (m) => `the guide rules ${m} out`,
    missing: (m) => `${m} needs this, so it is not an option`,
    requires: (m) => `${m} requires this, and it is in place`,
    condition: (m) => `${m} works once this is checked or done`,
    note: (m) => `the guide adds a caveat for ${m}`,
  },
  nl: {
    supports: (m) => `de handleiding geeft ${m} hier een ✔`,
    rulesOut: (m) => `de handleiding sluit ${m} uit`,
    missing: (m) => `${m} heeft dit nodig en valt dus af`,
    requires: (m) => `${m} vereist dit, en daaraan is voldaan`,
    condition: (m) => `${m} kan pas als dit is gecontroleerd of geregeld`,
    note: (m) => `de handleiding plaatst een kanttekening bij ${m}`,
  },
} satisfies Record<Lang, Phrases>;

/** The situation half of a reason, worded so it is true for the answer that produced this effect. */
function lead(criterion: CriterionId, effect: Effect, lang: Lang): string {
  switch (effect) {
    case 'supports':
    case 'requires':
    case 'note':
      return criterionLabel(criterion, lang);
    case 'rulesOut':
      return RULES_OUT_BY_CROSS[criterion] ? criterionLabel(criterion, lang) : criterionNegated(criterion, lang);
    case 'condition':
      return criterionTopic(criterion, lang);
  }
}

/** One reason as text tied to the guide's criterion, e.g. "Devices are personal or BYOD — the guide rules Windows Autopilot out: …". */
export function reasonText(reason: Reason, method: MethodId, lang: Lang): string {
  const name = methodName(method, lang);
  const phrases = pick(PHRASES, lang);
  const phrase =
    reason.effect === 'rulesOut' && !RULES_OUT_BY_CROSS[reason.criterion] ? phrases.missing(name) : phrases[reason.effect](name);
  const head = `${lead(reason.criterion, reason.effect, lang)} — ${phrase}`;
  if (reason.note === undefined) return `${head}.`;
  // A note explains a ruling-out, a requirement or a condition; beside a ✔ or a remark it is a caveat of its own.
  return reason.effect === 'supports' || reason.effect === 'note'
    ? `${head}. ${sentence(cellNoteClause(reason.note, lang))}`
    : `${head}: ${cellNoteClause(reason.note, lang)}.`;
}
