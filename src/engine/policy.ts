import { isLegacyWindows, type ResolvedAnswers } from './answers';
import {
  METHOD_IDS,
  type AutopilotJoin,
  type AutopilotMode,
  type CoManagementPath,
  type MethodId,
  type PolicyId,
  type RegisterPersonalBy,
  type Scopes,
} from './types';

/** One rule of the product's ranking; the guide itself never ranks the four methods. */
export interface RankingRule {
  readonly policy: Exclude<PolicyId, 'contradiction'>;
  readonly method: MethodId;
  readonly applies: (a: ResolvedAnswers) => boolean;
}

const domainJoined = (a: ResolvedAnswers): boolean => a.identity === 'hybrid' || a.identity === 'onprem';

/**
 * Devices the organization already has, which are (or will be) in on-premises AD. New devices are not: Microsoft
 * recommends Entra join for them (Learn, "Deploy Microsoft Entra hybrid joined devices by using Intune and Windows
 * Autopilot", 2025-05-29: "Deploying new devices as Microsoft Entra hybrid join devices isn't recommended").
 */
const existingDomainDevices = (a: ResolvedAnswers): boolean => domainJoined(a) && a.deviceAge !== 'new';

/**
 * The ranking: the first rule that applies and whose method is not notSuitable wins. A DEM account is no step
 * of it: Microsoft says that with Autopilot, Group Policy or co-management "you do not need to use a DEM account"
 * (Learn, "Windows device enrollment guide for Microsoft Intune", 02/28/2024), so DEM decides nothing.
 * A mixed fleet is ranked on the view that contains personal devices (Autopilot and Group Policy are ruled out
 * there), so it ends at co-management or automatic enrollment.
 */
export const RANKING: readonly RankingRule[] = [
  // Personal devices: the guide points BYOD to automatic enrollment (the current guide: "BYOD: User enrollment").
  { policy: 'personal-automatic', method: 'automatic', applies: (a) => a.ownership === 'personal' },
  // Windows 7/8.1 kept in Configuration Manager: Autopilot for existing devices upgrades them; co-management follows.
  {
    policy: 'legacy-windows-autopilot-existing',
    method: 'autopilot',
    applies: (a) => isLegacyWindows(a) && a.configMgr === 'keep',
  },
  // The one place the guide itself decides: keep Configuration Manager → co-management "is for you".
  { policy: 'configmgr-comanagement', method: 'coManagement', applies: (a) => a.configMgr === 'keep' },
  // Leaving Configuration Manager: its existing domain-joined clients are co-managed while workloads move to
  // Intune; new or cloud-only devices go straight to Intune (the rules below).
  {
    policy: 'configmgr-transition',
    method: 'coManagement',
    applies: (a) => a.configMgr === 'phasing-out' && existingDomainDevices(a),
  },
  // Autopilot is the method tied to OEM/CSP purchase and to shipping devices straight to remote workers.
  {
    policy: 'autopilot-partner-or-remote',
    method: 'autopilot',
    applies: (a) => a.ownership === 'organization' && (a.purchase === 'autopilot-partner' || a.remoteWorkers === 'yes'),
  },
  // Group Policy is for existing domain-joined devices (hybrid join first when they are on-premises only); new
  // devices are Entra joined instead, so they fall through to automatic enrollment.
  { policy: 'domain-joined-group-policy', method: 'groupPolicy', applies: existingDomainDevices },
  // Nothing points elsewhere. Automatic enrollment is never notSuitable (the guide's only ✘ for it, another
  // MDM, means "unenroll first"), so this rule always answers and a ranking never comes back empty.
  { policy: 'default-automatic', method: 'automatic', applies: () => true },
];

/** A method's bit in a ruled-out mask: bit i for METHOD_IDS[i]. */
const METHOD_BIT = Object.fromEntries(METHOD_IDS.map((m, i) => [m, 1 << i])) as Readonly<Record<MethodId, number>>;

