import type { ResolvedAnswers } from './answers';
import {
  PREREQUISITE_CODES,
  type AnswerValue,
  type CellNoteId,
  type CriterionId,
  type Effect,
  type MethodId,
  type PrerequisiteCode,
  type QuestionId,
} from './types';

/** How one criterion weighs on one method for the admin's answers. */
export interface CellEffect {
  readonly effect: Effect;
  /** Replaces the cell's note from MATRIX; null drops it because the note is about another situation. */
  readonly note?: CellNoteId | null;
  /** What makes a `condition` usable; only conditions carry one. */
  readonly prerequisite?: PrerequisiteCode;
}

/** The effect of one criterion on each method it speaks about; a method left out is not affected. */
export type CriterionOutcome = Readonly<Partial<Record<MethodId, CellEffect>>>;

/** Reads the answers and says how one criterion (one row of the guide's tables) weighs on each method. */
export type CriterionRule = (a: ResolvedAnswers) => CriterionOutcome | undefined;

const SUPPORTS: CellEffect = { effect: 'supports' };
const SUPPORTS_WITHOUT_NOTE: CellEffect = { effect: 'supports', note: null };
const REQUIRES: CellEffect = { effect: 'requires' };
const RULES_OUT: CellEffect = { effect: 'rulesOut' };
const NOTE: CellEffect = { effect: 'note' };

/** One shared condition object per prerequisite, so evaluating answers allocates none. */
const CONDITIONS = Object.fromEntries(
  PREREQUISITE_CODES.map((code) => [code, Object.freeze<CellEffect>({ effect: 'condition', prerequisite: code })]),
) as Readonly<Record<PrerequisiteCode, CellEffect>>;

function condition(prerequisite: PrerequisiteCode): CellEffect {
  return CONDITIONS[prerequisite];
}

function all(effect: CellEffect): CriterionOutcome {
  return { automatic: effect, autopilot: effect, groupPolicy: effect, coManagement: effect };
}

/** A criterion that depends on one answer only: a lookup table over every value, `unknown` included. */
function byAnswer<Q extends QuestionId>(
  question: Q,
  table: { readonly [V in AnswerValue<Q>]: CriterionOutcome | undefined },
): CriterionRule {
  return (a) => table[a[question] as AnswerValue<Q>];
}

const PERSONAL_DEVICES: CriterionOutcome = {
  automatic: SUPPORTS,
  autopilot: RULES_OUT,
  groupPolicy: RULES_OUT,
  coManagement: SUPPORTS,
};

const MODERN_WINDOWS: CriterionOutcome = all(SUPPORTS_WITHOUT_NOTE);

const CA_WORKS_ON_BULK: CriterionOutcome = { automatic: SUPPORTS };

/** Conditional access on bulk-enrolled devices, by Windows version (the guide: 1803+ yes, 1709 and older no). */
const CA_BULK_BY_VERSION: { readonly [V in AnswerValue<'windowsVersion'>]: CriterionOutcome } = {
  win11: CA_WORKS_ON_BULK,
  'win10-1803-plus': CA_WORKS_ON_BULK,
  'win10-1709-or-older': { automatic: { effect: 'condition', note: 'no-ca-bulk-1709', prerequisite: 'upgrade-to-1803' } },
  // Windows 7/8.1 must reach Windows 10 anyway; 1803 or newer is what makes conditional access work.
  win7: { automatic: condition('upgrade-to-1803') },
  'win8.1': { automatic: condition('upgrade-to-1803') },
  unknown: { automatic: condition('confirm-windows-version') },
};

/** Autopilot on Windows 7/8.1 works only through Configuration Manager (Autopilot for existing devices). */
const LEGACY_AUTOPILOT_BY_CONFIGMGR: { readonly [V in AnswerValue<'configMgr'>]: CellEffect } = {
  keep: SUPPORTS,
  none: condition('upgrade-windows'),
  unknown: condition('use-configmgr-for-existing-devices'),
};

const UPGRADE_WINDOWS = condition('upgrade-windows');

const AUTOPILOT_GP_CM: CriterionOutcome = { autopilot: SUPPORTS, groupPolicy: SUPPORTS, coManagement: SUPPORTS };

/**
 * Every row of the guide's tables as a rule over the answers. Unknown answers never rule a method out:
 * where a known value would rule out or require something, `unknown` adds a condition with a confirm-* step.
 */
