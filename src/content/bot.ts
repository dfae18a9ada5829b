import type { KnownValue, MethodId, QuestionId } from '../engine/types';
import { pick } from './lang';
import { escapeMarkdown } from './markdown';
import type { EmployeeQuestionId, EmployeeValue, Lang } from './types';

/** The most characters the bot reads from one message; longer messages get a "too long" answer instead. */
export const MAX_MESSAGE_CHARS = 4000;

/** The bot's own chat messages (notices, hints, confirmations); card labels live in ui.ts, guide texts elsewhere. */
const en = {
  notice: 'Note',
  stale: {
    title: 'That button is from earlier',
    earlierQuestion: (n: number, question: string): string =>
      `That button belongs to an earlier question, so I did not change your answers. We\u2019re at question ${n}: ${question}`,
    earlierRun: (n: number, question: string): string =>
      `That button belongs to an earlier advice, so I did not change your answers. We\u2019re at question ${n}: ${question}`,
    notCurrent: (n: number, question: string): string =>
      `That button does not belong to the current question, so I did not change your answers. We\u2019re at question ${n}: ${question}`,
    noRun: 'That button belongs to an advice that has finished or was stopped, so nothing changed. Type start for a new advice.',
    employeeEarlier: 'That button belongs to an earlier question, so nothing changed. Please use the newest card.',
    employeeNoRun: 'That button belongs to questions that have finished or were stopped, so nothing changed. Type instructions to start again.',
  },
  cancel: {
    title: 'Stopped',
    text: 'I stopped the questions and forgot those answers. Type start whenever you want a new advice.',
    nothing: 'There are no questions running, so there is nothing to stop.',
  },
  back: {
    first: 'This is already the first question, so there is nothing to go back to.',
  },
  hint: {
    title: 'I did not catch that',
    answer: (count: number): string =>
      `Please answer with a number from 1 to ${count + 1} (${count + 1} = don\u2019t know), the words of an option, or a button. Type back for the previous question, or cancel to stop.`,
    employee: (count: number): string =>
      `Please answer with a number from 1 to ${count}, the words of an option, or a button. Type cancel to stop.`,
  },
  unknownText: {
    title: 'How can I help?',
    text: 'I\u2019m not sure what you mean. Type start for advice on how to enroll your organization\u2019s Windows devices, ask \u201chow do I enroll my laptop?\u201d for instructions, or type help.',
  },
  unknownAction: {
    title: 'I don\u2019t know that button',
    text: 'I don\u2019t know what that button should do, so nothing changed. Here is what I can do.',
  },
  badAnswer: {
    title: 'That is not one of the answers',
    text: (question: string): string =>
      `That button sent an answer that is not one of the options for \u201c${question}\u201d, so I did not change your answers. Please choose one of the buttons.`,
    unknownQuestion: 'That button refers to a question I don\u2019t know, so I did not change your answers.',
    savedAnswers: 'That button carries answers I cannot use, so I cannot show this. Type start for a new advice.',
  },
  tooLong: {
    title: 'That message is too long',
    text: (max: number): string =>
      `Your message has more than ${max.toLocaleString('en-US')} characters, so I did not read it. Please send something shorter, such as start or help.`,
  },
  language: {
    switched: 'From now on I\u2019ll talk to you in English. Type taal nl to switch back to Dutch.',
    unknown: 'Which language? Type language en for English or language nl for Dutch.',
  },
  results: {
    contradiction: 'Your answers contradict each other, so I cannot recommend a method yet. Check the answers named above and start again.',
    noResult: 'There is no advice yet to show that for. Type start and answer a few questions first.',
  },
  instructions: {
    unknownMethod: (typed: string): string =>
      `I have no instructions for \u201c${escapeMarkdown(typed)}\u201d. Try instructions automatic, autopilot, group policy or co-management.`,
    variants: (list: string): string => `Other variants: ${list}. Type instructions followed by one of them.`,
  },
  employee: {
    intro: 'I\u2019ll ask at most two short questions and then show you the steps to enroll your device.',
  },
};

