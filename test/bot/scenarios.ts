import type { Lang } from '../../src/content/types';
import type { AnswerValue, Answers, InstructionSetId, MethodId, QuestionId } from '../../src/engine/types';

/** How the admin answers in a scenario: clicking buttons, typing, or alternating. */
export type AnswerMode = 'click' | 'type' | 'mixed';

/** One full advice conversation: what the admin would answer, and what they must be told. */
export interface ConversationScenario {
  readonly name: string;
  /** The admin's answer to every question the bot might ask; a question not listed is answered "don't know". */
  readonly answers: Answers;
  readonly mode: AnswerMode;
  /** The recommended method, or null when the answers contradict each other. */
  readonly method: MethodId | null;
  /** The employee instruction sets the admin must receive, in order. */
  readonly sets: readonly InstructionSetId[];
  /** Questions that must not be asked in this situation. */
  readonly neverAsked?: readonly QuestionId[];
  /** Text that must appear on the recommendation card, per language (e.g. a segment title or a setting). */
  readonly recommendationMentions?: Readonly<Record<Lang, readonly string[]>>;
}

/** A fresh answers object for each use, so no scenario can change another's data. */
export function makeAnswers(overrides: Answers): Answers {
  return { ...overrides };
}

/** The method names a user must see, written out by hand in both languages. */
export const METHOD_NAMES: Readonly<Record<MethodId, Readonly<Record<Lang, string>>>> = {
  automatic: { en: 'Automatic enrollment', nl: 'Automatische inschrijving' },
  autopilot: { en: 'Windows Autopilot', nl: 'Windows Autopilot' },
  groupPolicy: { en: 'Group Policy', nl: 'Groepsbeleid' },
  coManagement: { en: 'Co-management enrollment', nl: 'Inschrijving via co-beheer' },
};

const organizationBase = makeAnswers({
  ownership: 'organization',
  userAffinity: 'single',
  demAccount: 'no',
  otherMdm: 'no',
  volume: 'few',
  conditionalAccess: 'no',
});

