import { cellNoteText, criterionLabel, markLabel, markSymbol, methodName, methodShortName } from '../content';
import type { Lang } from '../content/types';
import { uiText } from '../content/ui';
import { conversationText } from '../content/conversation';
import { MATRIX, situation } from '../engine';
import { CRITERION_IDS, METHOD_IDS, type Answers, type CellMark, type Recommendation, type Verdict } from '../engine/types';
import type { AdaptiveCardJson } from './card-json';
import { answersData } from './recommendation-card';
import { render } from './render';
import { VERBS } from './verbs';
import { submit, type BaseVm, type SubmitActionVm, type TextItemVm } from './view-model';

/** Adaptive Card text colors used for marks and verdicts. */
type TextColor = 'Default' | 'Good' | 'Warning' | 'Attention';

export interface ComparisonCellVm {
  readonly text: string;
  readonly color: TextColor;
}

export interface ComparisonRowVm {
  readonly label: string;
  /** 'accent' highlights the admin's own situation; 'default' otherwise. */
  readonly style: 'accent' | 'default';
  readonly weight: 'Bolder' | 'Default';
  readonly cells: readonly ComparisonCellVm[];
}

export interface FallbackMethodVm {
  readonly name: string;
  readonly verdict: string;
  readonly color: TextColor;
  /** One line per mark: "✔ situation · situation", then ✘, then — (lines without situations are left out). */
  readonly lines: readonly TextItemVm[];
}

export interface ComparisonCardVm extends BaseVm {
  readonly title: string;
  readonly intro: string;
  readonly note: string;
  /** What the short column headings stand for. */
  readonly legend: string;
  readonly situationLabel: string;
  readonly columns: readonly { readonly name: string }[];
  /** The table's column widths (relative): the situation, then one per method. */
  readonly tableColumns: readonly { readonly width: number; readonly horizontalCellContentAlignment?: 'Left' }[];
  readonly rows: readonly ComparisonRowVm[];
  /** The tab's layout: one table row with each method's verdict (the chat lists the verdicts below the table). */
  readonly verdictRows: readonly { readonly label: string; readonly cells: readonly ComparisonCellVm[] }[];
  readonly verdictHeading: string;
  /** Each method's verdict for the admin's answers (method name, then icon and words); empty without answers. */
  readonly verdicts: readonly { readonly title: string; readonly value: string }[];
  /** What clients without Table support show: per method, its verdict and its situations grouped by mark. */
  readonly fallbackMethods: readonly FallbackMethodVm[];
  readonly notesHeading: string;
  readonly notes: readonly TextItemVm[];
  readonly actions: readonly SubmitActionVm[];
}

export interface ComparisonInput {
  /** The admin's answers; without them (the compare command) nothing is highlighted. */
  readonly answers?: Answers;
  /** The engine's result for those answers; adds the verdict row. */
  readonly rec?: Recommendation;
  readonly flow?: string;
  /**
   * The chat's layout: only the rows that tell the methods apart (and the admin's), short codes with a legend as
   * column headings so they fit a chat card. Without it (the tab) every row, with the methods' short names.
   */
  readonly compact?: boolean;
}

const MARK_COLOR = { yes: 'Good', no: 'Attention', silent: 'Default' } satisfies Record<CellMark, TextColor>;
// Verdicts are told by their icon and words; colour only repeats them (no yellow on the highlighted rows).
const VERDICT_COLOR = { suitable: 'Good', conditional: 'Default', notSuitable: 'Attention' } satisfies Record<Verdict, TextColor>;
const MARKS = ['yes', 'no', 'silent'] as const satisfies readonly CellMark[];
const HIGHLIGHT = '\u25b6 ';
const RECOMMENDED = '\u2605 ';

/** True when the guide marks this situation differently for at least two methods: only such rows tell methods apart. */
function differs(c: (typeof CRITERION_IDS)[number]): boolean {
  return new Set(METHOD_IDS.map((m) => MATRIX[m][c].mark)).size > 1;
}