/** The shape of the bot's messages in every language; English is the source. */
export type BotText = typeof en;

const nl: BotText = {
  notice: 'Let op',
  stale: {
    title: 'Die knop is van eerder',
    earlierQuestion: (n, question) =>
      `Die knop hoort bij een eerdere vraag, dus ik heb uw antwoorden niet gewijzigd. We zijn bij vraag ${n}: ${question}`,
    earlierRun: (n, question) =>
      `Die knop hoort bij een eerder advies, dus ik heb uw antwoorden niet gewijzigd. We zijn bij vraag ${n}: ${question}`,
    notCurrent: (n, question) =>
      `Die knop hoort niet bij de huidige vraag, dus ik heb uw antwoorden niet gewijzigd. We zijn bij vraag ${n}: ${question}`,
    noRun: 'Die knop hoort bij een advies dat klaar is of is gestopt, dus er is niets veranderd. Typ advies voor een nieuw advies.',
    employeeEarlier: 'Die knop hoort bij een eerdere vraag, dus er is niets veranderd. Gebruik de nieuwste kaart.',
    employeeNoRun: 'Die knop hoort bij vragen die klaar zijn of zijn gestopt, dus er is niets veranderd. Typ instructies om opnieuw te beginnen.',
  },
  cancel: {
    title: 'Gestopt',
    text: 'Ik ben gestopt met de vragen en heb die antwoorden vergeten. Typ advies wanneer u een nieuw advies wilt.',
    nothing: 'Er lopen geen vragen, dus er is niets om te stoppen.',
  },
  back: {
    first: 'Dit is al de eerste vraag, dus u kunt niet verder terug.',
  },
  hint: {
    title: 'Dat begreep ik niet',
    answer: (count) =>
      `Antwoord met een nummer van 1 tot en met ${count + 1} (${count + 1} = weet ik niet), de woorden van een antwoord, of een knop. Typ terug voor de vorige vraag, of stop om te stoppen.`,
    employee: (count) => `Antwoord met een nummer van 1 tot en met ${count}, de woorden van een antwoord, of een knop. Typ stop om te stoppen.`,
  },
  unknownText: {
    title: 'Waarmee kan ik helpen?',
    text: 'Ik weet niet precies wat u bedoelt. Typ advies voor advies over het inschrijven van de Windows-apparaten van uw organisatie, vraag \u201choe schrijf ik mijn laptop in?\u201d voor instructies, of typ hulp.',
  },
  unknownAction: {
    title: 'Die knop ken ik niet',
    text: 'Ik weet niet wat die knop moet doen, dus er is niets veranderd. Dit kan ik voor u doen.',
  },
  badAnswer: {
    title: 'Dat is geen van de antwoorden',
    text: (question) =>
      `Die knop stuurde een antwoord dat geen van de keuzes is bij \u201c${question}\u201d, dus ik heb uw antwoorden niet gewijzigd. Kies een van de knoppen.`,
    unknownQuestion: 'Die knop verwijst naar een vraag die ik niet ken, dus ik heb uw antwoorden niet gewijzigd.',
    savedAnswers: 'Die knop bevat antwoorden die ik niet kan gebruiken, dus ik kan dit niet tonen. Typ advies voor een nieuw advies.',
  },
  tooLong: {
    title: 'Dat bericht is te lang',
    text: (max) =>
      `Uw bericht heeft meer dan ${max.toLocaleString('nl-NL')} tekens, dus ik heb het niet gelezen. Stuur iets korters, zoals advies of hulp.`,
  },
  language: {
    switched: 'Vanaf nu praat ik Nederlands met u. Typ language en om terug te gaan naar het Engels.',
    unknown: 'Welke taal? Typ taal nl voor Nederlands of taal en voor Engels.',
  },
  results: {
    contradiction:
      'Uw antwoorden spreken elkaar tegen, dus ik kan nog geen methode aanraden. Controleer de antwoorden die hierboven worden genoemd en begin opnieuw.',
    noResult: 'Er is nog geen advies om dat voor te tonen. Typ advies en beantwoord eerst een paar vragen.',
  },
  instructions: {
    unknownMethod: (typed) =>
      `Ik heb geen instructies voor \u201c${escapeMarkdown(typed)}\u201d. Probeer instructies automatisch, autopilot, groepsbeleid of co-beheer.`,
    variants: (list) => `Andere varianten: ${list}. Typ instructies gevolgd door een daarvan.`,
  },
  employee: {
    intro: 'Ik stel hooguit twee korte vragen en laat u dan zien hoe u uw apparaat inschrijft.',
  },
};

