import { pick } from './lang';
import type { Lang } from './types';

/** The results views of the personal tab, in the order its switcher shows them. */
export const TAB_VIEWS = ['recommendation', 'comparison', 'tasks', 'instructions'] as const;
export type TabView = (typeof TAB_VIEWS)[number];

/**
 * Texts of the personal tab ("Advisor") and of the pages the server shows around it. Card labels and guide texts
 * come from ui.ts and the other content files; only what the web page adds lives here.
 */
const en = {
  /** The browser tab's title and the page heading. */
  appName: 'Enrollment Advisor',
  tagline: 'Choose how to enroll Windows devices in Microsoft Intune',
  language: 'Language',
  languageNames: { en: 'English', nl: 'Nederlands' } satisfies Record<Lang, string>,
  starting: 'Opening the advisor\u2026',
  working: 'Working out your advice\u2026',
  dontKnow: 'Don\u2019t know',
  yourAdvice: 'Your advice',
  views: {
    recommendation: 'Recommendation',
    comparison: 'Comparison',
    tasks: 'Admin tasks',
    instructions: 'Employee instructions',
  } satisfies Record<TabView, string>,
  viewsLabel: 'Parts of the advice',
  backToQuestions: 'Back to the questions',
  backToStart: 'Back to the start',
  publishHint:
    'To make this your organization\u2019s choice, open the chat with the advisor and choose \u201cUse this for our organization\u201d on its recommendation. Administrators only.',
  instructionsHint: 'Helpdesk can forward these instructions to employees; the printable page works for e-mail and the intranet.',
  errors: {
    network: 'The advisor could not be reached. Your answers are kept; check your connection and try again.',
    server: 'The advisor could not answer just now. Your answers are kept; please try again.',
    outdated: 'This page is older than the advisor behind it. Reload the page to get the current version.',
    card: 'This part of the advice could not be shown.',
  },
  retry: 'Try again',
  reload: 'Reload',
  employee: {
    start: 'Enroll my device',
    title: 'Enroll your device',
    question: 'Question',
    why: 'Why we ask',
    done: 'Your instructions',
    again: 'Start again',
  },
  noScript: 'The Enrollment Advisor needs JavaScript. You can also use the advisor in the chat with the bot.',
  unavailable: {
    title: 'The Advisor is not available',
    text: 'This page could not be loaded right now. Please try again later, or use the advisor in the chat with the bot.',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. Open the Advisor tab again to start over.',
  },
};

/** The shape every language's tab texts must have: English is the source. */
export type TabText = typeof en;

const nl: TabText = {
  appName: 'Inschrijvingsadviseur',
  tagline: 'Kies hoe u Windows-apparaten inschrijft in Microsoft Intune',
  language: 'Taal',
  languageNames: { en: 'English', nl: 'Nederlands' },
  starting: 'De adviseur wordt geopend\u2026',
  working: 'Uw advies wordt bepaald\u2026',
  dontKnow: 'Weet ik niet',
  yourAdvice: 'Uw advies',
  views: {
    recommendation: 'Advies',
    comparison: 'Vergelijking',
    tasks: 'Beheertaken',
    instructions: 'Instructies voor medewerkers',
  },
  viewsLabel: 'Onderdelen van het advies',
  backToQuestions: 'Terug naar de vragen',
  backToStart: 'Terug naar het begin',
  publishHint:
    'Wilt u dit als keuze van uw organisatie vastleggen? Open de chat met de adviseur en kies bij het advies \u201cGebruik dit voor onze organisatie\u201d. Alleen voor beheerders.',
  instructionsHint:
    'De helpdesk kan deze instructies naar medewerkers doorsturen; de afdrukbare pagina is geschikt voor e-mail en intranet.',
  errors: {
    network: 'De adviseur is niet bereikbaar. Uw antwoorden zijn bewaard; controleer uw verbinding en probeer het opnieuw.',
    server: 'De adviseur kon nu geen antwoord geven. Uw antwoorden zijn bewaard; probeer het opnieuw.',
    outdated: 'Deze pagina is ouder dan de adviseur erachter. Laad de pagina opnieuw voor de huidige versie.',
    card: 'Dit deel van het advies kon niet worden getoond.',
  },
  retry: 'Opnieuw proberen',
  reload: 'Opnieuw laden',
  employee: {
    start: 'Mijn apparaat inschrijven',
    title: 'Uw apparaat inschrijven',
    question: 'Vraag',
    why: 'Waarom we dit vragen',
    done: 'Uw instructies',
    again: 'Opnieuw beginnen',
  },
  noScript: 'De Inschrijvingsadviseur heeft JavaScript nodig. U kunt de adviseur ook gebruiken in de chat met de bot.',
  unavailable: {
    title: 'De Adviseur is niet beschikbaar',
    text: 'Deze pagina kon nu niet worden geladen. Probeer het later opnieuw, of gebruik de adviseur in de chat met de bot.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Op dit adres staat geen pagina. Open het tabblad Adviseur opnieuw om opnieuw te beginnen.',
  },
};

const TAB = { en, nl } satisfies Record<Lang, TabText>;

/** Every text of the personal tab in `lang` (English for anything that is not a supported language). */
export function tabText(lang: Lang): TabText {
  return pick(TAB, lang);
}
