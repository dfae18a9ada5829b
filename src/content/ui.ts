import { pick } from './lang';
import type { Lang } from './types';

/** The chat commands the help card lists; the bot recognizes the words shown for both languages. */
export const HELP_COMMAND_IDS = ['help', 'start', 'compare', 'instructions', 'restart', 'cancel', 'language', 'settings'] as const;
export type HelpCommandId = (typeof HELP_COMMAND_IDS)[number];

interface HelpCommandText {
  /** What to type, the user's language first, e.g. "advies · start". */
  readonly usage: string;
  readonly description: string;
}

/** Fixed labels of the cards (buttons, headings, progress, column headers); guide texts live in the other content files. */
const en = {
  welcome: {
    title: 'Intune enrollment advisor',
    intro:
      'I help you choose how to enroll Windows devices in Microsoft Intune, following Microsoft\u2019s Windows enrollment guide (April 2021) and noting what has changed since.',
    features: [
      'A handful of questions, only the ones that matter for your situation',
      'A recommendation with the reasons, the prerequisites and the warnings',
      'A comparison of automatic enrollment, Windows Autopilot, Group Policy and co-management',
      'Your administrator tasks, and instructions your helpdesk can forward to employees',
    ],
    employeeHint: 'Employee? Choose \u201cEnroll my device\u201d for step-by-step instructions.',
  },
  help: {
    title: 'What you can type',
    intro: 'Commands work in English and Dutch. You can also just click the buttons on the cards.',
    commands: {
      help: { usage: 'help \u00b7 hulp', description: 'Show this list.' },
      start: { usage: 'start \u00b7 advies', description: 'Start the advice: I ask a few questions and recommend a method.' },
      compare: { usage: 'compare \u00b7 vergelijk', description: 'Show the comparison table of all four methods, without questions.' },
      instructions: {
        usage: 'instructions [method] \u00b7 instructies [methode]',
        description: 'Instructions for employees, e.g. \u201cinstructions autopilot\u201d; without a method I ask two short questions.',
      },
      restart: { usage: 'restart \u00b7 opnieuw', description: 'Throw away your answers and start the advice again.' },
      cancel: { usage: 'cancel \u00b7 stop', description: 'Stop the current questions.' },
      language: { usage: 'language en|nl \u00b7 taal en|nl', description: 'Switch my language between English and Dutch.' },
      settings: {
        usage: 'settings \u00b7 instellingen',
        description: 'Administrators: set your organization\u2019s enrollment server, support contact and chosen methods.',
      },
    } satisfies Record<HelpCommandId, HelpCommandText>,
    switchLanguage: 'Nederlands',
  },
  buttons: {
    start: 'Start advice',
    compare: 'Compare methods',
    employee: 'Enroll my device',
    help: 'Help',
    back: 'Back',
    showComparison: 'Show comparison',
    showTasks: 'Admin tasks',
    showInstructions: 'Employee instructions',
    publish: 'Use this for our organization',
    openPrintable: 'Open printable page',
    contactSupport: 'Contact support',
    save: 'Save settings',
    cancel: 'Cancel',
    continue: 'Continue',
    restart: 'Start over',
    settings: 'Settings',
  },
  question: {
    progress: (n: number, total: number): string => `Question ${n} of about ${total}`,
    why: 'Why we ask',
  },
  recommendation: {
    heading: 'Recommended enrollment method',
    noRecommendationHeading: 'No recommendation yet',
    why: 'Why',
    prerequisites: 'Before you start',
    otherMethods: 'The other methods',
    allMethods: 'How each method fares',
    warnings: 'Watch out',
    sinceGuide: 'Newer Microsoft guidance (since the guide of April 2021)',
    autopilotMode: 'Autopilot deployment mode',
    scopes: 'Automatic enrollment settings',
    mdmScope: 'MDM user scope',
    mamScope: 'WIP user scope (formerly MAM user scope)',
    contradictions: 'Where the guide contradicts itself',
    policy: 'How we chose',
    segmentOrganization: 'Organization-owned devices',
    segmentPersonal: 'Personal devices (BYOD)',
  },
  comparison: {
    title: 'The four enrollment methods compared',
    intro: 'Rows are the situations from the guide\u2019s tables; \u2714 use this method, \u2718 do not, \u2014 the guide does not say.',
    situation: 'Situation',
    yourSituation: 'your situation',
    highlightNote: 'Rows marked \u25b6 describe your situation.',
    noAnswersNote: 'Start the advice to see which rows describe your situation.',
    verdictRow: 'For your situation',
    notesHeading: 'Notes from the guide for your situation',
  },
  adminTasks: {
    title: 'Administrator tasks',
    intro: 'Work through these in order; the settings are the exact values to choose.',
    forMethod: (method: string): string => `For: ${method}`,
  },
  instructions: {
    generalNotice:
      'These are the general instructions: your organization has not published its own settings yet, so ask your IT department for the values to type.',
  },
  error: {
    title: 'Something went wrong',
    text: 'Sorry, that did not work. Your answers are kept \u2014 type start to continue.',
  },
  settings: {
    title: 'Settings for your organization',
    intro: 'Employees get instructions with these values. Only administrators can save them.',
    organizationName: 'Organization name',
    organizationNamePlaceholder: 'e.g. Contoso',
    enrollmentServer: 'Enrollment server name or CNAME',
    enrollmentServerPlaceholder: 'e.g. EnterpriseEnrollment.contoso.com',
    enrollmentServerError: 'Enter a host name such as EnterpriseEnrollment.contoso.com.',
    supportText: 'Support contact (shown at the end of the instructions)',
    supportTextPlaceholder: 'e.g. IT helpdesk, extension 1234',
    supportUrl: 'Support link (https only)',
    supportUrlPlaceholder: 'https://',
    supportUrlError: 'Enter a link that starts with https://.',
    organizationMethod: 'Method for organization-owned devices',
    personalMethod: 'Method for personal devices',
    autopilotMode: 'Autopilot deployment mode',
    personalMdmScope: 'MDM user scope for personal devices',
    personalMamScope: 'MAM user scope for personal devices',
    notSet: 'Not set',
    problems: 'Please correct:',
  },
  employee: {
    title: 'Enroll your device',
    progress: (n: number, total: number): string => `Question ${n} of ${total}`,
  },
};