/** The bot's messages in `lang`. */
export function botText(lang: Lang): BotText {
  return pick({ en, nl }, lang);
}

/** Chat commands the bot understands; users may type either language's word whatever language they chose. */
export const COMMAND_IDS = ['help', 'start', 'compare', 'instructions', 'tasks', 'restart', 'cancel', 'back', 'language', 'settings'] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

/**
 * The words (lower case, whole message, or first word for commands that take an argument) for each command, English
 * and Dutch together. `start` also covers advise/recommend/advies/begin from the issue.
 */
export const COMMAND_WORDS = {
  help: ['help', 'hulp', '?', 'commands', 'commandos', 'opdrachten', 'menu'],
  start: ['start', 'advise', 'advice', 'recommend', 'advies', 'adviseer', 'begin', 'go'],
  compare: [
    'compare', 'comparison', 'vergelijk', 'vergelijking', 'vergelijken', 'table', 'tabel',
    // The starter prompt's own sentence (manifest/manifest.json, manifest/nl.json) and its close variants.
    'compare the four methods', 'compare the methods', 'compare methods', 'compare all methods',
    'vergelijk de vier methoden', 'vergelijk de methoden', 'de vier methoden vergelijken', 'methoden vergelijken',
  ],
  instructions: ['instructions', 'instruction', 'instructies', 'instructie'],
  tasks: ['tasks', 'admin tasks', 'taken', 'beheertaken'],
  restart: ['restart', 'start over', 'start again', 'opnieuw', 'begin opnieuw', 'opnieuw beginnen', 'reset'],
  cancel: ['cancel', 'stop', 'quit', 'exit', 'annuleer', 'annuleren', 'stoppen'],
  back: ['back', 'previous', 'terug', 'vorige'],
  language: ['language', 'lang', 'taal'],
  settings: ['settings', 'instellingen'],
} as const satisfies Record<CommandId, readonly string[]>;

/** Commands whose first word may be followed by an argument (a method, a language). */
export const COMMANDS_WITH_ARGUMENT: readonly CommandId[] = ['instructions', 'language'];

/** What users type to pick a language with the language command. */
export const LANGUAGE_WORDS = {
  en: ['en', 'english', 'engels', 'eng'],
  nl: ['nl', 'dutch', 'nederlands', 'ned', 'vlaams'],
} as const satisfies Record<Lang, readonly string[]>;

/** Names people type for each method after "instructions" (English and Dutch). */
export const METHOD_WORDS = {
  automatic: ['automatic', 'automatic enrollment', 'auto', 'automatisch', 'automatische', 'automatische inschrijving', 'byod', 'mdm'],
  autopilot: ['autopilot', 'windows autopilot', 'auto pilot'],
  groupPolicy: ['group policy', 'grouppolicy', 'gpo', 'gp', 'groepsbeleid'],
  coManagement: ['co-management', 'comanagement', 'co management', 'co-beheer', 'cobeheer', 'co beheer', 'configmgr', 'sccm'],
} as const satisfies Record<MethodId, readonly string[]>;

