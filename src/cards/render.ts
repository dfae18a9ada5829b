import * as ACData from 'adaptivecards-templating';
import adminTasksTemplate from '../../cards/admin-tasks.card.json';
import comparisonTemplate from '../../cards/comparison.card.json';
import employeeQuestionTemplate from '../../cards/employee-question.card.json';
import errorTemplate from '../../cards/error.card.json';
import helpTemplate from '../../cards/help.card.json';
import instructionsTemplate from '../../cards/instructions.card.json';
import noticeTemplate from '../../cards/notice.card.json';
import recommendationTemplate from '../../cards/recommendation.card.json';
import settingsTemplate from '../../cards/settings.card.json';
import welcomeTemplate from '../../cards/welcome.card.json';
import wizardTemplate from '../../cards/wizard.card.json';
import prerequisitesTemplate from '../../cards/prerequisites.card.json';
import retiredTemplate from '../../cards/retired.card.json';
import decisionTemplate from '../../cards/decision.card.json';
import { CARD_VERSION, isJsonObject, type AdaptiveCardJson } from './card-json';
import { findTemplateLeftovers } from './inspect';
import type { AdminTasksCardVm } from './admin-tasks-card';
import type { ComparisonCardVm } from './comparison-card';
import type { EmployeeQuestionCardVm } from './employee-question-card';
import type { ErrorCardVm } from './error-card';
import type { HelpCardVm } from './help-card';
import type { InstructionsCardVm } from './instructions-card';
import type { NoticeCardVm } from './notice-card';
import type { RecommendationCardVm } from './recommendation-card';
import type { SettingsCardVm } from './settings-card';
import type { WelcomeCardVm } from './welcome-card';
import type { WizardCardVm } from './wizard-card';
import type { PrerequisitesCardVm } from './prerequisites-card';
import type { RetiredCardVm } from './retired-card';
import type { DecisionViewVm } from './decision-view';

/** Every template in cards/, by the name render() takes (the file is cards/<name>.card.json). */
const TEMPLATES = {
  welcome: welcomeTemplate,
  help: helpTemplate,
  recommendation: recommendationTemplate,
  comparison: comparisonTemplate,
  'admin-tasks': adminTasksTemplate,
  instructions: instructionsTemplate,
  error: errorTemplate,
  notice: noticeTemplate,
  settings: settingsTemplate,
  'employee-question': employeeQuestionTemplate,
  wizard: wizardTemplate,
  prerequisites: prerequisitesTemplate,
  retired: retiredTemplate,
  decision: decisionTemplate,
} as const;

export type TemplateName = keyof typeof TEMPLATES;

/** Which view model each template is expanded with. */
export interface ViewModels {
  readonly welcome: WelcomeCardVm;
  readonly help: HelpCardVm;
  readonly recommendation: RecommendationCardVm;
  readonly comparison: ComparisonCardVm;
  readonly 'admin-tasks': AdminTasksCardVm;
  readonly instructions: InstructionsCardVm;
  readonly error: ErrorCardVm;
  readonly notice: NoticeCardVm;
  readonly settings: SettingsCardVm;
  readonly 'employee-question': EmployeeQuestionCardVm;
  readonly wizard: WizardCardVm;
  readonly prerequisites: PrerequisitesCardVm;
  readonly retired: RetiredCardVm;
  readonly decision: DecisionViewVm;
}

/** The names of all templates, for tests and tooling. */
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

/** The raw (unexpanded) template JSON, for tests that check templates carry no literal text. */
export function templateJson(name: TemplateName): unknown {
  return TEMPLATES[name];
}

/** Thrown when a template and its view model do not fit together: a developer error, never shown to users. */
export class CardTemplateError extends Error {
  constructor(template: TemplateName, problem: string) {
    super(`Card template "${template}": ${problem}`);
    this.name = 'CardTemplateError';
  }
}

/**
 * Data strings are never evaluated by the templating engine, but a literal "${" typed by an admin (e.g. in the
 * support text) would look like an unbound field to the leftover check; a zero-width space keeps it readable and inert.
 */
function neutralizePlaceholders(value: unknown): unknown {
  return holdsTemplateText(value, false) ? neutralized(value) : value;
}

/**
 * True when some string in `value` contains "${" (almost never: view models are built from our own texts), or with
 * `keys` also when some object key is a template key ($data, $when; $schema is the card's own). Runs on every card
 * of every turn, so it walks without building paths or arrays; findTemplateLeftovers names the places when it fails.
 */
function holdsTemplateText(value: unknown, keys: boolean): boolean {
  if (typeof value === 'string') return value.includes('${');
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (holdsTemplateText(item, keys)) return true;
    return false;
  }
  const record = value as Readonly<Record<string, unknown>>;
  for (const key in record) {
    if (keys && key.startsWith('$') && key !== '$schema') return true;
    if (holdsTemplateText(record[key], keys)) return true;
  }
  return false;
}

function neutralized(value: unknown): unknown {
  if (typeof value === 'string') return value.split('${').join('$\u200b{');
  if (Array.isArray(value)) return value.map(neutralized);
  if (isJsonObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = neutralized(inner);
    return out;
  }
  return value;
}

/**
 * Parsed templates, one per name. new Template() parses every ${…} with the expression grammar (ANTLR), which cost
 * about a third of a turn's CPU when done per card; a Template is made to be expanded again and again, and expand()
 * is synchronous, so one instance per template serves every turn. Filled on first use, never changed afterwards.
 */
const PREPARED = new Map<TemplateName, ACData.Template>();

function preparedTemplate(name: TemplateName): ACData.Template {
  let template = PREPARED.get(name);
  if (template === undefined) {
    template = new ACData.Template(TEMPLATES[name]);
    PREPARED.set(name, template);
  }
  return template;
}

/**
 * Expands cards/<name>.card.json with `viewModel` as `$root` and returns the card. Throws CardTemplateError when a
 * field stayed unbound (adaptivecards-templating leaves `${…}` in place silently) or the result is not a 1.5 card.
 */
export function render<N extends TemplateName>(name: N, viewModel: ViewModels[N]): AdaptiveCardJson {
  const template = preparedTemplate(name);
  const expanded: unknown = template.expand({ $root: neutralizePlaceholders(viewModel) });
  if (holdsTemplateText(expanded, true)) throw new CardTemplateError(name, `unbound template fields at ${findTemplateLeftovers(expanded).join(', ')}`);
  if (!isJsonObject(expanded) || expanded.type !== 'AdaptiveCard' || !Array.isArray(expanded.body)) {
    throw new CardTemplateError(name, 'expansion did not produce an AdaptiveCard with a body');
  }
  if (expanded.version !== CARD_VERSION) throw new CardTemplateError(name, `version must be ${CARD_VERSION}`);
  return expanded as AdaptiveCardJson;
}