/** The shape every language's UI labels must have: English is the source. */
export type UiText = typeof en;

const nl: UiText = {
  welcome: {
    title: 'Intune-inschrijvingsadviseur',
    intro:
      'Ik help u kiezen hoe u Windows-apparaten inschrijft in Microsoft Intune, volgens de Windows-inschrijvingshandleiding van Microsoft (april 2021), met wat er sindsdien is veranderd.',
    features: [
      'Een paar vragen, alleen die voor uw situatie uitmaken',
      'Een advies met de redenen, de voorwaarden en de waarschuwingen',
      'Een vergelijking van automatische inschrijving, Windows Autopilot, Groepsbeleid en co-beheer',
      'Uw beheertaken, en instructies die de helpdesk aan medewerkers kan doorsturen',
    ],
    employeeHint: 'Medewerker? Kies \u201cMijn apparaat inschrijven\u201d voor stapsgewijze instructies.',
  },
  help: {
    title: 'Wat u kunt typen',
    intro: 'Opdrachten werken in het Nederlands en het Engels. U kunt ook gewoon op de knoppen van de kaarten klikken.',
    commands: {
      help: { usage: 'hulp \u00b7 help', description: 'Deze lijst tonen.' },
      start: { usage: 'advies \u00b7 start', description: 'Het advies starten: ik stel een paar vragen en raad een methode aan.' },
      compare: { usage: 'vergelijk \u00b7 compare', description: 'De vergelijkingstabel van alle vier methoden tonen, zonder vragen.' },
      instructions: {
        usage: 'instructies [methode] \u00b7 instructions [method]',
        description: 'Instructies voor medewerkers, bijv. \u201cinstructies autopilot\u201d; zonder methode stel ik twee korte vragen.',
      },
      restart: { usage: 'opnieuw \u00b7 restart', description: 'Uw antwoorden wissen en het advies opnieuw beginnen.' },
      cancel: { usage: 'stop \u00b7 cancel', description: 'De huidige vragen stoppen.' },
      language: { usage: 'taal nl|en \u00b7 language nl|en', description: 'Mijn taal wisselen tussen Nederlands en Engels.' },
      settings: {
        usage: 'instellingen \u00b7 settings',
        description: 'Beheerders: de inschrijvingsserver, het supportcontact en de gekozen methoden van uw organisatie instellen.',
      },
    },
    switchLanguage: 'English',
  },
  buttons: {
    start: 'Advies starten',
    compare: 'Methoden vergelijken',
    employee: 'Mijn apparaat inschrijven',
    help: 'Hulp',
    back: 'Vorige',
    showComparison: 'Vergelijking tonen',
    showTasks: 'Beheertaken',
    showInstructions: 'Instructies voor medewerkers',
    publish: 'Gebruik dit voor onze organisatie',
    openPrintable: 'Afdrukbare pagina openen',
    contactSupport: 'Contact opnemen met de helpdesk',
    save: 'Instellingen opslaan',
    cancel: 'Annuleren',
    continue: 'Doorgaan',
    restart: 'Opnieuw beginnen',
    settings: 'Instellingen',
  },
  question: {
    progress: (n: number, total: number): string => `Vraag ${n} van ongeveer ${total}`,
    why: 'Waarom we dit vragen',
  },
  recommendation: {
    heading: 'Aanbevolen inschrijvingsmethode',
    noRecommendationHeading: 'Nog geen advies',
    why: 'Waarom',
    prerequisites: 'Voordat u begint',
    otherMethods: 'De andere methoden',
    allMethods: 'Zo scoort elke methode',
    warnings: 'Let op',
    sinceGuide: 'Nieuwere richtlijnen van Microsoft (sinds de handleiding van april 2021)',
    autopilotMode: 'Autopilot-implementatiemodus',
    scopes: 'Instellingen voor automatische inschrijving',
    mdmScope: 'MDM-gebruikersbereik',
    mamScope: 'WIP-gebruikersbereik (voorheen MAM-gebruikersbereik)',
    contradictions: 'Waar de handleiding zichzelf tegenspreekt',
    policy: 'Hoe we kozen',
    segmentOrganization: 'Apparaten in bedrijfseigendom',
    segmentPersonal: 'Persoonlijke apparaten (BYOD)',
  },
  comparison: {
    title: 'De vier inschrijvingsmethoden vergeleken',
    intro: 'De rijen zijn de situaties uit de tabellen van de handleiding; \u2714 gebruik deze methode, \u2718 niet, \u2014 de handleiding zegt het niet.',
    situation: 'Situatie',
    yourSituation: 'uw situatie',
    highlightNote: 'Rijen met \u25b6 beschrijven uw situatie.',
    noAnswersNote: 'Start het advies om te zien welke rijen uw situatie beschrijven.',
    verdictRow: 'Voor uw situatie',
    notesHeading: 'Opmerkingen uit de handleiding voor uw situatie',
  },
  adminTasks: {
    title: 'Beheertaken',
    intro: 'Werk ze op volgorde af; de instellingen zijn de exacte waarden die u kiest.',
    forMethod: (method: string): string => `Voor: ${method}`,
  },
  instructions: {
    generalNotice:
      'Dit zijn de algemene instructies: uw organisatie heeft haar eigen instellingen nog niet gepubliceerd, dus vraag uw IT-afdeling welke waarden u moet invullen.',
  },
  error: {
    title: 'Er ging iets mis',
    text: 'Sorry, dat lukte niet. Uw antwoorden zijn bewaard \u2014 typ advies om verder te gaan.',
  },
  settings: {
    title: 'Instellingen voor uw organisatie',
    intro: 'Medewerkers krijgen instructies met deze waarden. Alleen beheerders kunnen ze opslaan.',
    organizationName: 'Naam van de organisatie',
    organizationNamePlaceholder: 'bijv. Contoso',
    enrollmentServer: 'Naam of CNAME van de inschrijvingsserver',
    enrollmentServerPlaceholder: 'bijv. EnterpriseEnrollment.contoso.com',
    enrollmentServerError: 'Vul een hostnaam in, zoals EnterpriseEnrollment.contoso.com.',
    supportText: 'Supportcontact (staat aan het eind van de instructies)',
    supportTextPlaceholder: 'bijv. IT-helpdesk, toestel 1234',
    supportUrl: 'Supportlink (alleen https)',
    supportUrlPlaceholder: 'https://',
    supportUrlError: 'Vul een link in die met https:// begint.',
    organizationMethod: 'Methode voor apparaten in bedrijfseigendom',
    personalMethod: 'Methode voor persoonlijke apparaten',
    autopilotMode: 'Autopilot-implementatiemodus',
    personalMdmScope: 'MDM-gebruikersbereik voor persoonlijke apparaten',
    personalMamScope: 'MAM-gebruikersbereik voor persoonlijke apparaten',
    notSet: 'Niet ingesteld',
    problems: 'Verbeter het volgende:',
  },
  employee: {
    title: 'Uw apparaat inschrijven',
    progress: (n: number, total: number): string => `Vraag ${n} van ${total}`,
  },
};

const UI = { en, nl } satisfies Record<Lang, UiText>;

/** Every fixed card label in `lang` (English for anything that is not a supported language). */
export function uiText(lang: Lang): UiText {
  return pick(UI, lang);
}