/** Ten-plus realistic admin situations, each run in English and Dutch by the conversation tests. */
export const CONVERSATION_SCENARIOS: readonly ConversationScenario[] = [
  {
    name: 'new laptops from an Autopilot partner, cloud-only',
    answers: { ...organizationBase, windowsVersion: 'win11', azureAdPremium: 'yes', identity: 'cloud', configMgr: 'none', purchase: 'autopilot-partner', remoteWorkers: 'no' },
    mode: 'click',
    method: 'autopilot',
    sets: ['autopilot-user-driven'],
    neverAsked: ['manage', 'deviceAge'],
  },
  {
    name: 'personal devices, only the work account managed',
    answers: { ownership: 'personal', userAffinity: 'single', windowsVersion: 'win10-1803-plus', manage: 'account', otherMdm: 'no', volume: 'few' },
    mode: 'type',
    method: 'automatic',
    sets: ['automatic-personal-register'],
    neverAsked: ['purchase', 'configMgr', 'identity', 'azureAdPremium', 'remoteWorkers'],
    // Current guidance (issue 9): personal devices are registered, not enrolled; WIP (the former MAM scope) is retired.
    recommendationMentions: {
      en: ['Personal devices are registered, not enrolled', 'WIP user scope (formerly MAM user scope)'],
      nl: ['Persoonlijke apparaten worden geregistreerd, niet ingeschreven', 'WIP-gebruikersbereik (voorheen MAM-gebruikersbereik)'],
    },
  },
  {
    name: 'mixed fleet with remote workers',
    answers: {
      ownership: 'mixed',
      userAffinity: 'single',
      windowsVersion: 'win11',
      azureAdPremium: 'yes',
      identity: 'cloud',
      configMgr: 'none',
      purchase: 'autopilot-partner',
      remoteWorkers: 'yes',
      demAccount: 'no',
      otherMdm: 'no',
      manage: 'both',
      volume: 'few',
    },
    mode: 'mixed',
    method: 'automatic',
    sets: ['autopilot-user-driven', 'automatic-personal-join'],
    // Remote workers are asked before the cap, so the organization devices get Autopilot; Windows version waits.
    neverAsked: ['purchase', 'windowsVersion'],
    recommendationMentions: {
      en: ['Organization-owned devices: Windows Autopilot', 'Personal devices (BYOD): Automatic enrollment'],
      nl: ['Apparaten in bedrijfseigendom: Windows Autopilot', 'Persoonlijke apparaten (BYOD): Automatische inschrijving'],
    },
  },
  {
    name: 'keeping Configuration Manager on hybrid joined devices',
    answers: { ...organizationBase, windowsVersion: 'win10-1803-plus', azureAdPremium: 'yes', identity: 'hybrid', configMgr: 'keep', alreadyInIntune: 'no' },
    mode: 'type',
    method: 'coManagement',
    // Existing hybrid joined clients not yet in Intune: co-management path a only (issue 9's co-management path).
    sets: ['co-management-existing'],
    neverAsked: ['purchase', 'remoteWorkers', 'manage'],
  },
  {
    name: 'on-premises domain without Configuration Manager',
    answers: { ...organizationBase, windowsVersion: 'win10-1803-plus', azureAdPremium: 'yes', identity: 'onprem', configMgr: 'none', purchase: 'other', remoteWorkers: 'no' },
    mode: 'mixed',
    method: 'groupPolicy',
    sets: ['group-policy'],
  },
  {
    name: 'Windows 7 desktops kept in Configuration Manager',
    answers: { ...organizationBase, windowsVersion: 'win7', azureAdPremium: 'yes', identity: 'hybrid', configMgr: 'keep' },
    mode: 'click',
    method: 'autopilot',
    sets: ['autopilot-existing-devices'],
  },
  {
    // A personal device has one user, so the interview no longer asks a personal-only fleet about user-less devices;
    // a mixed fleet that is entirely user-less is the contradiction it can still state.
    name: 'a mixed fleet of only kiosks contradicts itself',
    answers: { ownership: 'mixed', userAffinity: 'userless' },
    mode: 'type',
    method: null,
    sets: [],
    neverAsked: ['windowsVersion', 'configMgr', 'otherMdm'],
  },
  {
    name: 'an admin who knows nothing yet',
    answers: {},
    mode: 'mixed',
    method: 'automatic',
    sets: ['automatic-organization'],
  },
  {
    name: 'shipping straight to remote workers',
    answers: { ...organizationBase, windowsVersion: 'win11', azureAdPremium: 'yes', identity: 'cloud', configMgr: 'none', purchase: 'other', remoteWorkers: 'yes' },
    mode: 'type',
    method: 'autopilot',
    sets: ['autopilot-user-driven'],
    neverAsked: ['purchase'],
  },
  {
    name: 'Autopilot partner but no Azure AD Premium',
    answers: { ...organizationBase, windowsVersion: 'win11', azureAdPremium: 'no', identity: 'cloud', configMgr: 'none', purchase: 'autopilot-partner', remoteWorkers: 'no' },
    mode: 'click',
    // Current guidance (issue 9): every method needs Entra ID P1, so it no longer rules Autopilot out; it blocks the start.
    method: 'autopilot',
    sets: ['autopilot-user-driven'],
  },
  {
    name: 'shared kiosks from an Autopilot partner',
    answers: {
      ...organizationBase,
      userAffinity: 'userless',
      windowsVersion: 'win11',
      azureAdPremium: 'yes',
      identity: 'cloud',
      configMgr: 'none',
      purchase: 'autopilot-partner',
      remoteWorkers: 'no',
    },
    mode: 'mixed',
    method: 'autopilot',
    sets: ['autopilot-self-deploying'],
  },
  {
    name: 'devices still managed by another MDM',
    answers: { ...organizationBase, windowsVersion: 'win10-1803-plus', azureAdPremium: 'yes', identity: 'cloud', configMgr: 'none', purchase: 'other', remoteWorkers: 'no', otherMdm: 'yes' },
    mode: 'type',
    method: 'automatic',
    sets: ['automatic-organization'],
  },
];

/** The scenario's answer to `q`, or "don't know" when it has none. */
export function answerFor<Q extends QuestionId>(scenario: ConversationScenario, q: Q): AnswerValue<Q> {
  return scenario.answers[q] ?? 'unknown';
}
