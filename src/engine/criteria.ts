import type { ResolvedAnswers } from './answers';
import { MATRIX } from './matrix';
import { coManagementPathFor } from './policy';
import {
  METHOD_IDS,
  PREREQUISITE_CODES,
  type AnswerValue,
  type CellNoteId,
  type CriterionId,
  type Effect,
  type MethodId,
  type PrerequisiteCode,
  type QuestionId,
  type Reason,
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

/** One method's cell of a compiled outcome: the effect and the reason it yields (frozen, shared by every result). */
export interface CompiledCell {
  readonly effect: CellEffect;
  readonly reason: Reason;
}

/** A CriterionOutcome as one slot per method in METHOD_IDS order: built once, read on every evaluation. */
export type OutcomeCells = readonly (CompiledCell | undefined)[];

/** Reads the answers and says how one criterion (one row of the guide's tables) weighs on each method. */
export type CriterionRule = (a: ResolvedAnswers) => OutcomeCells | undefined;

/**
 * Compiles a readable per-method outcome of one criterion into its slots, with each reason (and the cell's
 * note from MATRIX) made once. Rules return only such constants. A rule about a cell the guide is silent
 * on is a data error, refused when the module loads: silent cells never change a verdict.
 */
function speaks(criterion: CriterionId, outcome: CriterionOutcome): OutcomeCells {
  return Object.freeze(
    METHOD_IDS.map((m): CompiledCell | undefined => {
      const effect = outcome[m];
      if (effect === undefined) return undefined;
      const cell = MATRIX[m][criterion];
      if (cell.mark === 'silent') throw new Error(`criterion rule for ${criterion} speaks about ${m}, where the guide is silent`);
      const note = effect.note === undefined ? cell.note : (effect.note ?? undefined);
      const reason: Reason = Object.freeze(
        note === undefined ? { criterion, effect: effect.effect } : { criterion, effect: effect.effect, note },
      );
      return Object.freeze({ effect, reason });
    }),
  );
}

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
  criterion: CriterionId,
  question: Q,
  table: { readonly [V in AnswerValue<Q>]: CriterionOutcome | undefined },
): CriterionRule {
  const compiled = new Map<string, OutcomeCells | undefined>();
  for (const [value, outcome] of Object.entries<CriterionOutcome | undefined>(table)) {
    compiled.set(value, outcome === undefined ? undefined : speaks(criterion, outcome));
  }
  return (a) => compiled.get(a[question]);
}

const PERSONAL_DEVICES: CriterionOutcome = {
  automatic: SUPPORTS,
  autopilot: RULES_OUT,
  groupPolicy: RULES_OUT,
  coManagement: SUPPORTS,
};

const MODERN_WINDOWS = speaks('newOrExisting', all(SUPPORTS_WITHOUT_NOTE));

/**
 * Conditional access on bulk-enrolled devices: the current guide drops the 1709 distinction, "CA is available for
 * Windows devices enrolled using bulk enrollment" (Learn, "Windows device enrollment guide for Microsoft Intune",
 * 02/28/2024). Windows 10 1709 itself is handled by the newOrExisting row (out of servicing).
 */
const CA_WORKS_ON_BULK = speaks('caBulk', { automatic: { effect: 'supports', note: 'ca-bulk-available' } });

const UPGRADE_WINDOWS = condition('upgrade-windows');

/** Windows 7/8.1: Autopilot works only through Configuration Manager (Autopilot for existing devices). */
/**
 * Windows 7/8.1 with Configuration Manager: Autopilot for existing devices is the upgrade path (the guide's ✔), yet
 * no method is plainly suitable on Windows older than 10 1709; the task sequence (or new hardware) comes first.
 */
const LEGACY_WITH_CONFIGMGR = speaks('newOrExisting', {
  automatic: UPGRADE_WINDOWS,
  autopilot: { effect: 'condition', prerequisite: 'use-configmgr-for-existing-devices' },
  groupPolicy: UPGRADE_WINDOWS,
  coManagement: UPGRADE_WINDOWS,
});

const LEGACY_WINDOWS_BY_CONFIGMGR: { readonly [V in AnswerValue<'configMgr'>]: OutcomeCells } = {
  keep: LEGACY_WITH_CONFIGMGR,
  // Still in use while it is phased out, so its task sequence can run Autopilot for existing devices.
  'phasing-out': LEGACY_WITH_CONFIGMGR,
  none: speaks('newOrExisting', all(UPGRADE_WINDOWS)),
  unknown: speaks('newOrExisting', {
    automatic: UPGRADE_WINDOWS,
    autopilot: condition('use-configmgr-for-existing-devices'),
    groupPolicy: UPGRADE_WINDOWS,
    coManagement: UPGRADE_WINDOWS,
  }),
};