/** The first ranking rule that applies to a method not in `ruledOutMask` (bit i = METHOD_IDS[i]), or null. */
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

/**
 * How an Autopilot device joins. Self-deploying is Entra join only (Learn, "Windows Autopilot scenarios", 06/19/2024:
 * "self-deploying mode only supports Microsoft Entra join"). Hybrid join only for existing domain-joined devices: for
 * new ones Microsoft recommends Entra join, "consider moving new devices to Microsoft Entra join while keeping existing
 * devices on Microsoft Entra hybrid join" (same page; and "Deploy Microsoft Entra hybrid joined devices by using
 * Intune and Windows Autopilot", 2025-05-29).
 */
export function autopilotJoinFor(a: ResolvedAnswers, mode: AutopilotMode): AutopilotJoin {
  if (mode === 'self-deploying') return 'entra';
  return domainJoined(a) && (a.deviceAge === 'existing' || mode === 'existing-devices') ? 'hybrid' : 'entra';
}

/**
 * The co-management path: existing hybrid-joined Configuration Manager clients are enrolled through the MDM user
 * scope (a); new devices, cloud-only identity or devices already in Intune are Entra joined first and get the
 * Configuration Manager client from Intune through a cloud management gateway (b) (Learn, "Tutorial - Enable
 * co-management for internet devices", 08/24/2021; "Tutorial: Enable co-management for existing Configuration
 * Manager clients").
 */
export function coManagementPathFor(a: Pick<ResolvedAnswers, 'alreadyInIntune' | 'identity' | 'deviceAge'>): CoManagementPath {
  if (a.alreadyInIntune === 'yes' || a.identity === 'cloud' || a.deviceAge === 'new') return 'new-devices';
  return 'existing-clients';
}

const DEVICE_ONLY: Scopes = { mdm: 'some-or-all', mam: 'none' };
const NEITHER: Scopes = { mdm: 'none', mam: 'none' };

/**
 * Automatic enrollment's user scopes. The WIP user scope (the guide's MAM user scope) is always None: WIP without
 * enrollment is retired and "For WIP user scope, select None" (Learn, "Enable MDM automatic enrollment for Windows",
 * 02/13/2026; "Configure app protection policies for Windows 10/11", 02/27/2024: "You can no longer create WIP
 * policies for unenrolled devices"). Only personal devices whose work account alone is managed stay out of MDM.
 */
export function scopesFor(a: ResolvedAnswers): Scopes {
  return a.ownership === 'personal' && a.manage === 'account' ? NEITHER : DEVICE_ONLY;
}

/**
 * How personal devices stay registered when only the work account is managed. A registered device is not enrolled
 * only while its user is outside the MDM user scope; a mixed fleet's users need the scope for their organization
 * devices, so personally owned Windows devices are blocked by an enrollment restriction instead (Learn,
 * enrollment-restrictions-set, "Blocking personal Windows devices", memdocs ms.date 05/28/2024).
 */
export function registerPersonalFor(a: ResolvedAnswers): RegisterPersonalBy | undefined {
  if (a.manage !== 'account') return undefined;
  if (a.ownership === 'personal') return 'outside-mdm-scope';
  return a.ownership === 'mixed' ? 'block-personal-enrollment' : undefined;
}

/**
 * Whether the method needs Microsoft Entra ID P1: the MDM user scope (automatic enrollment) is a P1 feature, and
 * Autopilot, Group Policy and co-management build on it (Learn, "Enable MDM automatic enrollment for Windows",
 * 02/13/2026, prerequisites; "Windows Autopilot licensing requirements", 11/30/2023). Registering personal devices
 * with the work account only does not.
 */
export function needsEntraP1(method: MethodId | null, a: ResolvedAnswers): boolean {
  if (method === null) return false;
  return !(method === 'automatic' && a.ownership === 'personal' && a.manage === 'account');
}
