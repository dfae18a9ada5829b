import { isLegacyWindows, type ResolvedAnswers } from './answers';
import { METHOD_IDS, type AnswerValue, type AutopilotMode, type MethodId, type PolicyId, type Scopes } from './types';

/** One rule of the product's ranking; the guide itself never ranks the four methods. */
export interface RankingRule {
  readonly policy: Exclude<PolicyId, 'contradiction'>;
  readonly method: MethodId;
  readonly applies: (a: ResolvedAnswers) => boolean;
}

/**
 * The ranking, in the order: the first rule that applies and whose method is not notSuitable wins.
 * Rule 1 is for personal-only fleets; a mixed fleet is ranked on the view that contains personal devices
 * (Autopilot and Group Policy are ruled out there), so it ends at co-management or automatic enrollment.
 */
export const RANKING: readonly RankingRule[] = [
  // Personal devices: the guide points BYOD to automatic enrollment.
  { policy: 'personal-automatic', method: 'automatic', applies: (a) => a.ownership === 'personal' },
  // A DEM account applies only to automatic enrollment.
  { policy: 'dem-automatic', method: 'automatic', applies: (a) => a.demAccount === 'yes' },
  // Windows 7/8.1 kept in Configuration Manager: Autopilot for existing devices upgrades them; co-management follows.
  {
    policy: 'legacy-windows-autopilot-existing',
    method: 'autopilot',
    applies: (a) => isLegacyWindows(a) && a.configMgr === 'keep',
  },
  // The one place the guide itself decides: keep Configuration Manager → co-management "is for you".
  { policy: 'configmgr-comanagement', method: 'coManagement', applies: (a) => a.configMgr === 'keep' },
  // Autopilot is the method tied to OEM/CSP purchase and to shipping devices straight to remote workers.
  {
    policy: 'autopilot-partner-or-remote',
    method: 'autopilot',
    applies: (a) => a.ownership === 'organization' && (a.purchase === 'autopilot-partner' || a.remoteWorkers === 'yes'),
  },
  // Group Policy is for domain-joined devices (hybrid join first when they are on-premises only).
  {
    policy: 'domain-joined-group-policy',
    method: 'groupPolicy',
    applies: (a) => a.identity === 'hybrid' || a.identity === 'onprem',
  },
  // Nothing points elsewhere. Automatic enrollment is never notSuitable (the guide's only ✘ for it, another
  // MDM, means "unenroll first"), so this rule always answers and a ranking never comes back empty.
  { policy: 'default-automatic', method: 'automatic', applies: () => true },
];

/** A method's bit in a ruled-out mask: bit i for METHOD_IDS[i]. */
const METHOD_BIT = Object.fromEntries(METHOD_IDS.map((m, i) => [m, 1 << i])) as Readonly<Record<MethodId, number>>;

/**
 * The first ranking rule that applies to a method not in `ruledOutMask` (bit i = METHOD_IDS[i]), or null.
 * The mask is a parameter so the same ranking can answer "what would you pick if Premium were not missing?".
 */
export function rank(a: ResolvedAnswers, ruledOutMask: number): RankingRule | null {
  for (const rule of RANKING) {
    if ((ruledOutMask & METHOD_BIT[rule.method]) === 0 && rule.applies(a)) return rule;
  }
  return null;
}

/**
 * Answers that contradict each other: user-less devices are organization-owned, so personal ones cannot
 * be user-less. For a mixed fleet only "all devices user-less" contradicts; with "both", the user-less
 * devices are taken to be the organization's. The guide says: ask, do not guess.
 */
export function isContradiction(a: ResolvedAnswers): boolean {
  return (
    (a.ownership === 'personal' && (a.userAffinity === 'userless' || a.userAffinity === 'both')) ||
    (a.ownership === 'mixed' && a.userAffinity === 'userless')
  );
}

/**
 * Which Autopilot deployment mode we propose (our policy; the guide lists the modes without choosing).
 * First match wins. User affinity 'both' stays user-driven: self-deploying cannot serve single-user devices.
 */
const AUTOPILOT_MODE_RULES: readonly { readonly mode: AutopilotMode; readonly applies: (a: ResolvedAnswers) => boolean }[] = [
  // Windows 7/8.1 with Configuration Manager: the task sequence wipes and installs Windows, then Autopilot runs.
  { mode: 'existing-devices', applies: (a) => isLegacyWindows(a) && a.configMgr === 'keep' },
  // Kiosk, dedicated and shared devices need nobody to sign in.
  { mode: 'self-deploying', applies: (a) => a.userAffinity === 'userless' },
  // Shipped straight to remote staff, who sign in themselves.
  { mode: 'user-driven', applies: (a) => a.remoteWorkers === 'yes' },
  // Many devices prepared by IT or a partner before hand-out: faster for the user.
  { mode: 'pre-provisioned', applies: (a) => a.volume === 'bulk' },
  { mode: 'user-driven', applies: () => true },
];

/** The Autopilot deployment mode for these answers (meaningful when Autopilot is recommended). */
export function autopilotModeFor(a: ResolvedAnswers): AutopilotMode {
  for (const rule of AUTOPILOT_MODE_RULES) {
    if (rule.applies(a)) return rule.mode;
  }
  return 'user-driven';
}

const DEVICE_ONLY: Scopes = { mdm: 'some-or-all', mam: 'none' };

/** The reference's MDM/MAM table, read from what the admin wants Intune to manage on personal devices. */
const SCOPES_BY_MANAGE: { readonly [V in AnswerValue<'manage'>]: Scopes } = {
  device: DEVICE_ONLY,
  account: { mdm: 'none', mam: 'some-or-all' },
  both: { mdm: 'some-or-all', mam: 'some-or-all' },
  // Not known: the guide's default reading, manage the device.
  unknown: DEVICE_ONLY,
};

/**
 * Automatic enrollment's user scopes. Organization devices are always managed (MDM); personal devices
 * follow `manage`. A mixed fleet needs MDM for its organization devices, so MDM stays Some or All there
 * and MAM is added when the admin wants the work account managed on personal devices.
 */
export function scopesFor(a: ResolvedAnswers): Scopes {
  switch (a.ownership) {
    case 'personal':
      return SCOPES_BY_MANAGE[a.manage];
    case 'mixed':
      return a.manage === 'account' || a.manage === 'both' ? SCOPES_BY_MANAGE.both : DEVICE_ONLY;
    default:
      return DEVICE_ONLY;
  }
}
