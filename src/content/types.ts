/**
 * Shapes of localized output: what the HTTP API returns and the cards are built from.
 * The engine speaks ids; these carry the same ids plus text in one language.
 */
import { EMPLOYEE_QUESTION_VALUES, type EmployeeAnswerValue, type EmployeeQuestionId } from '../engine/types';
import type {
  AdminTaskId,
  AutopilotJoin,
  AutopilotMode,
  CoManagementPath,
  CriterionId,
  Effect,
  InstructionSetId,
  MethodId,
  PolicyId,
  PrerequisiteCode,
  QuestionId,
  RegisterPersonalBy,
  ScopeSetting,
  Verdict,
  WarningCode,
} from '../engine/types';

/** The product's languages; English is the source every Dutch text is checked against. */
export const LANGS = ['en', 'nl'] as const;
export type Lang = (typeof LANGS)[number];

export interface LocalizedOption {
  readonly value: string;
  readonly label: string;
}

export interface LocalizedQuestion {
  readonly id: QuestionId;
  readonly text: string;
  /** One line from the guide: why this question matters. */
  readonly why: string;
  /** Known values only; "don't know" is offered by the UI for every question. */
  readonly options: readonly LocalizedOption[];
}

export interface LocalizedReason {
  readonly criterion: CriterionId;
  readonly effect: Effect;
  readonly text: string;
}

export interface LocalizedPrerequisite {
  readonly code: PrerequisiteCode;
  readonly text: string;
}

export interface LocalizedWarning {
  readonly code: WarningCode;
  readonly text: string;
  /** True for notes from Microsoft's documentation after the guide (April 2021). */
  readonly sinceGuide: boolean;
}

export interface LocalizedMethod {
  readonly id: MethodId;
  readonly name: string;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly reasons: readonly LocalizedReason[];
  readonly prerequisites: readonly LocalizedPrerequisite[];
}

export interface LocalizedRecommendation {
  readonly recommended: MethodId | null;
  /** The recommended method's name, or a sentence saying the answers contradict each other. */
  readonly recommendedName: string;
  readonly policy: PolicyId;
  /** The product-policy sentence, labelled as ours, not the guide's. */
  readonly policyText: string;
  readonly methods: readonly LocalizedMethod[];
  readonly warnings: readonly LocalizedWarning[];
  readonly autopilotMode?: { readonly id: AutopilotMode; readonly name: string; readonly text: string };
  readonly autopilotJoin?: { readonly id: AutopilotJoin; readonly text: string };
  readonly coManagementPath?: { readonly id: CoManagementPath; readonly text: string };
  readonly registerPersonal?: { readonly id: RegisterPersonalBy; readonly text: string };
  readonly scopes?: {
    readonly mdm: ScopeSetting;
    readonly mam: ScopeSetting;
    readonly mdmLabel: string;
    readonly mamLabel: string;
    readonly text: string;
  };
  readonly segments?: { readonly organization: LocalizedRecommendation; readonly personal: LocalizedRecommendation };
}

export interface LocalizedAdminTask {
  readonly id: AdminTaskId;
  readonly title: string;
  readonly detail: string;
}

/** The organization's own values, filled into employee instructions where the guide says users must type them. */
export interface OrgValues {
  readonly organizationName?: string;
  /** Enrollment server name or CNAME, e.g. EnterpriseEnrollment.contoso.com. */
  readonly enrollmentServer?: string;
  readonly supportText?: string;
  /** https only. */
  readonly supportUrl?: string;
}

/** The blocks every instruction set has besides its numbered steps, in the order they are shown. */
export const INSTRUCTION_SECTION_IDS = ['before', 'see', 'time', 'fallback', 'failure', 'check'] as const;
export type InstructionSectionId = (typeof INSTRUCTION_SECTION_IDS)[number];

/** One block of an instruction set: a heading and its lines (never numbered steps). */
export interface InstructionSection {
  readonly id: InstructionSectionId;
  readonly heading: string;
  readonly items: readonly string[];
}

export interface LocalizedInstructions {
  readonly id: InstructionSetId;
  readonly method: MethodId;
  readonly title: string;
  /** The short title in result lists (message extension search): one line, at most 32 characters. */
  readonly listTitle: string;
  readonly intro: string;
  /** The main path only, in Windows 11's order; fallbacks are a section of their own. */
  readonly steps: readonly string[];
  /** Before you start, what you will see, how long it takes, fallback, when it fails, how to know it worked. */
  readonly sections: readonly InstructionSection[];
  /** Who to contact: the organization's published support contact, or the IT helpdesk. */
  readonly outro: string;
  /** True when no organization values were filled in: these are the general instructions. */
  readonly general: boolean;
  /** Search terms for the helpdesk message extension, in this language. */
  readonly keywords: readonly string[];
}

/** The employee flow's questions and values come from the engine; re-exported here for the cards and bot. */
export const EMPLOYEE_VALUES = EMPLOYEE_QUESTION_VALUES;
export type { EmployeeQuestionId };
export type EmployeeValue<Q extends EmployeeQuestionId> = EmployeeAnswerValue<Q>;

/** An employee-flow question: same shape as LocalizedQuestion, with the employee question id. */
export interface LocalizedEmployeeQuestion {
  readonly id: EmployeeQuestionId;
  readonly text: string;
  readonly why: string;
  readonly options: readonly LocalizedOption[];
}
