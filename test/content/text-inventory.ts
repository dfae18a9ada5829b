import {
  ADMIN_TASK_IDS,
  AUTOPILOT_MODES,
  CELL_NOTE_IDS,
  CRITERION_IDS,
  INSTRUCTION_SET_IDS,
  METHOD_IDS,
  POLICY_IDS,
  PREREQUISITE_CODES,
  QUESTION_IDS,
  WARNING_CODES,
  type CellMark,
  type Effect,
  type Recommendation,
  type ScopeSetting,
  type Verdict,
} from '../../src/engine/types';
import {
  CONTRADICTION_IDS,
  EMPLOYEE_VALUES,
  allInstructionSets,
  autopilotModeName,
  autopilotModeText,
  cellNoteText,
  contradictionText,
  criterionLabel,
  criterionNegated,
  criterionTopic,
  effectLabel,
  employeeQuestion,
  localizeAdminTasks,
  localizeQuestion,
  markLabel,
  methodName,
  methodSummary,
  policyText,
  prerequisiteText,
  scopeLabel,
  scopesText,
  unknownLabel,
  verdictLabel,
  warningText,
  type EmployeeQuestionId,
  type Lang,
} from '../../src/content';

/** One text of the product, named by where it comes from so a failure points at the key. */
export interface TextEntry {
  readonly key: string;
  readonly text: string;
}

const VERDICTS: readonly Verdict[] = ['suitable', 'conditional', 'notSuitable'];
const EFFECTS: readonly Effect[] = ['supports', 'rulesOut', 'requires', 'condition', 'note'];
const MARKS: readonly CellMark[] = ['yes', 'no', 'silent'];
const SCOPE_SETTINGS: readonly ScopeSetting[] = ['none', 'some-or-all'];

/** A minimal result used only to make every admin task render; task wording tests use real engine results. */
const BARE_RECOMMENDATION: Recommendation = { recommended: 'automatic', policy: 'default-automatic', methods: [], warnings: [] };

/** Every static text keyed by closed-union id, in one language. */
export function textInventory(lang: Lang): TextEntry[] {
  const out: TextEntry[] = [];
  const add = (key: string, text: string): void => {
    out.push({ key, text });
  };
  add('unknownLabel', unknownLabel(lang));
  for (const id of QUESTION_IDS) {
    const q = localizeQuestion(id, lang);
    add(`question.${id}.text`, q.text);
    add(`question.${id}.why`, q.why);
    for (const o of q.options) add(`question.${id}.option.${o.value}`, o.label);
  }
  for (const id of Object.keys(EMPLOYEE_VALUES) as EmployeeQuestionId[]) {
    const q = employeeQuestion(id, lang);
    add(`employee.${id}.text`, q.text);
    add(`employee.${id}.why`, q.why);
    for (const o of q.options) add(`employee.${id}.option.${o.value}`, o.label);
  }
  for (const id of METHOD_IDS) {
    add(`method.${id}.name`, methodName(id, lang));
    add(`method.${id}.summary`, methodSummary(id, lang));
  }
  for (const id of CRITERION_IDS) {
    add(`criterion.${id}.label`, criterionLabel(id, lang));
    add(`criterion.${id}.topic`, criterionTopic(id, lang));
    add(`criterion.${id}.negated`, criterionNegated(id, lang));
  }
  for (const v of VERDICTS) add(`verdict.${v}`, verdictLabel(v, lang));
  for (const e of EFFECTS) add(`effect.${e}`, effectLabel(e, lang));
  for (const m of MARKS) add(`mark.${m}`, markLabel(m, lang));
  for (const id of CELL_NOTE_IDS) add(`note.${id}`, cellNoteText(id, lang));
  for (const id of PREREQUISITE_CODES) add(`prerequisite.${id}`, prerequisiteText(id, lang));
  for (const id of WARNING_CODES) add(`warning.${id}`, warningText(id, lang));
  for (const id of POLICY_IDS) add(`policy.${id}`, policyText(id, lang));
  for (const id of AUTOPILOT_MODES) {
    add(`autopilotMode.${id}.name`, autopilotModeName(id, lang));
    add(`autopilotMode.${id}.text`, autopilotModeText(id, lang));
  }
  for (const s of SCOPE_SETTINGS) add(`scope.${s}`, scopeLabel(s, lang));
  for (const mdm of SCOPE_SETTINGS) for (const mam of SCOPE_SETTINGS) add(`scopes.${mdm}/${mam}`, scopesText({ mdm, mam }, lang));
  for (const t of localizeAdminTasks(ADMIN_TASK_IDS, BARE_RECOMMENDATION, lang)) {
    add(`task.${t.id}.title`, t.title);
    add(`task.${t.id}.detail`, t.detail);
  }
  for (const set of allInstructionSets(lang)) {
    add(`instructions.${set.id}.title`, set.title);
    add(`instructions.${set.id}.intro`, set.intro);
    set.steps.forEach((s, i) => add(`instructions.${set.id}.step${i + 1}`, s));
    add(`instructions.${set.id}.outro`, set.outro);
  }
  for (const id of CONTRADICTION_IDS) add(`contradiction.${id}`, contradictionText(id, lang));
  if (out.filter((e) => e.key.startsWith('instructions.')).length < INSTRUCTION_SET_IDS.length * 4) {
    throw new Error('instruction inventory is incomplete');
  }
  return out;
}

/** Texts that are proper names or product labels and therefore the same in both languages. */
export const SAME_IN_BOTH_LANGUAGES: ReadonlySet<string> = new Set([
  'method.autopilot.name',
  'criterion.premium.topic',
  'criterion.configMgr.topic',
  'question.windowsVersion.option.win11',
  'question.windowsVersion.option.win7',
  'question.windowsVersion.option.win8.1',
]);

/** Problems a text must never show: unfilled placeholders, leaked JS values, stray whitespace. */
export function textProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.trim() === '') problems.push('empty');
  if (text.includes('${')) problems.push('template placeholder ${');
  if (/\{\{|\}\}/.test(text)) problems.push('template braces');
  if (/\bundefined\b|\bnull\b|\[object |NaN/.test(text)) problems.push('leaked JS value');
  if (/ {2,}/.test(text)) problems.push('double space');
  if (text !== text.trim()) problems.push('leading/trailing whitespace');
  return problems;
}
