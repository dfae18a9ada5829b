import type { AdaptiveCardJson } from '../cards/card-json';
import { progressText } from '../cards/question-card';
import { TAB_VIEWS, tabText, type TabView } from '../content/tab';
import { LANGS, type Lang } from '../content/types';
import { uiText } from '../content/ui';
import type { ApiFailure, AdvisorApi, EmployeeStep, TabQuestion } from './api';
import {
  employeeBody,
  employeeDoneScreen,
  employeeInstructionsCard,
  employeeQuestionScreen,
  NO_EMPLOYEE_ANSWERS,
  withEmployeeAnswer,
  withoutLastEmployeeAnswer,
  type EmployeeAnswersGiven,
  type EmployeeScreenHandlers,
} from './employee-path';
import { renderAdaptiveCard } from './card-view';
import { describedStart, describeForm } from './describe';
import { button, el } from './dom';
import type { HostInfo } from './host';
import { buildPlainComparison, buildTabResults, commandFor, sameDecision, type TabCommand, type TabResults } from './results';
import { cssVariables, type ThemeName } from './theme';
import { answersBody, EMPTY_WIZARD, engineAnswers, withAnswer, withoutLast, type WizardState } from './wizard';

export interface TabAppDeps {
  /** The element the tab draws into (its content is replaced). */
  readonly root: HTMLElement;
  readonly api: AdvisorApi;
  /** The origin the printable instruction pages live under. */
  readonly baseUrl: string;
  /** Language and theme to start with (from Teams, or the browser). */
  readonly host: HostInfo;
  readonly openUrl: (url: string) => void;
}

export interface TabApp {
  /** Follows a theme change in Teams. */
  setTheme(theme: ThemeName): void;
  /** Follows Teams' language when it arrives late, unless the user already picked a language in the page. */
  setHostLang(lang: Lang): void;
}

type Screen =
  | { readonly kind: 'welcome' }
  | { readonly kind: 'compare' }
  | { readonly kind: 'question'; readonly question: TabQuestion; readonly chosen?: string }
  | { readonly kind: 'working' }
  | { readonly kind: 'results'; readonly results: TabResults; readonly view: TabView }
  | { readonly kind: 'error'; readonly failure: ApiFailure | 'card'; readonly retry?: () => void }
  | { readonly kind: 'employee'; readonly state: EmployeeAnswersGiven; readonly step: EmployeeStep };

const HEADING_ID = 'screen-heading';

/** The views of a result that have something to show, in switcher order. */
function availableViews(results: TabResults): TabView[] {
  return TAB_VIEWS.filter((v) => results.views[v].length > 0);
}

/**
 * Starts the personal tab in `deps.root`: welcome, the wizard (one question at a time from /api/next, with Don't
 * know, Back and progress), then the advice as the bot's own cards rendered by adaptivecards. Answers survive
 * failed calls; a reply that no longer fits an earlier request (the user clicked on) is dropped.
 */
