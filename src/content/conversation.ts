import type { QuestionId } from '../engine/types';
import { pick } from './lang';
import type { Lang } from './types';

/** Why a card stopped being live: it was replaced or the run it belonged to ended. */
export const RETIRED_REASONS = ['restarted', 'cancelled', 'replaced', 'employee', 'moved'] as const;
export type RetiredReason = (typeof RETIRED_REASONS)[number];

/** The views of the result card, in tab order. */
export const RESULT_VIEWS = ['recommendation', 'comparison', 'tasks'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

/** Labels of the one-card conversation: the wizard, the result views, retired cards, greetings and group-chat notes. */
const en = {
  wizard: {
    answersSoFar: 'Your answers',
    change: 'Change an answer',
    changeOne: (topic: string): string => `Change: ${topic}`,
    /** One or two words per question, for the compact "answers so far" line and its Change buttons. */
    topics: {
      ownership: 'Devices',
      windowsVersion: 'Windows',
      azureAdPremium: 'Entra ID P1/P2',
      identity: 'Join type',
      configMgr: 'Configuration Manager',
      alreadyInIntune: 'Already in Intune',
      purchase: 'Purchase',
      remoteWorkers: 'Remote workers',
      deviceAge: 'New or existing',
      volume: 'Volume',
      userAffinity: 'Users per device',
      demAccount: 'DEM account',
      otherMdm: 'Other MDM',
      conditionalAccess: 'Conditional Access',
      manage: 'What to manage',
    } satisfies Record<QuestionId, string>,
  },
  /** The "before I recommend" card: the open hard stops of a run begun with a description, asked together. */
  prerequisites: {
    title: 'Before I recommend',
    intro: 'These decide which methods are possible at all, so I ask rather than guess. Choose an answer for each (Don\u2019t know is fine), then Continue.',
    progress: (from: number, to: number, total: number): string => `Questions ${from}\u2013${to} of about ${total}`,
    placeholder: 'Choose\u2026',
    submit: 'Continue',
    missingTitle: 'One more choice, please',
    missing: (topics: string): string => `Please choose an answer for: ${topics}. Don\u2019t know is fine too.`,
    typedTitle: 'I did not catch that',
    typed:
      'Choose on the card, or tell me in a sentence, for example \u201cwe have Microsoft 365 E3, no other MDM, SCCM stays\u201d. Type back for the previous question, or cancel to stop.',
  },
  views: {
    recommendation: 'Recommendation',
    comparison: 'Comparison',
    tasks: 'Admin tasks',
  } satisfies Record<ResultView, string>,
  /** Marks the view being shown, beside its name, so the choice is not told by colour alone. */
  currentView: (name: string): string => `\u25cf ${name}`,
  decision: {
    reasons: 'Why this method',
    blocking: 'Before you can start',
    changed: 'Changed since the guide (April 2021)',
    settings: 'Settings to choose',
    warnings: 'Watch out',
  },
  comparison: {
    filtered: 'Only the rows where the methods differ, and the rows that describe your situation (\u25b6).',
    legend: 'A = automatic enrollment \u00b7 AP = Windows Autopilot \u00b7 GP = Group Policy \u00b7 CM = co-management',
    abbreviations: { automatic: 'A', autopilot: 'AP', groupPolicy: 'GP', coManagement: 'CM' },
    verdicts: { suitable: '\u2714 Suitable', conditional: '! With conditions', notSuitable: '\u2718 Not suitable' },
    recommended: '\u2605',
  },
  retired: {
    restarted: 'You started over; this card is closed.',
    cancelled: 'You stopped this advice; this card is closed.',
    replaced: 'A newer advice replaced this one; this card is closed.',
    employee: 'Closed: the employee questions started below.',
    moved: 'The advice continues on the card below.',
  } satisfies Record<RetiredReason, string>,
  owner: {
    title: 'This advice is someone else\u2019s',
    text: (name: string): string =>
      `This advice belongs to ${name}, so nothing changed. For your own advice, chat with me directly and type start, or start one here once theirs is finished.`,
    someone: 'the person who started it',
  },
  publish: {
    confirm: 'Publish these methods for everyone in your organization? Employees\u2019 instructions and the helpdesk cards will follow them.',
    yes: 'Yes, publish',
    notNow: 'Not now',
    published: 'Published',
  },
  /** Suggested next steps under a result (1:1 chats): each sends the command word it names. */
  suggestions: {
    compare: { title: 'Compare methods', command: 'compare' },
    tasks: { title: 'Admin tasks', command: 'tasks' },
    instructions: { title: 'Employee instructions', command: 'instructions' },
    restart: { title: 'Start over', command: 'restart' },
  },
  help: {
    messageExtension:
      'Helpdesk: insert an instruction card into any chat with the Enrollment Advisor message extension (+ next to the message box).',
    personalTab: 'The Advisor tab in this app shows the same advice in a larger window.',
  },
};

/** The conversation texts' shape; English is the source. */
export type ConversationText = typeof en;

const nl: ConversationText = {
  wizard: {
    answersSoFar: 'Uw antwoorden',
    change: 'Een antwoord wijzigen',
    changeOne: (topic) => `Wijzig: ${topic}`,
    topics: {
      ownership: 'Apparaten',
      windowsVersion: 'Windows',
      azureAdPremium: 'Entra ID P1/P2',
      identity: 'Koppeling',
      configMgr: 'Configuration Manager',
      alreadyInIntune: 'Al in Intune',
      purchase: 'Aankoop',
      remoteWorkers: 'Thuiswerkers',
      deviceAge: 'Nieuw of bestaand',
      volume: 'Aantal',
      userAffinity: 'Gebruikers per apparaat',
      demAccount: 'DEM-account',
      otherMdm: 'Andere MDM',
      conditionalAccess: 'Voorwaardelijke toegang',
      manage: 'Wat beheren',
    },
  },
  prerequisites: {
    title: 'Voordat ik advies geef',
    intro: 'Deze bepalen welke methoden \u00fcberhaupt kunnen, dus ik vraag ze liever dan te gokken. Kies bij elke vraag een antwoord (Weet ik niet mag ook) en klik op Verder.',
    progress: (from, to, total) => `Vraag ${from}\u2013${to} van ongeveer ${total}`,
    placeholder: 'Kies\u2026',
    submit: 'Verder',
    missingTitle: 'Nog \u00e9\u00e9n keuze, graag',
    missing: (topics) => `Kies nog een antwoord bij: ${topics}. Weet ik niet mag ook.`,
    typedTitle: 'Dat begreep ik niet',
    typed:
      'Kies op de kaart, of vertel het me in een zin, bijvoorbeeld \u201cwe hebben Microsoft 365 E3, geen ander MDM, SCCM blijft\u201d. Typ terug voor de vorige vraag, of stop om te stoppen.',
  },
  views: {
    recommendation: 'Advies',
    comparison: 'Vergelijking',
    tasks: 'Beheertaken',
  },
  currentView: (name) => `\u25cf ${name}`,
  decision: {
    reasons: 'Waarom deze methode',
    blocking: 'Voordat u kunt beginnen',
    changed: 'Veranderd sinds de handleiding (april 2021)',
    settings: 'Te kiezen instellingen',
    warnings: 'Let op',
  },
  comparison: {
    filtered: 'Alleen de rijen waarin de methoden verschillen, en de rijen over uw situatie (\u25b6).',
    legend: 'A = automatische inschrijving \u00b7 AP = Windows Autopilot \u00b7 GB = Groepsbeleid \u00b7 CB = co-beheer',
    abbreviations: { automatic: 'A', autopilot: 'AP', groupPolicy: 'GB', coManagement: 'CB' },
    verdicts: { suitable: '\u2714 Geschikt', conditional: '! Met voorwaarden', notSuitable: '\u2718 Niet geschikt' },
    recommended: '\u2605',
  },
  retired: {
    restarted: 'U bent opnieuw begonnen; deze kaart is gesloten.',
    cancelled: 'U hebt dit advies gestopt; deze kaart is gesloten.',
    replaced: 'Een nieuwer advies verving dit advies; deze kaart is gesloten.',
    employee: 'Gesloten: de vragen voor medewerkers staan hieronder.',
    moved: 'Het advies gaat verder op de kaart hieronder.',
  },
  owner: {
    title: 'Dit advies is van iemand anders',
    text: (name) =>
      `Dit advies is van ${name}, dus er is niets veranderd. Voor uw eigen advies: chat rechtstreeks met mij en typ advies, of begin er hier een als dat van hen klaar is.`,
    someone: 'degene die het startte',
  },
  publish: {
    confirm: 'Deze methoden publiceren voor iedereen in uw organisatie? De instructies voor medewerkers en de helpdeskkaarten volgen ze dan.',
    yes: 'Ja, publiceren',
    notNow: 'Nu niet',
    published: 'Gepubliceerd',
  },
  suggestions: {
    compare: { title: 'Methoden vergelijken', command: 'vergelijk' },
    tasks: { title: 'Beheertaken', command: 'beheertaken' },
    instructions: { title: 'Instructies voor medewerkers', command: 'instructies' },
    restart: { title: 'Opnieuw beginnen', command: 'opnieuw' },
  },
  help: {
    messageExtension:
      'Helpdesk: voeg met de berichtextensie Enrollment Advisor (+ naast het berichtvak) een instructiekaart in elke chat in.',
    personalTab: 'Het tabblad Advisor van deze app toont hetzelfde advies in een groter venster.',
  },
};

/** The conversation texts in `lang`. */
export function conversationText(lang: Lang): ConversationText {
  return pick({ en, nl }, lang);
}

/** True when `v` names one of the result card's views. */
export function isResultView(v: unknown): v is ResultView {
  return typeof v === 'string' && (RESULT_VIEWS as readonly string[]).includes(v);
}

/** Greetings in English and Dutch (whole message, normalized); they get the greeting with the two main actions. */
export const GREETING_WORDS: readonly string[] = [
  'hello', 'hi', 'hey', 'hiya', 'good morning', 'good afternoon', 'good evening',
  'hallo', 'hoi', 'hai', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag', 'hallo daar', 'hello there',
];