/** Ordinary words that answer a question: yes/no where the question has them, and "don't know" everywhere. */
export const ANSWER_WORDS = {
  yes: ['yes', 'y', 'yeah', 'yep', 'sure', 'of course', 'correct', 'ja', 'j', 'jazeker', 'zeker', 'klopt', 'jawel'],
  no: ['no', 'n', 'nope', 'not', 'none', 'nee', 'neen', 'geen', 'niet', 'nooit', 'never'],
  unknown: [
    'unknown',
    "don't know",
    'dont know',
    'do not know',
    "i don't know",
    'i dont know',
    'i do not know',
    'not sure',
    "i'm not sure",
    'im not sure',
    'no idea',
    'idk',
    'weet niet',
    'weet ik niet',
    'ik weet het niet',
    'geen idee',
    'geen flauw idee',
    'onbekend',
    'weet ik veel',
    'geen flauw benul',
  ],
} as const;

/**
 * Extra words for some answers, beyond the option labels and value ids (English and Dutch). yes/no map through
 * YES_NO_VALUES for questions whose values are not literally yes/no.
 */
export const VALUE_SYNONYMS: { readonly [Q in QuestionId]?: { readonly [V in KnownValue<Q>]?: readonly string[] } } = {
  ownership: {
    organization: ['organization', 'organisation', 'company', 'corporate', 'school', 'organisatie', 'bedrijf', 'zakelijk', 'werkgever'],
    personal: ['personal', 'byod', 'employees', 'private', 'persoonlijk', 'prive', 'privé', 'eigen', 'medewerkers', 'werknemers'],
    mixed: ['mixed', 'both', 'beide', 'allebei', 'gemengd', 'beiden'],
  },
  windowsVersion: {
    win11: ['windows 11', 'win 11', 'w11'],
    'win10-1803-plus': ['1803', '1803+', 'windows 10 1803', 'windows 10 new', 'recent windows 10'],
    'win10-1709-or-older': ['1709', 'windows 10 1709', 'old windows 10', 'oude windows 10'],
    win7: ['windows 7', 'win 7', 'w7'],
    'win8.1': ['windows 8.1', 'win 8.1', '8.1', 'windows 8', 'win8'],
  },
  identity: {
    cloud: ['cloud', 'cloud only', 'cloud-only', 'azure ad', 'entra', 'entra id', 'azure ad joined', 'alleen cloud'],
    hybrid: ['hybrid', 'hybride', 'hybrid joined', 'hybrid azure ad joined'],
    onprem: ['on-premises', 'on premises', 'onprem', 'on-prem', 'domain', 'domain joined', 'ad', 'active directory', 'domein', 'lokaal'],
  },
  configMgr: {
    keep: ['keep', 'keep it', 'houden', 'behouden', 'blijven gebruiken'],
    none: ['none', 'no configmgr', 'geen'],
  },
  purchase: {
    'autopilot-partner': ['oem', 'csp', 'partner', 'autopilot partner', 'dell', 'hp', 'lenovo', 'microsoft'],
    other: ['other', 'elsewhere', 'anders', 'ergens anders', 'elders'],
  },
  deviceAge: {
    new: ['new', 'nieuw', 'nieuwe'],
    existing: ['existing', 'old', 'bestaand', 'bestaande', 'oud', 'oude'],
    both: ['both', 'beide', 'allebei', 'mixed', 'gemengd'],
  },
  volume: {
    few: ['few', 'a few', 'some', 'small', 'weinig', 'een paar', 'enkele', 'klein'],
    bulk: ['bulk', 'many', 'lots', 'large', 'veel', 'groot', 'grote aantallen'],
  },
  userAffinity: {
    single: ['single', 'single user', 'one user', 'personal use', 'een gebruiker', 'één gebruiker', 'vaste gebruiker'],
    userless: ['userless', 'kiosk', 'shared', 'no user', 'zonder gebruiker', 'gedeeld', 'gedeelde'],
    both: ['both', 'beide', 'allebei', 'mixed', 'gemengd'],
  },
  manage: {
    device: ['device', 'the device', 'whole device', 'apparaat', 'het apparaat', 'hele apparaat', 'mdm'],
    account: ['account', 'work account', 'apps', 'werkaccount', 'alleen account', 'mam'],
    both: ['both', 'beide', 'allebei'],
  },
};