export function startTabApp(deps: TabAppDeps): TabApp {
  const { root, api, baseUrl, openUrl } = deps;
  let lang: Lang = deps.host.lang;
  let theme: ThemeName = deps.host.theme;
  let langChosen = false;
  let wizard: WizardState = EMPTY_WIZARD;
  let screen: Screen = { kind: 'welcome' };
  let request = 0;
  /** What a description was understood as, shown above the next question only. */
  let note: string | undefined;

  function applyTheme(): void {
    const html = document.documentElement;
    html.dataset.theme = theme;
    for (const [name, value] of Object.entries(cssVariables(theme))) html.style.setProperty(name, value);
  }

  function show(next: Screen, focusHeading = true): void {
    screen = next;
    render();
    if (focusHeading) document.getElementById(HEADING_ID)?.focus({ preventScroll: false });
  }

  function setBusy(): void {
    root.setAttribute('aria-busy', 'true');
    for (const b of root.querySelectorAll<HTMLButtonElement>('main button')) b.disabled = true;
  }

  function fail(failure: ApiFailure | 'card', retry?: () => void): void {
    show({ kind: 'error', failure, ...(retry === undefined ? {} : { retry }) });
  }

  /** Asks /api/next for the question after `state`; the wizard moves to `state` only once the server answered. */
  async function ask(state: WizardState, chosen?: string): Promise<void> {
    const mine = ++request;
    setBusy();
    const outcome = await api.next(answersBody(state), lang);
    if (mine !== request) return;
    if (!outcome.ok) {
      fail(outcome.failure, () => void ask(state, chosen));
      return;
    }
    wizard = state;
    if (outcome.value.done) {
      await finish(state);
      return;
    }
    show({ kind: 'question', question: outcome.value.question, ...(chosen === undefined ? {} : { chosen }) });
  }

  /** Asks /api/recommend, builds the cards with the bundled builders, and checks both decided the same. */
  async function finish(state: WizardState): Promise<void> {
    const mine = ++request;
    show({ kind: 'working' });
    const outcome = await api.recommend(answersBody(state), lang);
    if (mine !== request) return;
    if (!outcome.ok) {
      fail(outcome.failure, () => void finish(state));
      return;
    }
    const results = resultsFor(state);
    if (results === undefined) return;
    if (!sameDecision(results.decision, outcome.value)) {
      fail('outdated');
      return;
    }
    show({ kind: 'results', results, view: 'recommendation' });
  }

  function resultsFor(state: WizardState): TabResults | undefined {
    const answers = engineAnswers(state);
    if (answers === undefined) {
      fail('outdated');
      return undefined;
    }
    try {
      return buildTabResults(answers, lang, baseUrl);
    } catch (err) {
      console.error('building the advice cards failed', err);
      fail('card');
      return undefined;
    }
  }

  /** Asks /api/employee for the employee's next question or their instructions (the "Enroll my device" path). */
  async function askEmployee(state: EmployeeAnswersGiven): Promise<void> {
    const mine = ++request;
    setBusy();
    const outcome = await api.employee(employeeBody(state), lang);
    if (mine !== request) return;
    if (!outcome.ok) {
      fail(outcome.failure, () => void askEmployee(state));
      return;
    }
    show({ kind: 'employee', state, step: outcome.value });
  }

  function employeeHandlers(state: EmployeeAnswersGiven): EmployeeScreenHandlers {
    return {
      answer: (question, value) => void askEmployee(withEmployeeAnswer(state, question, value)),
      back: () => {
        if (state.given.length === 0) {
          request++;
          show({ kind: 'welcome' });
          return;
        }
        void askEmployee(withoutLastEmployeeAnswer(state));
      },
      restart: () => void askEmployee(NO_EMPLOYEE_ANSWERS),
      heading: (text) => heading(text),
    };
  }

  function employeeScreen(state: EmployeeAnswersGiven, step: EmployeeStep): HTMLElement {
    const handlers = employeeHandlers(state);
    if (!step.done) return employeeQuestionScreen(step, state.given.length + 1, lang, handlers);
    return employeeDoneScreen(cardElement(employeeInstructionsCard(step.set, lang, baseUrl)), lang, handlers);
  }

  function start(): void {
    void ask(EMPTY_WIZARD);
  }

  function back(): void {
    const { state, undone } = withoutLast(wizard);
    if (undone === undefined) {
      request++;
      show({ kind: 'welcome' });
      return;
    }
    void ask(state, undone.value);
  }

  function run(command: TabCommand): void {
    switch (command.kind) {
      case 'view':
        if (screen.kind === 'results' && screen.results.views[command.view].length > 0) {
          show({ ...screen, view: command.view });
          window.scrollTo({ top: 0 });
        }
        return;
      case 'restart':
      case 'start':
        start();
        return;
    }
  }

  function switchLanguage(next: Lang): void {
    if (next === lang) return;
    lang = next;
    switch (screen.kind) {
      case 'question':
        void ask(wizard, screen.chosen);
        return;
      case 'results': {
        const view = screen.view;
        const results = resultsFor(wizard);
        if (results !== undefined) show({ kind: 'results', results, view }, false);
        return;
      }
      case 'working':
        void finish(wizard);
        return;
      case 'employee':
        void askEmployee(screen.state);
        return;
      default:
        render();
    }
  }

  function cardElement(card: AdaptiveCardJson): HTMLElement {
    try {
      const rendered = renderAdaptiveCard(card, theme, {
        onSubmit: (data) => {
          const command = commandFor(data);
          if (command !== undefined) run(command);
        },
        onOpenUrl: openUrl,
      });
      return el('div', { className: 'card-frame' }, rendered);
    } catch (err) {
      console.error('rendering a card failed', err);
      return el('div', { className: 'card-frame card-error', attrs: { role: 'alert' } }, tabText(lang).errors.card);
    }
  }

  function header(): HTMLElement {
    const t = tabText(lang);
    const toggle = el(
      'div',
      { className: 'lang-toggle', attrs: { role: 'group', 'aria-label': t.language } },
      ...LANGS.map((l) =>
        button(
          t.languageNames[l],
          l === lang ? 'seg selected' : 'seg',
          () => {
            langChosen = true;
            switchLanguage(l);
          },
          { 'aria-pressed': String(l === lang), lang: l, 'data-lang': l },
        ),
      ),
    );
    return el(
      'header',
      { className: 'top' },
      el('div', { className: 'brand' }, el('div', { className: 'logo', attrs: { 'aria-hidden': 'true' } }), el('div', {}, el('h1', {}, t.appName), el('p', { className: 'tagline' }, t.tagline))),
      toggle,
    );
  }

  function heading(text: string, level: 'h2' | 'h3' = 'h2'): HTMLElement {
    return el(level, { attrs: { id: HEADING_ID, tabindex: '-1' } }, text);
  }

  function welcomeScreen(): HTMLElement {
    const ui = uiText(lang);
    return el(
      'section',
      { className: 'panel welcome' },
      heading(ui.welcome.title),
      el('p', { className: 'lead' }, ui.welcome.intro),
      el('ul', { className: 'features' }, ...ui.welcome.features.map((f) => el('li', {}, f))),
      el('div', { className: 'row' }, button(ui.buttons.start, 'btn primary', start, { 'data-action': 'start' }), button(ui.buttons.compare, 'btn', () => show({ kind: 'compare' }), { 'data-action': 'compare' }), button(tabText(lang).employee.start, 'btn', () => void askEmployee(NO_EMPLOYEE_ANSWERS), { 'data-action': 'employee' })),
      describeForm(lang, (text) => {
        const described = describedStart(text, lang);
        note = described.note;
        void ask(described.state);
      }),
    );
  }

  function compareScreen(): HTMLElement {
    const t = tabText(lang);
    return el(
      'section',
      { className: 'results' },
      el('div', { className: 'results-head' }, heading(tabText(lang).views.comparison), el('div', { className: 'row' }, button(t.backToStart, 'btn', () => show({ kind: 'welcome' }), { 'data-action': 'back' }))),
      cardElement(buildPlainComparison(lang)),
    );
  }

  function questionScreen(question: TabQuestion, chosen: string | undefined): HTMLElement {
    const ui = uiText(lang);
    const progress = progressText(question, lang);
    const n = Math.max(1, Math.floor(question.asked) + 1);
    const total = Math.max(n, Math.floor(question.estimatedTotal));
    const fill = el('span', { className: 'bar-fill' });
    fill.style.width = `${Math.round((100 * (n - 1)) / total)}%`;
    const answer = (value: string) => () => {
      note = undefined;
      void ask(withAnswer(wizard, question.id, value));
    };
    const option = (value: string, label: string, extra: string) =>
      button(label, `option${extra}${value === chosen ? ' chosen' : ''}`, answer(value), {
        'data-value': value,
        ...(value === chosen ? { 'aria-current': 'true' } : {}),
      });
    return el(
      'section',
      { className: 'panel question', attrs: { 'data-question': question.id } },
      el(
        'div',
        { className: 'progress' },
        el('span', { className: 'progress-label' }, progress),
        el('div', { className: 'bar', attrs: { role: 'progressbar', 'aria-label': progress, 'aria-valuemin': '0', 'aria-valuemax': String(total), 'aria-valuenow': String(n - 1) } }, fill),
      ),
      note === undefined ? null : el('p', { className: 'understood', attrs: { role: 'status' } }, note),
      heading(question.text),
      el('p', { className: 'why' }, el('span', { className: 'why-label' }, `${ui.question.why}: `), question.why),
      el(
        'div',
        { className: 'options', attrs: { role: 'group', 'aria-labelledby': HEADING_ID } },
        ...question.options.map((o) => option(o.value, o.label, '')),
        option(question.unknownOption.value, question.unknownOption.label, ' unknown'),
      ),
      el('div', { className: 'row footer' }, button(ui.buttons.back, 'btn', back, { 'data-action': 'back' }), button(ui.buttons.restart, 'btn subtle', start, { 'data-action': 'restart' })),
    );
  }

  function resultsScreen(results: TabResults, view: TabView): HTMLElement {
    const t = tabText(lang);
    const ui = uiText(lang);
    const views = availableViews(results);
    const tabs = el(
      'nav',
      { className: 'pivot', attrs: { role: 'tablist', 'aria-label': t.viewsLabel } },
      ...views.map((v) =>
        button(t.views[v], v === view ? 'pivot-item selected' : 'pivot-item', () => show({ kind: 'results', results, view: v }, false), {
          role: 'tab',
          'aria-selected': String(v === view),
          'data-view': v,
        }),
      ),
    );
    const hint =
      view === 'recommendation' && results.decision.recommended !== null ? t.publishHint : view === 'instructions' ? t.instructionsHint : undefined;
    return el(
      'section',
      { className: 'results' },
      el(
        'div',
        { className: 'results-head' },
        heading(t.yourAdvice),
        el('div', { className: 'row' }, button(t.backToQuestions, 'btn', back, { 'data-action': 'back' }), button(ui.buttons.restart, 'btn subtle', start, { 'data-action': 'restart' })),
      ),
      tabs,
      el('div', { className: 'view', attrs: { role: 'tabpanel', 'data-view': view, 'aria-label': t.views[view] } }, ...results.views[view].map(cardElement)),
      hint === undefined ? null : el('p', { className: 'hint' }, hint),
    );
  }

  function statusScreen(text: string): HTMLElement {
    return el('section', { className: 'panel status', attrs: { role: 'status' } }, el('div', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), heading(text, 'h3'));
  }

  function errorScreen(failure: ApiFailure | 'card', retry: (() => void) | undefined): HTMLElement {
    const t = tabText(lang);
    const action =
      failure === 'outdated'
        ? button(t.reload, 'btn primary', () => window.location.reload(), { 'data-action': 'reload' })
        : retry === undefined
          ? button(uiText(lang).buttons.restart, 'btn primary', start, { 'data-action': 'restart' })
          : button(t.retry, 'btn primary', retry, { 'data-action': 'retry' });
    const text = failure === 'card' ? t.errors.card : t.errors[failure];
    return el('section', { className: 'panel error', attrs: { role: 'alert' } }, heading(text, 'h3'), el('div', { className: 'row' }, action));
  }

  function screenElement(): HTMLElement {
    switch (screen.kind) {
      case 'welcome':
        return welcomeScreen();
      case 'compare':
        return compareScreen();
      case 'question':
        return questionScreen(screen.question, screen.chosen);
      case 'working':
        return statusScreen(tabText(lang).working);
      case 'results':
        return resultsScreen(screen.results, screen.view);
      case 'error':
        return errorScreen(screen.failure, screen.retry);
      case 'employee':
        return employeeScreen(screen.state, screen.step);
    }
  }

  function render(): void {
    document.documentElement.lang = lang;
    document.title = tabText(lang).appName;
    root.removeAttribute('aria-busy');
    root.replaceChildren(header(), el('main', { attrs: { 'data-screen': screen.kind } }, screenElement()));
  }

  applyTheme();
  show({ kind: 'welcome' }, false);

  return {
    setTheme(next: ThemeName): void {
      if (next === theme) return;
      theme = next;
      applyTheme();
      render();
    },
    setHostLang(next: Lang): void {
      if (!langChosen) switchLanguage(next);
    },
  };
}
