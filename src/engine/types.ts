/**
 * The engine's closed vocabulary: question ids, answer values, method ids, criterion ids,
 * verdicts, reason effects, prerequisite and warning codes. These strings are a public contract
 * (HTTP API, card data, tests); the engine returns only these ids, never prose.
 */

/** The four enrollment methods, in the fixed order every result lists them. */
export const METHOD_IDS = ['automatic', 'autopilot', 'groupPolicy', 'coManagement'] as const;
export type MethodId = (typeof METHOD_IDS)[number];

/** The rows of the guide's four "Feature | Use this enrollment option when" tables. */
export const CRITERION_IDS = [
  'premium',
  'caBulk',
  'personal',
  'organization',
  'newOrExisting',
  'volume',
  'singleUser',
  'userless',
  'dem',
  'otherMdm',
  'autopilotPartner',
  'hybridJoined',
  'remoteWorkers',
  'configMgr',
  'enrolledInIntune',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/** Every question and the values it accepts besides `unknown` ("don't know"). Order = catalogue order. */
export const QUESTION_VALUES = {
  ownership: ['organization', 'personal', 'mixed'],
  windowsVersion: ['win11', 'win10-1803-plus', 'win10-1709-or-older', 'win7', 'win8.1'],
  azureAdPremium: ['yes', 'no'],
  identity: ['cloud', 'hybrid', 'onprem'],
  // 'phasing-out' (added after the guide): uses Configuration Manager today and wants to leave it.
  configMgr: ['keep', 'none', 'phasing-out'],
  alreadyInIntune: ['yes', 'no'],
  purchase: ['autopilot-partner', 'other'],
  remoteWorkers: ['yes', 'no'],
  deviceAge: ['new', 'existing', 'both'],
  volume: ['few', 'bulk'],
  userAffinity: ['single', 'userless', 'both'],
  demAccount: ['yes', 'no'],
  otherMdm: ['yes', 'no'],
  conditionalAccess: ['yes', 'no'],
  manage: ['device', 'account', 'both'],
} as const;

export type QuestionId = keyof typeof QUESTION_VALUES;
export const QUESTION_IDS = Object.keys(QUESTION_VALUES) as QuestionId[];

/** The answer meaning "don't know"; accepted for every question. */
export const UNKNOWN = 'unknown' as const;
export type Unknown = typeof UNKNOWN;

/** A known value of question Q (not `unknown`). */
export type KnownValue<Q extends QuestionId> = (typeof QUESTION_VALUES)[Q][number];
/** Any accepted answer to question Q. */
export type AnswerValue<Q extends QuestionId> = KnownValue<Q> | Unknown;

/** An admin's answers so far. Every key is optional; a missing key is treated like `unknown`. */
export type Answers = { readonly [Q in QuestionId]?: AnswerValue<Q> };

/** How one method fares for the admin's situation. */
export type Verdict = 'suitable' | 'conditional' | 'notSuitable';

/** What the guide's table shows in one cell: ✔ use it, ✘ do not, — the table has no such row. */
export type CellMark = 'yes' | 'no' | 'silent';

/**
 * How one criterion weighs on one method in this situation.
 * supports: the guide's ✔ applies. rulesOut: the guide's ✘ (or a hard requirement that is not met).
 * requires: the method needs this and it is met. condition: usable once a prerequisite is done or an
 * unknown is checked. note: a remark from the guide that changes no verdict.
 */
export type Effect = 'supports' | 'rulesOut' | 'requires' | 'condition' | 'note';

/**
 * Notes attached to cells of the matrix (the text under a ✔ or ✘ in the guide).
 * The content layer words each one; the engine only names it.
 */
export const CELL_NOTE_IDS = [
  'premium-may-be-needed',
  'premium-required-automatic',
  'premium-required-autopilot',
  'premium-required-group-policy',
  'premium-depends-on-comanagement-path',
  'premium-not-needed-to-register',
  'ca-bulk-1803-plus',
  'ca-bulk-available',
  'bulk-organization-only',
  'autopilot-organization-only',
  'byod-use-automatic',
  'existing-desktops-upgrade-with-configmgr',
  'upgrade-before-comanagement',
  'userless-organization-owned',
  'dem-not-for-autopilot',
  'dem-not-for-group-policy',
  'dem-not-for-comanagement',
  'unenroll-other-mdm',
  'unenroll-no-classic-agents',
  'hybrid-joined-explained',
  'hybrid-join-before-enrollment',
  'ship-to-remote-workers',
  'configmgr-keep-it',
  'configmgr-transition',
  'bring-intune-devices-to-comanagement',
  'windows10-1709-out-of-service',
] as const;
export type CellNoteId = (typeof CELL_NOTE_IDS)[number];

/** One cell of the method matrix, as data. */
export interface MatrixCell {
  readonly mark: CellMark;
  /** The guide's note under the mark, if any. */
  readonly note?: CellNoteId;
}

/** One reason in a verdict: which criterion, how it weighed, and the guide's note if any. */
export interface Reason {
  readonly criterion: CriterionId;
  readonly effect: Effect;
  readonly note?: CellNoteId;
}

/** What must be done, or checked, before a `conditional` method is usable. */
export const PREREQUISITE_CODES = [
  'upgrade-windows',
  'hybrid-join-first',
  'unenroll-other-mdm',
  'get-entra-p1',
  'confirm-configmgr',
  'confirm-identity',
  'confirm-windows-version',
  'confirm-ownership',
  'use-configmgr-for-existing-devices',
  'confirm-other-mdm',
] as const;
export type PrerequisiteCode = (typeof PREREQUISITE_CODES)[number];

/** Warnings: a closed set, emitted exactly when their situation applies; the content layer words them. */
export const WARNING_CODES = [
  'unenroll-other-mdm',
  'bulk-organization-only',
  'upgrade-windows',
  'premium-required',
  'userless-organization-owned',
  'personal-userless-conflict',
  'hybrid-required',
  'configmgr-enrollment-delay',
  'personal-device-managed',
  'entra-renamed',
  'windows10-end-of-support',
  'windows81-unsupported',
  'wip-deprecated',
  'hybrid-not-recommended',
  'tpm-attestation-required',
  'hybrid-autopilot-prerequisites',
  'replace-legacy-hardware',
  'personal-block-blocks-join',
  'windows-home-cannot-join',
  'dem-not-needed',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Warnings that restate Microsoft's documentation after April 2021, not the guide itself. */
export const SINCE_GUIDE_WARNINGS = [
  'entra-renamed',
  'windows10-end-of-support',
  'windows81-unsupported',
  'wip-deprecated',
  'hybrid-not-recommended',
  'tpm-attestation-required',
  'hybrid-autopilot-prerequisites',
  'replace-legacy-hardware',
  'personal-block-blocks-join',
  'windows-home-cannot-join',
  'dem-not-needed',
] as const satisfies readonly WarningCode[];

/** The product's own ranking rules (the guide does not rank); the result names the one that chose. */
export const POLICY_IDS = [
  'personal-automatic',
  'legacy-windows-autopilot-existing',
  'configmgr-comanagement',
  'configmgr-transition',
  'autopilot-partner-or-remote',
  'domain-joined-group-policy',
  'default-automatic',
  'contradiction',
] as const;
export type PolicyId = (typeof POLICY_IDS)[number];

export const AUTOPILOT_MODES = ['self-deploying', 'pre-provisioned', 'existing-devices', 'user-driven'] as const;
export type AutopilotMode = (typeof AUTOPILOT_MODES)[number];

/**
 * Automatic enrollment's user scopes. `some-or-all` reads "Some or All" in the admin center. `mam` is the guide's
 * MAM user scope, now the WIP user scope: the engine always returns 'none' (WIP is retired); the type keeps
 * 'some-or-all' because published organization settings from before may still carry it.
 */
export type ScopeSetting = 'none' | 'some-or-all';
export interface Scopes {
  readonly mdm: ScopeSetting;
  readonly mam: ScopeSetting;
}

/**
 * How personal devices stay registered (work account only) instead of MDM-enrolled: their users are kept out of
 * the MDM user scope, or an enrollment restriction blocks personally owned Windows devices.
 */
export type RegisterPersonalBy = 'outside-mdm-scope' | 'block-personal-enrollment';

/** One method's verdict with everything that explains it. */
export interface MethodResult {
  readonly id: MethodId;
  readonly verdict: Verdict;
  readonly reasons: readonly Reason[];
  readonly prerequisites: readonly PrerequisiteCode[];
}

/** The engine's full answer for one set of answers. */
export interface Recommendation {
  /** The chosen method, or null when the answers contradict each other. */
  readonly recommended: MethodId | null;
  /** Which of the product's ranking rules chose it (never the guide's words). */
  readonly policy: PolicyId;
  /** All four methods, always in METHOD_IDS order. */
  readonly methods: readonly MethodResult[];
  readonly warnings: readonly WarningCode[];
  /** Present when Autopilot is recommended. */
  readonly autopilotMode?: AutopilotMode;
  /** Present when Autopilot is recommended: how the device joins (self-deploying is Entra join only). */
  readonly autopilotJoin?: AutopilotJoin;
  /** Present when co-management is recommended: which set-up path the answers point to. */
  readonly coManagementPath?: CoManagementPath;
  /** Present when automatic enrollment is recommended. */
  readonly scopes?: Scopes;
  /** Present when personal devices are only registered (work account only): how they are kept out of MDM. */
  readonly registerPersonal?: RegisterPersonalBy;
  /** Present when ownership is mixed: the same analysis for each kind of device. */
  readonly segments?: { readonly organization: Recommendation; readonly personal: Recommendation };
}

/**
 * How much an interview asks. `full`: everything that can still change any part of the outcome. `decision`: for runs
 * that began with a description, only the hard stops and what can still change the recommended method (with
 * Autopilot's mode and join, co-management's path, and how personal devices are kept); refinements stay unasked
 * and show as confirm steps in the result.
 */
export const INTERVIEW_FOCUSES = ['full', 'decision'] as const;
export type InterviewFocus = (typeof INTERVIEW_FOCUSES)[number];

/** Options of nextQuestion; the default is the full interview. */
export interface NextQuestionOptions {
  readonly focus?: InterviewFocus;
}

/** What nextQuestion answers: the next question that can still change the outcome, or done. */
export type NextQuestion =
  | { readonly done: true }
  | { readonly done: false; readonly question: QuestionId; readonly asked: number; readonly estimatedTotal: number };

/** The administrator's to-do items; which ones apply depends on the recommendation. */
export const ADMIN_TASK_IDS = [
  'intune-licences',
  'entra-p1-licences',
  'mdm-scope-role',
  'entra-device-settings',
  'dem-account',
  'auto-windows-version',
  'auto-cname',
  'auto-scopes',
  'auto-bulk-package',
  'bulk-exclude-mfa',
  'byod-keep-registered',
  'byod-block-personal-enrollment',
  'byod-corporate-identifiers',
  'byod-disable-mdm-on-add-account',
  'byod-app-protection-edge',
  'byod-conditional-access',
  'byod-security-center-connector',
  'ap-automatic-enrollment',
  'ap-register-devices',
  'ap-esp',
  'ap-deployment-profile',
  'ap-intune-connector',
  'ap-domain-join-profile',
  'ap-existing-devices-task-sequence',
  'ap-devices-appear',
  'gp-supported-devices',
  'gp-register-ad',
  'gp-hybrid-join',
  'gp-create-policy',
  'cm-path-configmgr-clients',
  'cm-path-intune-devices',
  'cm-move-workloads',
  'cm-tenant-attach',
  'guide-users',
] as const;
export type AdminTaskId = (typeof ADMIN_TASK_IDS)[number];

/** End-user instruction sets: one per method and situation an employee can be in. */
export const INSTRUCTION_SET_IDS = [
  'automatic-organization',
  'automatic-organization-existing',
  'automatic-bulk',
  'automatic-personal-register',
  'automatic-personal-register-general',
  'automatic-personal-join',
  'windows-home-no-join',
  'autopilot-user-driven',
  'autopilot-hybrid',
  'autopilot-pre-provisioned',
  'autopilot-self-deploying',
  'autopilot-existing-devices',
  'group-policy',
  'co-management-existing',
  'co-management-new',
  'userless-nothing-to-do',
] as const;
export type InstructionSetId = (typeof INSTRUCTION_SET_IDS)[number];

/** Why validateAnswers refused its input; `allowed` lists what would have been accepted. */
export type AnswerError =
  | { readonly code: 'not-an-object' }
  | { readonly code: 'unknown-key'; readonly key: string; readonly allowed: readonly string[] }
  | { readonly code: 'unknown-value'; readonly key: QuestionId; readonly value: unknown; readonly allowed: readonly string[] };

/** Whether a row of the comparison table describes the admin's situation. */
export type SituationMark = 'applies' | 'doesNotApply' | 'unknown';

/** Which co-management set-up path the answers point to (reference: co-management tasks a and b). */
export type CoManagementPath = 'existing-clients' | 'new-devices';

/** How an Autopilot device joins: Microsoft Entra join, or Microsoft Entra hybrid join (on-premises AD too). */
export type AutopilotJoin = 'entra' | 'hybrid';

/**
 * The employee flow's questions and their values ("how do I enroll my device?"). `edition` is asked only before
 * steps that join a device from Settings, because Windows Home cannot join Microsoft Entra ID.
 */
export const EMPLOYEE_QUESTION_VALUES = {
  deviceOwner: ['organization', 'personal'],
  obtained: ['new-from-it', 'shipped-new', 'existing', 'own-purchase'],
  edition: ['pro-or-higher', 'home', 'not-sure'],
} as const;
export type EmployeeQuestionId = keyof typeof EMPLOYEE_QUESTION_VALUES;
export const EMPLOYEE_QUESTION_IDS = Object.keys(EMPLOYEE_QUESTION_VALUES) as EmployeeQuestionId[];
export type EmployeeAnswerValue<Q extends EmployeeQuestionId> = (typeof EMPLOYEE_QUESTION_VALUES)[Q][number];
export type EmployeeAnswers = { readonly [Q in EmployeeQuestionId]?: EmployeeAnswerValue<Q> };

/** What the employee flow still needs to ask, or done. */
export type EmployeeNextQuestion = { readonly done: true } | { readonly done: false; readonly question: EmployeeQuestionId };

/** The organization's published choice, used to tell employees which instructions apply to them. */
export interface OrganizationSettings {
  readonly organizationMethod?: MethodId;
  readonly personalMethod?: MethodId;
  readonly autopilotMode?: AutopilotMode;
  /** How the organization's Autopilot devices join; hybrid join changes what employees see at sign-in. */
  readonly autopilotJoin?: AutopilotJoin;
  readonly personalScopes?: Scopes;
}

/**
 * Where Microsoft's current guidance changed what the customer's April 2021 copy would have the admin do; the
 * result names each that changed this advice, and the content layer says it in one line.
 */
export const SINCE_GUIDE_CHANGE_IDS = [
  'p1-required',
  'wip-retired',
  'registered-not-enrolled',
  'entra-join-for-new-devices',
  'self-deploying-entra-only',
  'dem-not-a-blocker',
  'windows-11-target',
  'bulk-ca-any-version',
  'group-policy-is-automatic-variant',
  'configmgr-phasing-out',
] as const;
export type SinceGuideChangeId = (typeof SINCE_GUIDE_CHANGE_IDS)[number];

/** Places where the customer's Dutch copy of the guide is wrong and this advice depends on them. */
export const GUIDE_COPY_NOTE_CODES = [
  'nl-autopilot-personal',
  'nl-lost-cross',
  'nl-autopilot-tasks-missing',
  'nl-comanagement-paths-missing',
  'nl-registered-means-enrolled',
] as const;
export type GuideCopyNoteCode = (typeof GUIDE_COPY_NOTE_CODES)[number];