const WINDOWS_UNKNOWN = speaks('newOrExisting', all(condition('confirm-windows-version')));

/**
 * Windows 10 1709 and older are long out of servicing and Windows 10 itself reached end of support on 14 October
 * 2025 (Learn, "Windows device enrollment guide for Microsoft Intune", 02/28/2024, Windows 10 support include):
 * no method is plainly suitable until they run Windows 11.
 */
const WINDOWS_1709 = speaks('newOrExisting', all({ effect: 'condition', note: 'windows10-1709-out-of-service', prerequisite: 'upgrade-windows' }));

const P1_REQUIRED_NOTE: CellEffect = { effect: 'requires', note: 'premium-required-automatic' };
const GET_P1: CellEffect = { effect: 'condition', prerequisite: 'get-entra-p1', note: 'premium-required-automatic' };
const GET_P1_GUIDE_NOTE: CellEffect = { effect: 'condition', prerequisite: 'get-entra-p1' };

/**
 * Entra ID P1, by answer and by whether automatic enrollment only registers personal devices. The MDM user scope
 * is a P1 feature (Learn, "Enable MDM automatic enrollment for Windows", 02/13/2026: "Automatic MDM enrollment is a
 * premium Microsoft Entra feature"), so every method needs it except registering personal devices (work account
 * only; Learn, guide of 02/28/2024, "BYOD: User enrollment"). P1 missing or unconfirmed is a condition, never a
 * ✘: buying it makes the method usable, and the ranking stays the one the rest of the answers decide.
 */
const PREMIUM_BY_ANSWER: { readonly [V in AnswerValue<'azureAdPremium'>]: readonly [OutcomeCells, OutcomeCells] } = {
  yes: [
    speaks('premium', { automatic: P1_REQUIRED_NOTE, autopilot: REQUIRES, groupPolicy: REQUIRES, coManagement: P1_REQUIRED_NOTE }),
    speaks('premium', { automatic: { effect: 'supports', note: 'premium-not-needed-to-register' }, autopilot: REQUIRES, groupPolicy: REQUIRES, coManagement: P1_REQUIRED_NOTE }),
  ],
  no: [
    speaks('premium', { automatic: GET_P1, autopilot: GET_P1_GUIDE_NOTE, groupPolicy: GET_P1_GUIDE_NOTE, coManagement: GET_P1 }),
    speaks('premium', { autopilot: GET_P1_GUIDE_NOTE, groupPolicy: GET_P1_GUIDE_NOTE, coManagement: GET_P1 }),
  ],
  unknown: [
    speaks('premium', { automatic: GET_P1, autopilot: GET_P1_GUIDE_NOTE, groupPolicy: GET_P1_GUIDE_NOTE, coManagement: GET_P1 }),
    speaks('premium', { autopilot: GET_P1_GUIDE_NOTE, groupPolicy: GET_P1_GUIDE_NOTE, coManagement: GET_P1 }),
  ],
};

const FEW_DEVICES = speaks('volume', all(SUPPORTS_WITHOUT_NOTE));
const BULK_ORGANIZATION = speaks('volume', all(SUPPORTS));
const BULK_WITH_PERSONAL = speaks('volume', { automatic: NOTE, autopilot: SUPPORTS, groupPolicy: SUPPORTS, coManagement: SUPPORTS });

const HYBRID_JOINED = speaks('hybridJoined', { autopilot: SUPPORTS, groupPolicy: SUPPORTS, coManagement: SUPPORTS });
const ONPREM_ALREADY_IN_INTUNE = speaks('hybridJoined', { groupPolicy: condition('hybrid-join-first') });
const ONPREM = speaks('hybridJoined', { groupPolicy: condition('hybrid-join-first'), coManagement: condition('hybrid-join-first') });
const CLOUD_ONLY = speaks('hybridJoined', { groupPolicy: RULES_OUT });
const IDENTITY_UNKNOWN = speaks('hybridJoined', { groupPolicy: condition('confirm-identity') });

const UNENROLL = condition('unenroll-other-mdm');
const CONFIRM_OTHER_MDM = condition('confirm-other-mdm');

/** Another MDM by answer; index 1 when automatic enrollment only registers personal devices. */
const OTHER_MDM: { readonly [V in AnswerValue<'otherMdm'>]: readonly [OutcomeCells | undefined, OutcomeCells | undefined] } = {
  yes: [speaks('otherMdm', all(UNENROLL)), speaks('otherMdm', { autopilot: UNENROLL, groupPolicy: UNENROLL, coManagement: UNENROLL })],
  no: [undefined, undefined],
  unknown: [
    speaks('otherMdm', all(CONFIRM_OTHER_MDM)),
    speaks('otherMdm', { autopilot: CONFIRM_OTHER_MDM, groupPolicy: CONFIRM_OTHER_MDM, coManagement: CONFIRM_OTHER_MDM }),
  ],
};

