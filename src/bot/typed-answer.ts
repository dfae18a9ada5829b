import { ANSWER_WORDS, EMPLOYEE_VALUE_SYNONYMS, VALUE_SYNONYMS, YES_NO_VALUES } from '../content/bot';
import { employeeQuestion, localizeQuestion } from '../content';
import { LANGS } from '../content/types';
import {
  EMPLOYEE_QUESTION_VALUES,
  QUESTION_VALUES,
  UNKNOWN,
  type AnswerValue,
  type EmployeeAnswerValue,
  type EmployeeQuestionId,
  type QuestionId,
} from '../engine/types';
import { normalizeText } from './text-input';

/** Option labels without a "(…)" aside and without the "1. " numbering the buttons show. */
function labelForms(label: string): string[] {
  const norm = normalizeText(label);
  const withoutAside = normalizeText(label.replace(/\([^)]*\)/g, ' '));
  return [...new Set([norm, withoutAside])].filter((form) => form !== '');
}

/** Strips the "3. " or "3) " a user copies from a numbered button title. */
function withoutNumbering(norm: string): string {
  return norm.replace(/^\d+\s*[.)]\s+/, '');
}

/**
 * Matches a typed text against a question's values: the option number (1..n), the value id, an option label in
 * English or Dutch, or an extra word. Returns the single value it names, or undefined when it names none or several.
 */
function matchValue(
  norm: string,
  values: readonly string[],
  labelsOf: (lang: (typeof LANGS)[number]) => readonly { readonly value: string; readonly label: string }[],
  synonyms: Readonly<Record<string, readonly string[] | undefined>>,
): string | undefined {
  if (/^\d+$/.test(norm)) {
    const n = Number(norm);
    return n >= 1 && n <= values.length ? values[n - 1] : undefined;
  }
  const text = withoutNumbering(norm);
  const byId = values.find((v) => v.toLowerCase() === text);
  if (byId !== undefined) return byId;
  const found = new Set<string>();
  for (const lang of LANGS) {
    for (const option of labelsOf(lang)) if (labelForms(option.label).includes(text)) found.add(option.value);
  }
  if (found.size === 0) {
    for (const value of values) if ((synonyms[value] ?? []).includes(text)) found.add(value);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** What an ordinary yes/no word means for question `q`: its own yes/no value, or the mapped one (e.g. keep/none). */
function yesNoValue(q: QuestionId, word: 'yes' | 'no'): string | undefined {
  const values: readonly string[] = QUESTION_VALUES[q];
  if (values.includes(word)) return word;
  const mapped: Readonly<Record<string, string | undefined>> | undefined = YES_NO_VALUES[q];
  return mapped?.[word];
}

/**
 * Reads a typed answer to admin question `q`: option number (n + 1 = don't know), value id, option label (English or
 * Dutch), or an ordinary word (yes/no/ja/nee, "don't know"/"weet niet"/"geen idee"). Undefined when not recognized.
 */
export function parseTypedAnswer<Q extends QuestionId>(q: Q, text: string): AnswerValue<Q> | undefined {
  const norm = normalizeText(text);
  const values: readonly string[] = QUESTION_VALUES[q];
  if (norm === String(values.length + 1)) return UNKNOWN;
  const unknownWords: readonly string[] = ANSWER_WORDS.unknown;
  if (unknownWords.includes(norm) || norm === UNKNOWN) return UNKNOWN;
  const synonyms: Readonly<Record<string, readonly string[] | undefined>> = VALUE_SYNONYMS[q] ?? {};
  const matched = matchValue(norm, values, (lang) => localizeQuestion(q, lang).options, synonyms);
  const yesWords: readonly string[] = ANSWER_WORDS.yes;
  const noWords: readonly string[] = ANSWER_WORDS.no;
  const value =
    matched ?? (yesWords.includes(norm) ? yesNoValue(q, 'yes') : noWords.includes(norm) ? yesNoValue(q, 'no') : undefined);
  return isValueOf(q, value) ? value : undefined;
}

function isValueOf<Q extends QuestionId>(q: Q, v: string | undefined): v is AnswerValue<Q> {
  const values: readonly string[] = QUESTION_VALUES[q];
  return v !== undefined && (v === UNKNOWN || values.includes(v));
}

/** Reads a typed answer to employee question `q` (number, value id, label in either language, or an ordinary word). */
export function parseEmployeeTypedAnswer<Q extends EmployeeQuestionId>(q: Q, text: string): EmployeeAnswerValue<Q> | undefined {
  const norm = normalizeText(text);
  const values: readonly string[] = EMPLOYEE_QUESTION_VALUES[q];
  const synonyms: Readonly<Record<string, readonly string[] | undefined>> = EMPLOYEE_VALUE_SYNONYMS[q];
  const matched = matchValue(norm, values, (lang) => employeeQuestion(q, lang).options, synonyms);
  return isEmployeeValueOf(q, matched) ? matched : undefined;
}

function isEmployeeValueOf<Q extends EmployeeQuestionId>(q: Q, v: string | undefined): v is EmployeeAnswerValue<Q> {
  const values: readonly string[] = EMPLOYEE_QUESTION_VALUES[q];
  return v !== undefined && values.includes(v);
}

/** How many options question `q` offers besides don't know (for the hint "1 to n + 1"). */
export function optionCount(q: QuestionId): number {
  return QUESTION_VALUES[q].length;
}

/** How many options employee question `q` offers. */
export function employeeOptionCount(q: EmployeeQuestionId): number {
  return EMPLOYEE_QUESTION_VALUES[q].length;
}
