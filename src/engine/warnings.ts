import type { ResolvedAnswers } from './answers';
import { needsEntraP1 } from './policy';
import type { AutopilotJoin, AutopilotMode, MethodId, RegisterPersonalBy, WarningCode } from './types';

/** What a warning condition may look at: the answers and the decision already taken for them. */
export interface WarningContext {
  readonly a: ResolvedAnswers;
  readonly recommended: MethodId | null;
  readonly contradiction: boolean;
  readonly autopilotMode: AutopilotMode | undefined;
  readonly autopilotJoin: AutopilotJoin | undefined;
  readonly registerPersonal: RegisterPersonalBy | undefined;
}

const isWindows10 = (a: ResolvedAnswers): boolean =>
  a.windowsVersion === 'win10-1803-plus' || a.windowsVersion === 'win10-1709-or-older';
const isLegacy = (a: ResolvedAnswers): boolean => a.windowsVersion === 'win7' || a.windowsVersion === 'win8.1';
const personalInPlay = (a: ResolvedAnswers): boolean => a.ownership === 'personal' || a.ownership === 'mixed';
const domainJoined = (a: ResolvedAnswers): boolean => a.identity === 'hybrid' || a.identity === 'onprem';

/** When each warning applies: one condition per code, so "exactly when its situation applies" is readable here. */
export const WARNING_RULES = {
  // The guide's ✘ for every method: devices managed by another MDM must leave it first.
  // Registering the work account only (no MDM enrollment) is not about it.
  'unenroll-other-mdm': ({ a }) => a.otherMdm === 'yes' && !(a.ownership === 'personal' && a.manage === 'account'),
  // Bulk enrollment is only for organization-owned devices.
  'bulk-organization-only': ({ a }) => a.volume === 'bulk' && personalInPlay(a),
  // Windows 7/8.1 must be upgraded before any method enrolls them.
  'upgrade-windows': ({ a }) => isLegacy(a),
  // P1 is not confirmed and the recommended method needs it (Learn, "Enable MDM automatic enrollment for Windows",
  // 02/13/2026, prerequisites: Microsoft Entra ID P1 or P2).
  'premium-required': ({ a, recommended }) => a.azureAdPremium !== 'yes' && needsEntraP1(recommended, a),
  // User-less devices are organization-owned; they get a kiosk or shared-device profile.
  'userless-organization-owned': ({ a }) => a.userAffinity === 'userless' || a.userAffinity === 'both',
  // Personal devices cannot be user-less: ask, do not guess.
  'personal-userless-conflict': ({ contradiction }) => contradiction,
  // Group Policy, and co-management path a, enroll only hybrid joined devices; on-premises or unknown must be fixed first.
  'hybrid-required': ({ a, recommended }) =>
    (a.identity === 'onprem' || a.identity === 'unknown') &&
    (recommended === 'groupPolicy' || (recommended === 'coManagement' && a.alreadyInIntune !== 'yes' && a.deviceAge !== 'new')),
  // Configuration Manager may spread co-management enrollment out over time.
  'configmgr-enrollment-delay': ({ recommended }) => recommended === 'coManagement',
  // Unless only the work account is managed, personal devices end up joined and fully managed by IT.
  'personal-device-managed': ({ a, recommended }) => personalInPlay(a) && recommended !== null && a.manage !== 'account',
  // Every result uses the guide's Azure AD names.
  'entra-renamed': () => true,
  // Windows 10 is the answer, or the guide's upgrade target for Windows 7/8.1; the target is now Windows 11.
  'windows10-end-of-support': ({ a }) => isWindows10(a) || isLegacy(a),
  'windows81-unsupported': ({ a }) => a.windowsVersion === 'win8.1',
  // The guide would set the MAM (now WIP) user scope for the work account; WIP is retired, so say why it stays None.
  'wip-deprecated': ({ a, recommended }) => recommended !== null && personalInPlay(a) && (a.manage === 'account' || a.manage === 'both'),
  // Microsoft recommends Entra join for new devices; said where the method hybrid joins and new devices may be among them.
  'hybrid-not-recommended': ({ a, recommended, autopilotJoin }) =>
    domainJoined(a) &&
    (a.deviceAge === 'both' || a.deviceAge === 'unknown') &&
    (recommended === 'groupPolicy' || (recommended === 'coManagement' && a.alreadyInIntune !== 'yes') || autopilotJoin === 'hybrid'),
  // Self-deploying and pre-provisioning use TPM 2.0 attestation; virtual machines are not supported, even with a
  // virtual TPM (Learn, "Windows Autopilot scenarios", 06/19/2024, "Which Autopilot scenario to use").
  'tpm-attestation-required': ({ autopilotMode }) => autopilotMode === 'self-deploying' || autopilotMode === 'pre-provisioned',
  // Hybrid join Autopilot: connector ≥ 6.2501.2000.5, its MSA's OU rights, a Domain Join profile, the OU limit, DC line
  // of sight (Learn, "Deploy Microsoft Entra hybrid joined devices by using Intune and Windows Autopilot", 2025-05-29).
  'hybrid-autopilot-prerequisites': ({ autopilotJoin }) => autopilotJoin === 'hybrid',
  // Windows 7/8.1-era hardware often lacks TPM 2.0 or a supported CPU for Windows 11.
  'replace-legacy-hardware': ({ a }) => isLegacy(a),
  // Blocking personally owned Windows devices also blocks Entra join in OOBE and from Settings, and Autopilot for
  // existing devices, unless the device is registered with Autopilot (or as a corporate identifier) (Learn,
  // enrollment-restrictions-set, "Blocking personal Windows devices", memdocs ms.date 05/28/2024).
  'personal-block-blocks-join': ({ registerPersonal }) => registerPersonal === 'block-personal-enrollment',
  // Windows Home cannot join Entra ID; most private PCs run it. Admins cannot answer for those PCs, so say it.
  'windows-home-cannot-join': ({ a, recommended }) => personalInPlay(a) && recommended !== null,
  // A DEM account with a method that does not use one: Microsoft says "you do not need to use a DEM account".
  'dem-not-needed': ({ a, recommended }) => a.demAccount === 'yes' && recommended !== null && recommended !== 'automatic',
} satisfies Record<WarningCode, (ctx: WarningContext) => boolean>;