/**
 * Every row of the guide's tables as a rule over the answers. Unknown answers never rule a method out:
 * where a known value would rule out or require something, `unknown` adds a condition with a confirm-* step.
 */
export const CRITERION_RULES = {
  // Index 1: automatic enrollment only registers personal devices (work account only), which needs no P1.
  premium: (a) => PREMIUM_BY_ANSWER[a.azureAdPremium][a.ownership === 'personal' && a.manage === 'account' ? 1 : 0],

  // Only automatic enrollment's table has this row, and only when bulk devices use conditional access.
  caBulk: (a) => (a.conditionalAccess === 'yes' && a.volume === 'bulk' ? CA_WORKS_ON_BULK : undefined),

  // Mixed fleets contain personal devices, so the ✘ of Autopilot and Group Policy applies to them too.
  personal: byAnswer('personal', 'ownership', {
    personal: PERSONAL_DEVICES,
    mixed: PERSONAL_DEVICES,
    organization: undefined,
    unknown: { autopilot: condition('confirm-ownership'), groupPolicy: condition('confirm-ownership') },
  }),

  organization: byAnswer('organization', 'ownership', {
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
        return LEGACY_WINDOWS_BY_CONFIGMGR[a.configMgr];
      case 'win10-1709-or-older':
        return WINDOWS_1709;
      case 'unknown':
        return WINDOWS_UNKNOWN;
      default:
        return MODERN_WINDOWS;
    }
  },

  // Bulk is for organization-owned devices only: with personal devices in play it is a remark, not a ✔.
  volume: (a) => {
    if (a.volume === 'few') return FEW_DEVICES;
    if (a.volume !== 'bulk') return undefined;
    return a.ownership === 'personal' || a.ownership === 'mixed' ? BULK_WITH_PERSONAL : BULK_ORGANIZATION;
  },

  singleUser: byAnswer('singleUser', 'userAffinity', { single: all(SUPPORTS), both: all(SUPPORTS), userless: undefined, unknown: undefined }),

  userless: byAnswer('userless', 'userAffinity', { userless: all(SUPPORTS), both: all(SUPPORTS), single: undefined, unknown: undefined }),

  // The guide's ✘ for DEM means "a DEM account is not used with this method", never "do not use this method":
  // Microsoft says with Autopilot, Group Policy or co-management "you do not need to use a DEM account" (Learn,
  // "Windows device enrollment guide for Microsoft Intune", 02/28/2024). So it is a note, and unknown adds nothing.
  dem: byAnswer('dem', 'demAccount', {
    yes: { automatic: SUPPORTS, autopilot: NOTE, groupPolicy: NOTE, coManagement: NOTE },
    no: undefined,
    unknown: undefined,
  }),

  // The guide's ✘ here means "unenroll first", so another MDM makes every method conditional, never impossible.
  // Registering personal devices (work account only) enrolls nothing, so it is not about automatic enrollment then.
  otherMdm: (a) => OTHER_MDM[a.otherMdm][a.ownership === 'personal' && a.manage === 'account' ? 1 : 0],

  autopilotPartner: byAnswer('autopilotPartner', 'purchase', {
    'autopilot-partner': { autopilot: SUPPORTS },
    other: undefined,
    unknown: undefined,
  }),

  // Group Policy needs domain-joined devices hybrid joined first; co-management path a needs that too,
  // unless the devices are already in Intune (path b, Azure AD joined).
  hybridJoined: (a) => {
    switch (a.identity) {
      case 'hybrid':
        return HYBRID_JOINED;
      case 'onprem':
        return coManagementPathFor(a) === 'new-devices' ? ONPREM_ALREADY_IN_INTUNE : ONPREM;
      case 'cloud':
        return CLOUD_ONLY;
      case 'unknown':
        return IDENTITY_UNKNOWN;
    }
  },

  remoteWorkers: byAnswer('remoteWorkers', 'remoteWorkers', {
    yes: { autopilot: SUPPORTS, groupPolicy: SUPPORTS, coManagement: SUPPORTS },
    no: undefined,
    unknown: undefined,
  }),

  configMgr: byAnswer('configMgr', 'configMgr', {
    keep: { coManagement: SUPPORTS },
    // Used today and on its way out: co-management is the transition (move the workloads to Intune).
    'phasing-out': { coManagement: { effect: 'supports', note: 'configmgr-transition' } },
    none: { coManagement: RULES_OUT },
    unknown: { coManagement: condition('confirm-configmgr') },
  }),

  enrolledInIntune: byAnswer('enrolledInIntune', 'alreadyInIntune', { yes: { coManagement: SUPPORTS }, no: undefined, unknown: undefined }),
} satisfies Record<CriterionId, CriterionRule>;
