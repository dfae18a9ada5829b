import { guideCopyNotes, sinceGuideChanges } from '../engine';
import type { Answers, CriterionId, GuideCopyNoteCode, PolicyId, Recommendation, SinceGuideChangeId } from '../engine/types';
import { pick } from './lang';
import { methodName, methodSummary } from './methods';
import { autopilotJoinText, coManagementPathText, policyText, registerPersonalText, scopesText } from './policy';
import { prerequisiteText } from './prerequisites';
import { reasonText } from './reasons';
import { guideCopyNoteText, sinceGuideChangeText } from './since-guide';
import { recommendedNameText } from './recommendation';
import type { Lang } from './types';

/** The decision as every surface leads with it: method, the reasons that decided it, what blocks it, what changed. */
export interface DecisionSummary {
  readonly recommended: Recommendation['recommended'];
  /** The method's name, or the sentence saying the answers contradict each other. */
  readonly method: string;
  /** The 2–4 reasons that decided it: the ranking rule, the deciding rows of the guide, the chosen set-up. */
  readonly reasons: readonly string[];
  /** What must be done (or confirmed) before the method works, e.g. getting Entra ID P1. */
  readonly blocking: readonly string[];
  /** One line per current Microsoft fact that changed this advice since the customer's copy. */
  readonly changes: readonly { readonly id: SinceGuideChangeId; readonly text: string }[];
  /** Where the customer's Dutch copy is wrong at a place this advice depends on. */
  readonly guideCopyNotes: readonly { readonly code: GuideCopyNoteCode; readonly text: string }[];
}

/** The rows of the guide each ranking rule rests on; their ✔ are the deciding reasons. */
const DECIDING_CRITERIA = {
  'personal-automatic': ['personal'],
  'legacy-windows-autopilot-existing': ['newOrExisting'],
  'configmgr-comanagement': ['configMgr', 'enrolledInIntune'],
  'configmgr-transition': ['configMgr'],
  'autopilot-partner-or-remote': ['autopilotPartner', 'remoteWorkers'],
  'domain-joined-group-policy': ['hybridJoined'],
  'default-automatic': ['organization'],
  contradiction: [],
} satisfies Record<PolicyId, readonly CriterionId[]>;

const SEGMENTS = {
  en: { organization: 'Organization-owned devices', personal: 'Personal devices' },
  nl: { organization: 'Apparaten in bedrijfseigendom', personal: 'Persoonlijke apparaten' },
} satisfies Record<Lang, Record<'organization' | 'personal', string>>;

/** The set-up the engine chose for this result, as one sentence, or undefined when there is none to name. */
function setupSentence(rec: Recommendation, lang: Lang): string | undefined {
  if (rec.autopilotJoin !== undefined) return autopilotJoinText(rec.autopilotJoin, lang);
  if (rec.coManagementPath !== undefined) return coManagementPathText(rec.coManagementPath, lang);
  if (rec.registerPersonal !== undefined) return registerPersonalText(rec.registerPersonal, lang);
  return rec.scopes === undefined ? undefined : scopesText(rec.scopes, lang);
}

/**
 * The reasons with every sentence (or clause after a colon) an earlier reason already said left out, compared without
 * case: a guide row's note often quotes the ranking rule word for word ("… decides here: if you use Configuration
 * Manager …" then "You use Configuration Manager — … ✔. If you use Configuration Manager …"). A reason left empty goes.
 */
function withoutRepeats(reasons: readonly string[]): string[] {
  const said = new Set<string>();
  const out: string[] = [];
  for (const reason of reasons) {
    const parts = reason.split(/(?<=[.:!?])\s+/);
    const kept = parts.filter((part) => !said.has(part.trim().toLowerCase()));
    for (const part of parts) said.add(part.trim().toLowerCase());
    if (kept.length > 0) out.push(kept.join(' '));
  }
  return out;
}

function decidingReasons(rec: Recommendation, lang: Lang): string[] {
  const chosen = rec.methods.find((m) => m.id === rec.recommended);
  if (chosen === undefined) return [policyText(rec.policy, lang)];
  const criteria: readonly CriterionId[] = DECIDING_CRITERIA[rec.policy];
  const rows = chosen.reasons
    .filter((r) => criteria.includes(r.criterion) && r.effect !== 'note' && r.effect !== 'rulesOut')
    .slice(0, 2)
    .map((r) => reasonText(r, chosen.id, lang));
  const reasons = withoutRepeats([policyText(rec.policy, lang), ...rows]);
  if (rec.segments !== undefined) {
    const t = pick(SEGMENTS, lang);
    const org = rec.segments.organization.recommended;
    const personal = rec.segments.personal.recommended;
    if (org !== null && personal !== null) {
      reasons.push(`${t.organization}: ${methodName(org, lang)}; ${t.personal.toLowerCase()}: ${methodName(personal, lang)}.`);
    }
  }
  const setup = setupSentence(rec.segments?.personal.registerPersonal === undefined ? rec : rec.segments.personal, lang);
  if (setup !== undefined) reasons.push(setup);
  // Nothing more specific decided it (e.g. ownership unknown): say what the method does.
  if (reasons.length < 2) reasons.push(methodSummary(chosen.id, lang));
  return reasons.slice(0, 4);
}

function blockingPrerequisites(rec: Recommendation, lang: Lang): string[] {
  const codes = new Set<string>();
  const texts: string[] = [];
  const all = rec.segments === undefined ? [rec] : [rec, rec.segments.organization, rec.segments.personal];
  for (const r of all) {
    const chosen = r.methods.find((m) => m.id === r.recommended);
    for (const code of chosen?.prerequisites ?? []) {
      if (codes.has(code)) continue;
      codes.add(code);
      texts.push(prerequisiteText(code, lang));
    }
  }
  return texts;
}

/** The decision summary the API, the tab and the recommendation card all lead with. */
export function decisionSummary(rec: Recommendation, answers: Answers, lang: Lang): DecisionSummary {
  return {
    recommended: rec.recommended,
    method: recommendedNameText(rec, lang),
    reasons: decidingReasons(rec, lang),
    blocking: blockingPrerequisites(rec, lang),
    changes: sinceGuideChanges(rec, answers).map((id) => ({ id, text: sinceGuideChangeText(id, lang) })),
    guideCopyNotes: guideCopyNotes(rec, answers).map((code) => ({ code, text: guideCopyNoteText(code, lang) })),
  };
}