export const CRITERION_RULES = {
  premium: byAnswer('azureAdPremium', {
    yes: { automatic: SUPPORTS, autopilot: REQUIRES, groupPolicy: REQUIRES, coManagement: SUPPORTS },
    // Autopilot and Group Policy require Premium; for the other two the guide only says it "may be needed".
    no: {
      automatic: condition('check-premium-needed'),
      autopilot: RULES_OUT,
      groupPolicy: RULES_OUT,
      coManagement: condition('check-premium-needed'),
    },
    unknown: {
      automatic: condition('check-premium-needed'),
      autopilot: condition('confirm-premium'),
      groupPolicy: condition('confirm-premium'),
      coManagement: condition('check-premium-needed'),
    },
  }),

  // Only automatic enrollment's table has this row, and only when bulk devices use conditional access.
  caBulk: (a) => (a.conditionalAccess === 'yes' && a.volume === 'bulk' ? CA_BULK_BY_VERSION[a.windowsVersion] : undefined),

  // Mixed fleets contain personal devices, so the ✘ of Autopilot and Group Policy applies to them too.
  personal: byAnswer('ownership', {
    personal: PERSONAL_DEVICES,
    mixed: PERSONAL_DEVICES,
    organization: undefined,
    unknown: { autopilot: condition('confirm-ownership'), groupPolicy: condition('confirm-ownership') },
  }),

  organization: byAnswer('ownership', {
    organization: all(SUPPORTS),
    mixed: all(SUPPORTS),
    personal: undefined,
    unknown: undefined,
  }),

  // All four take new and existing devices, but devices below Windows 10 need an upgrade path first.
  newOrExisting: (a) => {
    switch (a.windowsVersion) {
      case 'win7':
      case 'win8.1':
        return {
          automatic: UPGRADE_WINDOWS,
          autopilot: LEGACY_AUTOPILOT_BY_CONFIGMGR[a.configMgr],
          groupPolicy: UPGRADE_WINDOWS,
          coManagement: UPGRADE_WINDOWS,
        };
      case 'unknown':
        return all(condition('confirm-windows-version'));
      default:
        return MODERN_WINDOWS;
    }
  },

  // Bulk is for organization-owned devices only: with personal devices in play it is a remark, not a ✔.
  volume: (a) => {
    if (a.volume === 'few') return all(SUPPORTS_WITHOUT_NOTE);
    if (a.volume !== 'bulk') return undefined;
    const personalInPlay = a.ownership === 'personal' || a.ownership === 'mixed';
    return { automatic: personalInPlay ? NOTE : SUPPORTS, autopilot: SUPPORTS, groupPolicy: SUPPORTS, coManagement: SUPPORTS };
  },

  singleUser: byAnswer('userAffinity', { single: all(SUPPORTS), both: all(SUPPORTS), userless: undefined, unknown: undefined }),

  userless: byAnswer('userAffinity', { userless: all(SUPPORTS), both: all(SUPPORTS), single: undefined, unknown: undefined }),

  dem: byAnswer('demAccount', {
    yes: { automatic: SUPPORTS, autopilot: RULES_OUT, groupPolicy: RULES_OUT, coManagement: RULES_OUT },
    no: undefined,
    unknown: {
      autopilot: condition('confirm-dem-account'),
      groupPolicy: condition('confirm-dem-account'),
      coManagement: condition('confirm-dem-account'),
    },
  }),

  // The guide's ✘ here means "unenroll first", so another MDM makes every method conditional, never impossible.
  otherMdm: byAnswer('otherMdm', {
    yes: all(condition('unenroll-other-mdm')),
    no: undefined,
    unknown: all(condition('confirm-other-mdm')),
  }),

  autopilotPartner: byAnswer('purchase', {
    'autopilot-partner': { autopilot: SUPPORTS },
    other: undefined,
    unknown: undefined,
  }),

  // Group Policy needs domain-joined devices hybrid joined first; co-management path a needs that too,
  // unless the devices are already in Intune (path b, Azure AD joined).
  hybridJoined: (a) => {
    switch (a.identity) {
      case 'hybrid':
        return AUTOPILOT_GP_CM;
      case 'onprem':
        return a.alreadyInIntune === 'yes'
          ? { groupPolicy: condition('hybrid-join-first') }
          : { groupPolicy: condition('hybrid-join-first'), coManagement: condition('hybrid-join-first') };
      case 'cloud':
        return { groupPolicy: RULES_OUT };
      case 'unknown':
        return { groupPolicy: condition('confirm-identity') };
    }
  },

  remoteWorkers: byAnswer('remoteWorkers', { yes: AUTOPILOT_GP_CM, no: undefined, unknown: undefined }),

  configMgr: byAnswer('configMgr', {
    keep: { coManagement: SUPPORTS },
    none: { coManagement: RULES_OUT },
    unknown: { coManagement: condition('confirm-configmgr') },
  }),

  enrolledInIntune: byAnswer('alreadyInIntune', { yes: { coManagement: SUPPORTS }, no: undefined, unknown: undefined }),
} satisfies Record<CriterionId, CriterionRule>;