/** For questions whose answers are not literally yes/no, what "yes" and "no" mean (e.g. Configuration Manager). */
export const YES_NO_VALUES: { readonly [Q in QuestionId]?: { readonly yes?: KnownValue<Q>; readonly no?: KnownValue<Q> } } = {
  configMgr: { yes: 'keep', no: 'none' },
  purchase: { yes: 'autopilot-partner', no: 'other' },
};

/** Extra words for the employee questions' answers (English and Dutch). */
export const EMPLOYEE_VALUE_SYNONYMS: { readonly [Q in EmployeeQuestionId]: { readonly [V in EmployeeValue<Q>]: readonly string[] } } = {
  deviceOwner: {
    organization: ['work', 'work device', 'company', 'employer', 'school', 'werk', 'werkapparaat', 'zakelijk', 'bedrijf', 'van de zaak', 'werkgever'],
    personal: ['own', 'my own', 'mine', 'personal', 'private', 'byod', 'eigen', 'mijn eigen', 'privé', 'prive', 'persoonlijk'],
  },
  obtained: {
    'new-from-it': ['from it', 'it', 'handed', 'van it', 'gekregen'],
    'shipped-new': ['shipped', 'sent', 'delivered', 'post', 'opgestuurd', 'verstuurd', 'bezorgd', 'thuis'],
    existing: ['existing', 'already', 'old', 'al', 'bestaand', 'oud', 'in gebruik'],
    'own-purchase': ['bought', 'bought myself', 'purchased', 'gekocht', 'zelf gekocht'],
  },
  edition: {
    'pro-or-higher': ['pro', 'enterprise', 'education', 'windows pro', 'windows 11 pro'],
    home: ['home', 'windows home', 'windows 11 home', 'thuis'],
    'not-sure': ['not sure', "don't know", 'dont know', 'weet niet', 'weet ik niet', 'geen idee'],
  },
};

/**
 * Phrases that mark a first message as an employee's question ("how do I enroll my laptop") or an admin's
 * ("which method should we use for our devices"). Matched on word boundaries, lower case; admin wins a tie.
 */
export const INTENT_WORDS = {
  employee: [
    'my laptop',
    'my device',
    'my pc',
    'my computer',
    'my phone',
    'my tablet',
    'how do i enroll',
    'how do i enrol',
    'how can i enroll',
    'enroll my',
    'enrol my',
    'set up my',
    'intune',
    'enroll',
    'enrol',
    'company portal',
    'mijn laptop',
    'mijn apparaat',
    'mijn pc',
    'mijn computer',
    'mijn telefoon',
    'hoe schrijf ik',
    'schrijf ik',
    'inschrijven',
    'aanmelden bij intune',
    'bedrijfsportal',
  ],
  admin: [
    'our devices',
    'our laptops',
    'our pcs',
    'our organization',
    'our organisation',
    'our company',
    'which method',
    'what method',
    'which enrollment',
    'best way to enroll',
    'should we',
    'recommend',
    'recommendation',
    'advise',
    'advice',
    'admin',
    'administrator',
    'fleet',
    'co-management',
    'group policy',
    'onze apparaten',
    'onze laptops',
    'onze organisatie',
    'ons bedrijf',
    'welke methode',
    'welke manier',
    'moeten we',
    'beheerder',
    'advies',
    'aanraden',
    'co-beheer',
    'groepsbeleid',
  ],
} as const;
