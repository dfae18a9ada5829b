import { EMPLOYEE_VALUE_SYNONYMS } from '../content/bot';
import { employeeQuestion } from '../content';
import { LANGS } from '../content/types';
import {
  EMPLOYEE_QUESTION_VALUES,
  QUESTION_VALUES,
  type AnswerValue,
  type EmployeeAnswerValue,
  type EmployeeQuestionId,
  type QuestionId,
} from '../engine/types';
import { understandAnswer } from '../understanding/answer';
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

/**
 * Reads a typed answer to admin question `q` through the understanding module (number or ordinal in English or
 * Dutch, value id, label or a clear part of it, synonyms, yes/no, "don't know"). Undefined when it names no single
 * value; use understandAnswer for the candidates of an ambiguous answer.
 */
export function parseTypedAnswer<Q extends QuestionId>(q: Q, text: string): AnswerValue<Q> | undefined {
  const reading = understandAnswer(q, text);
  return reading.kind === 'value' ? reading.value : undefined;
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