/** The view model of the comparison table: the guide's 15 situations × the four methods, the admin's rows highlighted. */
export function comparisonCardVm(input: ComparisonInput, lang: Lang): ComparisonCardVm {
  const ui = uiText(lang);
  const answers = input.answers ?? {};
  const hasAnswers = Object.values(answers).some((v) => typeof v === 'string');
  const where = situation(answers);
  const applies = (c: (typeof CRITERION_IDS)[number]): boolean => hasAnswers && where[c] === 'applies';
  const rec = input.rec;
  const verdictText = (m: (typeof METHOD_IDS)[number]): ComparisonCellVm => {
    const result = rec?.methods.find((r) => r.id === m);
    if (!result) return { text: '', color: 'Default' };
    return { text: `${rec?.recommended === m ? RECOMMENDED : ''}${conversationText(lang).comparison.verdicts[result.verdict]}`, color: VERDICT_COLOR[result.verdict] };
  };

  const notes = CRITERION_IDS.filter(applies).flatMap((c) =>
    METHOD_IDS.flatMap((m) => {
      const note = MATRIX[m][c].note;
      return note === undefined ? [] : [{ text: `${criterionLabel(c, lang)} \u2014 ${methodName(m, lang)}: ${cellNoteText(note, lang)}` }];
    }),
  );
  const actions =
    input.flow !== undefined && rec?.recommended
      ? [
          submit(ui.buttons.showTasks, { verb: VERBS.showTasks, flow: input.flow, answers: answersData(answers) }),
          submit(ui.buttons.showInstructions, { verb: VERBS.instructions, flow: input.flow, answers: answersData(answers) }),
        ]
      : hasAnswers
        ? []
        : [submit(ui.buttons.start, { verb: VERBS.start }, 'positive')];

  return {
    lang,
    title: ui.comparison.title,
    intro: ui.comparison.intro,
    note: hasAnswers ? (input.compact === true ? conversationText(lang).comparison.filtered : ui.comparison.highlightNote) : ui.comparison.noAnswersNote,
    legend: input.compact === true ? conversationText(lang).comparison.legend : '',
    situationLabel: ui.comparison.situation,
    columns: METHOD_IDS.map((m) => ({ name: input.compact === true ? conversationText(lang).comparison.abbreviations[m] : methodShortName(m, lang) })),
    // Two-letter codes need little room: the situation column gets it, so its words fit a phone-width card whole.
    tableColumns: [{ width: input.compact === true ? 3 : 4, horizontalCellContentAlignment: 'Left' }, ...METHOD_IDS.map(() => ({ width: input.compact === true ? 1 : 2 }))],
    rows: CRITERION_IDS.filter((c) => input.compact !== true || applies(c) || differs(c)).map((c) => ({
      label: `${applies(c) ? HIGHLIGHT : ''}${criterionLabel(c, lang)}`,
      style: applies(c) ? 'accent' : 'default',
      weight: applies(c) ? 'Bolder' : 'Default',
      cells: METHOD_IDS.map((m) => ({ text: markSymbol(MATRIX[m][c].mark), color: MARK_COLOR[MATRIX[m][c].mark] })),
    })),
    verdictRows: rec && input.compact !== true ? [{ label: ui.comparison.verdictRow, cells: METHOD_IDS.map(verdictText) }] : [],
    verdictHeading: ui.comparison.verdictRow,
    verdicts: rec && input.compact === true ? METHOD_IDS.map((m) => ({ title: methodName(m, lang), value: verdictText(m).text })) : [],
    fallbackMethods: METHOD_IDS.map((m) => ({
      name: methodName(m, lang),
      verdict: verdictText(m).text,
      color: verdictText(m).color,
      lines: MARKS.flatMap((mark) => {
        const situations = CRITERION_IDS.filter((c) => MATRIX[m][c].mark === mark).map((c) => `${applies(c) ? HIGHLIGHT : ''}${criterionLabel(c, lang)}`);
        return situations.length === 0 ? [] : [{ text: `${markLabel(mark, lang)}: ${situations.join(' \u00b7 ')}` }];
      }),
    })),
    notesHeading: ui.comparison.notesHeading,
    notes,
    actions,
  };
}

/** The comparison card (Adaptive Card Table with a per-method fallback); works with or without the admin's answers. */
export function buildComparisonCard(input: ComparisonInput, lang: Lang): AdaptiveCardJson {
  return render('comparison', comparisonCardVm(input, lang));
}
