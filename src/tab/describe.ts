import { describeText, understoodLine, unclearQuestion } from '../content/understanding';
import type { Lang } from '../content/types';
import { QUESTION_VALUES } from '../engine/types';
import { labelOfFact } from '../understanding/labels';
import { readFacts } from '../understanding/situation';
import { el, button } from './dom';
import { EMPTY_WIZARD, withAnswer, type WizardState } from './wizard';

/** What a description gives the wizard: the answers it states, and the line that says what was understood. */
export interface DescribedStart {
  readonly state: WizardState;
  readonly note: string;
}

/**
 * Reads a description with the same understanding the bot uses (in the page, no server call): every fact the engine
 * accepts becomes an answer, and the note lists them ("I understood: …") and asks back what stayed unclear.
 */
export function describedStart(text: string, lang: Lang): DescribedStart {
  const { facts, unclear } = readFacts(text);
  let state = EMPTY_WIZARD;
  for (const f of facts) {
    const values: readonly string[] = QUESTION_VALUES[f.key];
    if (values.includes(f.value)) state = withAnswer(state, f.key, f.value);
  }
  const lines = [
    ...(facts.length > 0 ? [understoodLine(facts.map((f) => labelOfFact(f, lang)), lang)] : []),
    ...unclear.map((c) => unclearQuestion(c.key, c.text, [], lang)),
  ];
  return { state, note: lines.length > 0 ? lines.join(' ') : describeText(lang).nothingFound };
}

/** The welcome screen's box: a labelled text area and a button that hands its text to `onDescribe`. */
export function describeForm(lang: Lang, onDescribe: (text: string) => void): HTMLElement {
  const t = describeText(lang);
  const area = el('textarea', { className: 'describe-text', attrs: { id: 'describe-text', rows: '3', maxlength: '4000', placeholder: t.placeholder } });
  return el(
    'div',
    { className: 'describe' },
    el('label', { attrs: { for: 'describe-text' } }, t.label),
    area,
    el('div', { className: 'row' }, button(t.button, 'btn', () => onDescribe(area.value), { 'data-action': 'describe' })),
  );
}
